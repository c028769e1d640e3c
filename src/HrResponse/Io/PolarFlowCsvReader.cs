using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads the CSV export of a training session from Polar Flow (flow.polar.com, "Export session" → CSV): a summary
/// header line (<c>Name,Sport,Date,Start time,Duration,...</c>), one line of summary values, then a sample table
/// whose header starts <c>Sample rate,Time,HR (bpm),...</c> with one row per second.
/// </summary>
/// <remarks>
/// <para>Heart rate comes from <c>HR (bpm)</c> at the elapsed <c>Time</c> (<c>hh:mm:ss</c>); power from
/// <c>Power (W)</c> when the column has values. The export holds no RR intervals (HRV needs a Polar HRM, FIT or RR
/// export), so the session is analysed from its heart-rate curve. <c>Date</c> (<c>dd-mm-yyyy</c>) and
/// <c>Start time</c> are the watch's local time; the report gives them with offset zero and
/// <see cref="DeviceReadReport.StartTimeIsLocal"/> set. Empty and zero heart-rate cells (no signal) are skipped and
/// counted. The athlete's name in the summary is not read.</para>
/// </remarks>
public static class PolarFlowCsvReader
{
    /// <summary>The start of the summary header line that marks a Polar Flow session export.</summary>
    public const string SummaryHeaderStart = "Name,Sport,Date,Start time";

    /// <summary>Reads a Polar Flow session CSV file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <returns>The heart-rate samples (and power), the start time and sport, and what was skipped.</returns>
    /// <exception cref="HrDataFormatException">The summary or sample header is missing, a time cannot be read (the message names the line), or there is no heart rate.</exception>
    public static DeviceReadResult Read(string path)
    {
        InputPath.Check(path, nameof(path));
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads Polar Flow session CSV text.</summary>
    /// <param name="reader">The text; not closed.</param>
    /// <param name="sourceName">Name used in messages and the report.</param>
    /// <returns>The heart-rate samples (and power), the start time and sport, and what was skipped.</returns>
    /// <exception cref="HrDataFormatException">The summary or sample header is missing, a time cannot be read (the message names the line), or there is no heart rate.</exception>
    public static DeviceReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lineNo = 0;
        string? Next()
        {
            while (reader.ReadLine() is { } line)
            {
                lineNo++;
                if (line.Trim().Length > 0) return line.TrimStart('\uFEFF');
            }

            return null;
        }

        var summaryHeader = Next();
        if (summaryHeader is null || !summaryHeader.StartsWith(SummaryHeaderStart, StringComparison.Ordinal))
            throw new HrDataFormatException(sourceName, lineNo, null, summaryHeader, $"A Polar Flow session CSV starts with the summary header '{SummaryHeaderStart},...'.");
        var names = Cells(summaryHeader);
        var summaryLine = lineNo;
        var values = Cells(Next() ?? throw new HrDataFormatException(sourceName, null, null, null, "The Polar Flow CSV ends after its summary header: no summary values and no samples."));
        string? Summary(string name) => Array.IndexOf(names, name) is var i and >= 0 && i < values.Length && values[i].Length > 0 ? values[i] : null;

        var sampleHeader = Next();
        var columns = sampleHeader is null ? [] : Cells(sampleHeader);
        var timeColumn = Array.IndexOf(columns, "Time");
        var hrColumn = Array.IndexOf(columns, "HR (bpm)");
        if (timeColumn < 0 || hrColumn < 0)
        {
            throw new HrDataFormatException(sourceName, sampleHeader is null ? null : lineNo, null, sampleHeader,
                "After the summary lines a Polar Flow session CSV has its sample header ('Sample rate,Time,HR (bpm),...'), with the columns 'Time' and 'HR (bpm)'.");
        }

        var powerColumn = Array.IndexOf(columns, "Power (W)");
        var builder = new DeviceRecordingBuilder();
        while (Next() is { } line)
        {
            var cells = Cells(line);
            if (timeColumn >= cells.Length || !ElapsedTime.TryParse(cells[timeColumn], out var t))
            {
                throw new HrDataFormatException(sourceName, lineNo, "Time", timeColumn < cells.Length ? cells[timeColumn] : line,
                    "The elapsed time of a sample must be hh:mm:ss (e.g. 00:12:05).");
            }

            var hr = hrColumn < cells.Length ? cells[hrColumn] : string.Empty;
            if (hr.Length == 0) builder.Skip("samples without a heart rate (empty cell)");
            else if (double.TryParse(hr, NumberStyles.Float, CultureInfo.InvariantCulture, out var bpm)) builder.AddHeartRate(t, bpm);
            else throw new HrDataFormatException(sourceName, lineNo, "HR (bpm)", hr, "A heart rate must be a number of beats per minute.");
            if (powerColumn >= 0 && powerColumn < cells.Length && cells[powerColumn].Length > 0
                && double.TryParse(cells[powerColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var watts))
                builder.AddPower(t, watts);
        }

        var start = StartTime(Summary("Date"), Summary("Start time"));
        if (start is null) builder.Skip(Inv($"start date and time in the summary (line {summaryLine + 1}) that are not dd-mm-yyyy and hh:mm:ss"));
        return builder.Build(DeviceFormat.PolarFlowCsv, sourceName, start, startIsLocal: start is not null, "Polar Flow export", Summary("Sport"));
    }

    /// <summary>True when the first content line is a Polar Flow session summary header.</summary>
    internal static bool LooksLikePolarFlowCsv(string firstContentLine) =>
        firstContentLine.TrimStart('\uFEFF').StartsWith(SummaryHeaderStart, StringComparison.Ordinal);

    /// <summary>The cells of a line, comma-separated, a quoted cell (<c>"Doe, Jane"</c>) kept whole, trimmed.</summary>
    private static string[] Cells(string line) => [.. CsvText.Split(line, ',')];

    private static DateTimeOffset? StartTime(string? date, string? time) =>
        date is not null && time is not null
        && DateTime.TryParseExact($"{date} {time}", ["dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.Zero)
            : null;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
