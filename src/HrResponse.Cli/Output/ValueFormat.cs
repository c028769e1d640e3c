using System.Globalization;

namespace HrResponse.Cli.Output;

/// <summary>
/// Rounds a value to the precision that means something for its unit, for table output and the HTML summary: heart
/// rate, intervals and durations to 0.1, percentages to 0.1, spectral power to whole ms², ratios and other
/// dimensionless values to three significant decimals (0.01–0.001). JSON and CSV never use this: they keep full precision.
/// </summary>
internal static class ValueFormat
{
    /// <summary>
    /// <see cref="Number"/> of a value compared with a cut-off, with one more decimal where the two would read the same
    /// (an SDNN bound of 2.03 % against 2 % reads ±2.03 %, not ±2.0 %, beside a raised flag).
    /// </summary>
    public static string AgainstCutoff(double value, double cutoff, string unit)
    {
        var shown = Number(value, unit);
        return value != cutoff && shown == Number(cutoff, unit) && unit is "bpm" or "ms" or "s" or "%" or "n.u." or "bpm/W" or "W"
            ? value.ToString("0.00", CultureInfo.InvariantCulture)
            : shown;
    }

    /// <summary>The value rounded for its unit (a catalogue unit such as <c>bpm</c>, <c>ms</c>, <c>%</c>, <c>ms²</c>, <c>0/1</c>); "—" for NaN.</summary>
    public static string Number(double value, string? unit)
    {
        if (double.IsNaN(value)) return "—";
        if (double.IsInfinity(value)) return value > 0 ? "∞" : "−∞";
        var inv = CultureInfo.InvariantCulture;
        return unit switch
        {
            "0/1" => value == 1 ? "yes" : value == 0 ? "no" : value.ToString("0.###", inv),
            "bpm" or "ms" or "s" or "%" or "n.u." or "bpm/W" or "W" => value.ToString("0.0", inv),
            "ms²" or "ms^2" or "ms2" => Math.Abs(value) >= 100 ? value.ToString("0", inv) : value.ToString("0.0", inv),
            "Hz" => value.ToString("0.000", inv),
            _ when value == Math.Round(value) && Math.Abs(value) < 1e6 => value.ToString("0", inv),
            _ when Math.Abs(value) >= 100 => value.ToString("0.0", inv),
            _ when Math.Abs(value) >= 10 => value.ToString("0.00", inv),
            _ => value.ToString("0.000", inv),
        };
    }

    /// <summary>The value rounded for its unit, followed by the unit (nothing for dimensionless or yes/no values).</summary>
    public static string WithUnit(double value, string? unit)
    {
        var number = Number(value, unit);
        if (double.IsNaN(value) || string.IsNullOrEmpty(unit) || unit == "0/1") return number;
        return unit == "%" ? number + " %" : number + " " + unit;
    }

    /// <summary>Seconds from the recording start as m:ss (or h:mm:ss from one hour on), with a minus sign before it; "—" for NaN.</summary>
    public static string Clock(double seconds)
    {
        if (!double.IsFinite(seconds)) return "—";
        var sign = Math.Round(seconds) < 0 ? "−" : string.Empty; // before the recording's start
        var t = TimeSpan.FromSeconds(Math.Abs(Math.Round(seconds)));
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{t.Minutes}:{t.Seconds:00}");
    }

    /// <summary>A duration in seconds as minutes with one decimal ("14.2 min"), or seconds below two minutes.</summary>
    public static string Duration(double seconds)
    {
        if (!double.IsFinite(seconds)) return "—";
        return seconds < 120
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.0} min");
    }
}
