using System.Globalization;
using HrResponse.Io;

namespace HrResponse.Reporting;

/// <summary>
/// Describes a device file that was read (<see cref="DeviceReadResult"/>) as the CLI's <c>input</c> object, and its
/// laps as a list of plain objects for the JSON/table output of <c>hrresponse info</c>.
/// </summary>
public static class DeviceInputSummary
{
    /// <summary>The format's name in output: <c>fit</c>, <c>tcx</c>, <c>gpx</c>, <c>polar-hrm</c>, <c>rr-text</c>, <c>ble-log</c>.</summary>
    /// <param name="format">The format.</param>
    public static string FormatName(DeviceFormat format) => format switch
    {
        DeviceFormat.Fit => "fit",
        DeviceFormat.Tcx => "tcx",
        DeviceFormat.Gpx => "gpx",
        DeviceFormat.PolarHrm => "polar-hrm",
        DeviceFormat.RrText => "rr-text",
        DeviceFormat.BleLog => "ble-log",
        _ => format.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// The <c>input</c> object: format, beat and HR-sample counts, duration, and details in this order:
    /// <c>device</c>, <c>sport</c>, <c>start_time</c> (ISO 8601), <c>start_time_is_local</c>, <c>power_samples</c>,
    /// <c>laps</c> (count), <c>markers</c> (count), <c>skipped</c> (notes).
    /// </summary>
    /// <param name="result">What a device reader returned.</param>
    public static InputSummary Of(DeviceReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var report = result.Report;
        var details = new Dictionary<string, object?>
        {
            ["device"] = report.Device,
            ["sport"] = report.Sport,
            ["start_time"] = report.StartTime?.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFzzz", CultureInfo.InvariantCulture),
            ["start_time_is_local"] = report.StartTimeIsLocal,
            ["power_samples"] = report.PowerSampleCount,
            ["laps"] = report.Laps.Count,
            ["markers"] = result.Recording.Markers.Count,
            ["skipped"] = report.Skipped.ToArray(),
        };
        return InputSummary.Of(result.Recording, FormatName(report.Format)) with
        {
            HrSamples = report.HeartRateSampleCount,
            Details = details,
        };
    }

    /// <summary>
    /// The laps as objects with <c>number</c>, <c>start_s</c>, <c>duration_s</c>, <c>avg_hr_bpm</c>, <c>max_hr_bpm</c>
    /// (NaN as <c>null</c>), for a <c>laps</c> section of the output.
    /// </summary>
    /// <param name="report">The read report.</param>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> Laps(DeviceReadReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static object? N(double v) => double.IsFinite(v) ? v : null;
        return [.. report.Laps.Select(l => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["number"] = l.Number,
            ["start_s"] = N(l.StartSeconds),
            ["duration_s"] = N(l.DurationSeconds),
            ["avg_hr_bpm"] = N(l.AverageHeartRateBpm),
            ["max_hr_bpm"] = N(l.MaxHeartRateBpm),
        })];
    }
}
