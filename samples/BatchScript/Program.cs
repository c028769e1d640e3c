// BatchScript sample: HRV of every recording in a folder, in parallel, one CSV row per file, failures isolated.
//
//   dotnet run --project samples/BatchScript -- <folder> [results.csv]
//
// The same job from the command line is `hrresponse batch <folder> --out results.csv` (see batch.sh), which adds
// sharding, resume and atomic output; this program shows the library calls behind it.
using System.Collections.Concurrent;
using HrResponse;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Quality;
using HrResponse.Reporting;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: BatchScript <folder> [results.csv]");
    return 2;
}

var files = Directory.EnumerateFiles(args[0], "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var results = new ConcurrentDictionary<string, ResultDocument>();
var failures = new ConcurrentDictionary<string, string>();

Parallel.ForEach(files, file =>
{
    try
    {
        var read = RecordingCsvReader.Read(file);
        if (!read.Recording.HasBeats)
        {
            failures[file] = "no beat-to-beat data";
            return;
        }

        var cleaned = ArtifactCorrection.Clean(read.Recording.Beats);
        var indices = new Dictionary<string, double>(TimeDomainAnalysis.Compute(cleaned.Intervals).ToIndexTable());
        foreach (var (name, value) in cleaned.Quality.ToIndexTable()) indices[name] = value;
        results[file] = new ResultDocument { File = file, Input = InputSummary.Of(read.Recording, "csv"), Indices = indices };
    }
    catch (HrDataFormatException ex)
    {
        failures[file] = ex.Message; // a bad file is reported, never fatal to the batch
    }
});

using (var output = args.Length > 1 ? new StreamWriter(args[1]) : new StreamWriter(Console.OpenStandardOutput()))
{
    CsvResultWriter.Write(results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value), output);
}

foreach (var (file, error) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
    Console.Error.WriteLine($"failed: {file}: {error}");
Console.Error.WriteLine($"{results.Count} analysed, {failures.Count} failed, of {files.Count} files");
return failures.IsEmpty ? 0 : 1;
