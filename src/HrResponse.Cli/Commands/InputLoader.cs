using HrResponse.Io;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>Reads an input file into a recording and describes what was read for the output's <c>input</c> object.</summary>
internal static class InputLoader
{
    public static (Recording Recording, InputSummary Summary) Load(string path, CsvReadOptions options)
    {
        if (!File.Exists(path))
            throw new CliException($"file not found: {path}", ExitCodes.InputError);
        var result = RecordingCsvReader.Read(path, options);
        return (result.Recording, Describe(result));
    }

    public static (Recording Recording, InputSummary Summary) Load(TextReader reader, string name, CsvReadOptions options)
    {
        var result = RecordingCsvReader.Read(reader, name, options);
        return (result.Recording, Describe(result));
    }

    private static InputSummary Describe(RecordingReadResult result)
    {
        var report = result.Report;
        var details = new Dictionary<string, object?>
        {
            ["rr_unit"] = report.Content == CsvContent.HeartRateSamples ? null : report.RrUnit == RrUnit.Seconds ? "s" : "ms",
            ["rr_unit_reason"] = report.Content == CsvContent.HeartRateSamples ? null : report.RrUnitReason,
            ["columns_used"] = report.ColumnsUsed,
            ["columns_ignored"] = report.ColumnsIgnored,
            ["skipped_lines"] = report.Skipped.Select(s => new { line = s.Line, reason = s.Reason, text = s.Text }).ToArray(),
            ["rebuilt_rr_lines"] = report.RebuiltRrLines.Count,
        };
        var summary = InputSummary.Of(result.Recording, FormatName(report.Content));
        return summary with { Details = details };
    }

    private static string FormatName(CsvContent content) => content switch
    {
        CsvContent.RrIntervals => "rr-intervals",
        CsvContent.BeatTimes => "beat-times",
        CsvContent.HeartRateSamples => "hr-samples",
        _ => "auto",
    };
}
