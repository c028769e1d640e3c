using System.Globalization;
using CsvHelper;
using HrResponse.Exercise;
using HrResponse.Internal;

namespace HrResponse.Reporting;

/// <summary>
/// Reads a cohort table (one exercise test per row, with named columns for rest HR, peak HR, HR or HRR at 1 and
/// 2 min, age, sex, beta-blocker use), computes <see cref="CohortAnalysis"/> for each row and writes the table back
/// with every input column kept and the columns of <see cref="CohortResult.IndexNames"/> appended (flags as 0/1;
/// empty cells where a value could not be computed).
/// </summary>
/// <remarks>
/// The separator is detected from the header row (comma, semicolon, tab or bar; an Excel <c>sep=</c> first line is
/// honoured), as the recording readers do. Numbers are culture-invariant; in a file that is not comma-separated a
/// decimal comma (<c>72,5</c>) is read too. The output is always comma-separated with decimal points. Empty cells and <c>NA</c>/<c>NaN</c> mean unknown. Any other cell that cannot be
/// used raises <see cref="HrDataFormatException"/> naming the source, line, column and text.
/// </remarks>
public static class CohortCsv
{
    /// <summary>Processes a file and writes the result atomically (to a temporary file, then moved into place).</summary>
    /// <param name="inputPath">Input CSV path.</param>
    /// <param name="outputPath">Output CSV path.</param>
    /// <param name="columns">Which columns hold which value.</param>
    /// <param name="options">Analysis settings; <c>null</c> for defaults.</param>
    /// <returns>Counts of rows and problems.</returns>
    /// <exception cref="HrDataFormatException">A named column is missing or a cell cannot be used.</exception>
    /// <exception cref="ArgumentException">Both HR and HRR columns given for the same time.</exception>
    public static CohortCsvSummary Process(string inputPath, string outputPath, CohortCsvColumns columns, CohortOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inputPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var temp = outputPath + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            CohortCsvSummary summary;
            using (var reader = new StreamReader(inputPath))
            using (var writer = new StreamWriter(temp))
                summary = Process(reader, writer, columns, options, inputPath);
            File.Move(temp, outputPath, overwrite: true);
            return summary;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Processes a table from a reader into a writer.</summary>
    /// <param name="input">The CSV text (header row first).</param>
    /// <param name="output">Where the result CSV is written.</param>
    /// <param name="columns">Which columns hold which value.</param>
    /// <param name="options">Analysis settings; <c>null</c> for defaults.</param>
    /// <param name="sourceName">Name of the source in error messages.</param>
    /// <returns>Counts of rows and problems.</returns>
    /// <exception cref="HrDataFormatException">A named column is missing or a cell cannot be used.</exception>
    /// <exception cref="ArgumentException">Both HR and HRR columns given for the same time.</exception>
    public static CohortCsvSummary Process(
        TextReader input, TextWriter output, CohortCsvColumns columns, CohortOptions? options = null, string sourceName = "input")
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Hr60 is not null && columns.Hrr60 is not null)
            throw new ArgumentException("Give either the HR-at-1-min column or the HRR-at-1-min column, not both.", nameof(columns));
        if (columns.Hr120 is not null && columns.Hrr120 is not null)
            throw new ArgumentException("Give either the HR-at-2-min column or the HRR-at-2-min column, not both.", nameof(columns));
        options ??= CohortOptions.Default;

        var readerOptions = new CsvReaderOptions { Separator = null, DetectSeparatorHint = true, HasHeader = true, TrackLineNumbers = true };
        using var csv = CsvReader.Create(input, readerOptions, leaveOpen: true);
        using var writer = CsvWriter.Create(output, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.ReadHeader();
        var decimalCommaAllowed = csv.Separator != ',';
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
            throw new HrDataFormatException(sourceName, 1, null, null, "the file is empty; a header row with column names is needed");

        int Index(string? name)
        {
            if (name is null) return -1;
            var i = Array.FindIndex(header, h => string.Equals(h.Trim(), name, StringComparison.Ordinal));
            if (i < 0)
                throw new HrDataFormatException(sourceName, 1, name, null,
                    $"column '{name}' not found; the columns are: {string.Join(", ", header)}");
            return i;
        }

        int rest = Index(columns.Rest), peak = Index(columns.Peak), age = Index(columns.Age);
        int hr60 = Index(columns.Hr60), hrr60 = Index(columns.Hrr60);
        int hr120 = Index(columns.Hr120), hrr120 = Index(columns.Hrr120);
        int sex = Index(columns.Sex), beta = Index(columns.BetaBlocker);

        foreach (var h in header) writer.WriteField(h);
        foreach (var n in CohortResult.IndexNames) writer.WriteField(n);
        writer.EndRecord();

        var rows = 0;
        var withProblems = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var results = new List<CohortResult>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var fields = new string[csv.FieldCount];
            for (var f = 0; f < fields.Length; f++) fields[f] = csv.GetString(f);
            string Cell(int i) => i >= 0 && i < fields.Length ? fields[i] : string.Empty;
            double Number(int i, double min, double max, string what)
            {
                if (i < 0) return double.NaN;
                var text = Cell(i).Trim();
                if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
                    return double.NaN;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) &&
                    !(decimalCommaAllowed && Io.Internal.CsvText.IsDecimalCommaNumber(text) &&
                      double.TryParse(text, NumberStyles.Float, Io.Internal.CsvText.DecimalCommaFormat, out v)))
                    throw new HrDataFormatException(sourceName, line, header[i], text, $"{what} is not a number");
                if (!(v >= min && v <= max))
                    throw new HrDataFormatException(sourceName, line, header[i], text,
                        string.Create(CultureInfo.InvariantCulture, $"{what} must be in [{min}, {max}]"));
                return v;
            }

            var row = new CohortRow
            {
                RestHeartRateBpm = Number(rest, 1e-9, HeartRateSeries.MaxPlausibleBpm, "resting heart rate (bpm)"),
                PeakHeartRateBpm = Number(peak, 1e-9, HeartRateSeries.MaxPlausibleBpm, "peak heart rate (bpm)"),
                Hr60Bpm = Number(hr60, 1e-9, HeartRateSeries.MaxPlausibleBpm, "heart rate at 1 min (bpm)"),
                Hrr60Bpm = Number(hrr60, -HeartRateSeries.MaxPlausibleBpm, HeartRateSeries.MaxPlausibleBpm, "heart-rate recovery at 1 min (bpm)"),
                Hr120Bpm = Number(hr120, 1e-9, HeartRateSeries.MaxPlausibleBpm, "heart rate at 2 min (bpm)"),
                Hrr120Bpm = Number(hrr120, -HeartRateSeries.MaxPlausibleBpm, HeartRateSeries.MaxPlausibleBpm, "heart-rate recovery at 2 min (bpm)"),
                Subject = new SubjectInfo
                {
                    AgeYears = Nullable(Number(age, 0, 130, "age (years)")),
                    Sex = ParseSex(sex, Cell(sex), columns, sourceName, line, header),
                    TakesBetaBlockers = ParseBool(beta, Cell(beta), sourceName, line, header),
                },
            };

            var result = CohortAnalysis.Compute(row, options);
            results.Add(result);
            foreach (var f in fields) writer.WriteField(f);
            var table = result.ToIndexTable();
            foreach (var n in CohortResult.IndexNames) writer.WriteField(CsvText.Number(table[n]));
            writer.EndRecord();
            rows++;
            if (result.Problems.Count > 0) withProblems++;
            foreach (var p in result.Problems) counts[p.Message] = counts.GetValueOrDefault(p.Message) + 1;
        }

        writer.Flush();
        return new CohortCsvSummary
        {
            RowCount = rows,
            RowsWithProblemsCount = withProblems,
            ProblemCounts = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToArray(),
            Results = results,
        };
    }

    private static double? Nullable(double v) => double.IsNaN(v) ? null : v;

    private static Sex? ParseSex(int index, string text, CohortCsvColumns columns, string source, int line, string[] header)
    {
        if (index < 0) return null;
        text = text.Trim();
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase)) return null;
        if (columns.MaleValues.Any(v => v.Equals(text, StringComparison.OrdinalIgnoreCase))) return Sex.Male;
        if (columns.FemaleValues.Any(v => v.Equals(text, StringComparison.OrdinalIgnoreCase))) return Sex.Female;
        throw new HrDataFormatException(source, line, header[index], text,
            $"sex not recognised; male is one of {string.Join("/", columns.MaleValues)}, female one of {string.Join("/", columns.FemaleValues)}");
    }

    private static bool? ParseBool(int index, string text, string source, int line, string[] header)
    {
        if (index < 0) return null;
        switch (text.Trim().ToUpperInvariant())
        {
            case "" or "NA": return null;
            case "1" or "TRUE" or "YES" or "Y": return true;
            case "0" or "FALSE" or "NO" or "N": return false;
            default:
                throw new HrDataFormatException(source, line, header[index], text, "beta-blocker use must be 1/0, true/false, yes/no or y/n");
        }
    }
}
