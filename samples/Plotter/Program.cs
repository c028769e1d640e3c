// Plotter sample: analyse one recording with the HrResponse library and draw its charts with HrResponse.Plotting.
//
//   dotnet run --project samples/Plotter -- <recording> [output-folder]
//
// Reads CSV (RR intervals, beat times or heart-rate samples), ECG tables, WFDB records and device files (FIT, TCX, GPX,
// Polar HRM, RR text, BLE logs), corrects artifacts, prints a few indices and writes one SVG per chart.
using System.Globalization;
using HrResponse;
using HrResponse.Io;
using HrResponse.Plotting;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Plotter <recording> [output-folder]");
    return 2;
}

var path = args[0];
var outDir = args.Length > 1 ? args[1] : "charts";
Directory.CreateDirectory(outDir);

// 1. Read: the format is judged by the content (CSV tables, ECG, WFDB, FIT, TCX, GPX, Polar HRM, RR text, BLE logs).
var recording = RecordingReader.Open(path).Recording;

// 2. Analyse once: correct artifacts (Lipponen & Tarvainen 2019 by default), HRV of the corrected beats, the exercise
//    test on the same beats (phases, peak, recovery; NaN parts are not drawn) and rolling HRV for the chart.
var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
var inv = CultureInfo.InvariantCulture;
if (result.Hrv is { TimeDomain: { } time, FrequencyDomain: { } frequency, Nonlinear: { } nonlinear })
{
    Console.WriteLine(string.Create(inv,
        $"{path}: {result.Cleaned!.Quality.OriginalCount} beats, {result.Cleaned.Quality.ArtifactPercent:0.#} % artifacts; " +
        $"mean HR {time.MeanHeartRateBpm:0.0} bpm, RMSSD {time.RmssdMs:0.0} ms, SDNN {time.SdnnMs:0.0} ms, " +
        $"LF {frequency.LfPowerMs2:0} ms², HF {frequency.HfPowerMs2:0} ms², SD1 {nonlinear.Poincare.Sd1Ms:0.0} ms, DFA α1 {nonlinear.Dfa.Alpha1.Alpha:0.00}; " +
        $"peak HR {result.Exercise!.PeakHeartRateBpm:0} bpm, HRR60 {result.Exercise.Recovery.Hrr60Bpm:0} bpm"));
}

foreach (var problem in result.Problems) Console.WriteLine($"  {problem.Code}: {problem.Message}");

// 3. Draw every chart that applies, from the result only (each number a chart prints is the one in the index table).
foreach (var chart in AnalysisCharts.Build(result, new ChartOptions { WidthPx = 800, HeightPx = 450 }))
{
    var file = Path.Combine(outDir, chart.Name + ".svg");
    File.WriteAllText(file, chart.Svg);
    Console.WriteLine($"wrote {file}: {chart.Caption}");
}

return 0;
