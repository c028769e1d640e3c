// BatchScript: an analyst's batch job. Every recording under a folder (any format the library opens: CSV layouts,
// WFDB, FIT, TCX, GPX, Polar HRM, RR text, BLE logs, ECG CSV) goes through the one-call pipeline in parallel; the
// result is one CSV row per file with every index the file allows. A file that fails is listed at the end with its
// error and never stops the batch; progress goes to standard error.
//
//   dotnet run samples/BatchScript.cs -- <folder> [results.csv] [--jobs N]
//   dotnet run samples/BatchScript.cs -- ../shared/data/device-files device-files.csv
//
// Exit code: 0 when at least one file was analysed (failures are listed), 1 when none was, 2 on a usage error.
// The same job from the command line, with sharding, resume and atomic output: `hrresponse batch` (samples/batch.sh).
#:project ../src/HrResponse/HrResponse.csproj

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using HrResponse;
using HrResponse.Io;

var positional = new List<string>();
var jobs = Environment.ProcessorCount;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] != "--jobs") positional.Add(args[i]);
    else if (++i >= args.Length || !int.TryParse(args[i], CultureInfo.InvariantCulture, out jobs) || jobs < 1) positional.Clear();
}

if (positional.Count is < 1 or > 2 || !Directory.Exists(positional[0]))
{
    Console.Error.WriteLine("usage: dotnet run samples/BatchScript.cs -- <folder> [results.csv] [--jobs N]");
    return 2;
}

var folder = positional[0];
var output = positional.Count > 1 ? positional[1] : "results.csv";
var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
    .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).StartsWith('.'))
    .Order(StringComparer.Ordinal)
    .ToList();

var rows = new ConcurrentDictionary<string, IReadOnlyDictionary<string, double>>();
var failures = new ConcurrentDictionary<string, string>();
var done = 0;
var clock = Stopwatch.StartNew();
Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
{
    var name = Path.GetRelativePath(folder, file);
    try
    {
        var recording = RecordingReader.Open(file).Recording;
        rows[name] = RecordingAnalysis.Compute(recording).ToIndexTable();
    }
    catch (Exception ex)
    {
        // One bad file is listed, never fatal to the batch: an unreadable file is an HrDataFormatException naming the
        // line and column, but a batch over thousands of files keeps going whatever one of them throws.
        failures[name] = $"{ex.GetType().Name}: {ex.Message.ReplaceLineEndings(" ")}";
    }

    var count = Interlocked.Increment(ref done);
    Console.Error.WriteLine($"[{count}/{files.Count}] {name}: {(failures.ContainsKey(name) ? "failed" : "ok")} ({clock.Elapsed.TotalSeconds:0.0} s)");
});

// One row per analysed file; the columns are every index any file produced, in the order they first appear.
var ordered = rows.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
var columns = ordered.SelectMany(r => r.Value.Keys).Distinct().ToList();
using (var writer = new StreamWriter(output))
{
    writer.WriteLine(string.Join(',', ["file", .. columns]));
    foreach (var (name, table) in ordered)
        writer.WriteLine(string.Join(',', [Quote(name), .. columns.Select(c => table.TryGetValue(c, out var v) && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty)]));
}

foreach (var (name, error) in failures.OrderBy(f => f.Key, StringComparer.Ordinal))
    Console.Error.WriteLine($"failed: {name}: {error}");
Console.Error.WriteLine($"{rows.Count} analysed, {failures.Count} failed, of {files.Count} files in {clock.Elapsed.TotalSeconds:0.0} s -> {output}");
return rows.IsEmpty ? 1 : 0;

static string Quote(string text) =>
    text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
