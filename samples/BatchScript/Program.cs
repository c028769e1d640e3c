// BatchScript sample: HRV of every recording in a folder, in parallel, one CSV row per file, failures isolated.
//
//   dotnet run --project samples/BatchScript -- <folder> [results.csv]
//
// The same job from the command line is `hrresponse batch <folder> --out results.csv` (see batch.sh), which adds
// sharding, resume and atomic output; this program shows the library calls behind it.
using System.Collections.Concurrent;
using System.Globalization;
using HrResponse;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Quality;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: BatchScript <folder> [results.csv]");
    return 2;
}

var files = Directory.EnumerateFiles(args[0], "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var results = new ConcurrentDictionary<string, IReadOnlyDictionary<string, double>>();
var failures = new ConcurrentDictionary<string, string>();

Parallel.ForEach(files, file =>
{
    try
    {
        var read = RecordingReader.Open(file);
        if (!read.Recording.HasBeats)
        {
            failures[file] = "no beat-to-beat data";
            return;
        }

        var cleaned = ArtifactCorrection.Clean(read.Recording.Beats);
        var indices = new Dictionary<string, double>(TimeDomainAnalysis.Compute(cleaned.Intervals).ToIndexTable());
        foreach (var (name, value) in cleaned.Quality.ToIndexTable()) indices[name] = value;
        results[file] = indices;
    }
    catch (HrDataFormatException ex)
    {
        failures[file] = ex.Message; // a bad file is reported, never fatal to the batch
    }
});

// One row per file: a file column, then every index in first-seen order; NaN as an empty cell.
var rows = results.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
var columns = rows.SelectMany(r => r.Value.Keys).Distinct(StringComparer.Ordinal).ToList();
static string Cell(string text) => text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
using (var output = args.Length > 1 ? new StreamWriter(args[1]) : new StreamWriter(Console.OpenStandardOutput()))
{
    output.Write("file," + string.Join(",", columns.Select(Cell)) + "\n");
    foreach (var (file, indices) in rows)
    {
        output.Write(Cell(file) + "," + string.Join(",", columns.Select(c =>
            indices.TryGetValue(c, out var v) && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty)) + "\n");
    }
}

foreach (var (file, error) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
    Console.Error.WriteLine($"failed: {file}: {error}");
Console.Error.WriteLine($"{results.Count} analysed, {failures.Count} failed, of {files.Count} files");
return failures.IsEmpty ? 0 : 1;
