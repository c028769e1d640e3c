// Plotter sample: analyse one recording with the HrResponse library and draw its charts with HrResponse.Plotting.
//
//   dotnet run --project samples/Plotter -- <recording> [output-folder]
//
// Reads CSV (RR intervals, beat times or heart-rate samples), ECG tables, WFDB records and device files (FIT, TCX, GPX,
// Polar HRM, RR text, BLE logs), corrects artifacts, prints a few indices and writes one SVG per chart.
using System.Globalization;
using HrResponse;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Plotting;
using HrResponse.Quality;
using HrResponse.Streaming;

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

var inv = CultureInfo.InvariantCulture;
void Save(string name, string svg)
{
    var file = Path.Combine(outDir, name + ".svg");
    File.WriteAllText(file, svg);
    Console.WriteLine($"wrote {file}");
}

if (!recording.HasBeats)
{
    // Heart-rate samples only: the heart-rate chart is all there is.
    var hrOnly = ExerciseTestAnalysis.Compute(recording);
    Save("heart-rate", HeartRateChart.Render(recording.HeartRate, HeartRateAnnotations.FromReport(hrOnly)));
    return 0;
}

// 2. Correct artifacts (Lipponen & Tarvainen 2019 by default) and compute indices from the cleaned beats.
CleanedRrIntervals cleaned = ArtifactCorrection.Clean(recording.Beats);
TimeDomainResult time = TimeDomainAnalysis.Compute(cleaned.Intervals);
NonlinearResult nonlinear = NonlinearAnalysis.Compute(cleaned.Intervals);
FrequencyDomainResult frequency = FrequencyDomainAnalysis.Compute(cleaned.Intervals);
ExerciseTestReport exercise = ExerciseTestAnalysis.Compute(recording); // phases, peak, recovery (NaN parts are not drawn)
Console.WriteLine(string.Create(inv,
    $"{path}: {cleaned.Quality.OriginalCount} beats, {cleaned.Quality.ArtifactPercent:0.#} % artifacts; " +
    $"mean HR {time.MeanHeartRateBpm:0.0} bpm, RMSSD {time.RmssdMs:0.0} ms, SDNN {time.SdnnMs:0.0} ms, " +
    $"LF {frequency.LfPowerMs2:0} ms², HF {frequency.HfPowerMs2:0} ms², SD1 {nonlinear.Poincare.Sd1Ms:0.0} ms, DFA α1 {nonlinear.Dfa.Alpha1.Alpha:0.00}; " +
    $"peak HR {exercise.PeakHeartRateBpm:0} bpm, HRR60 {exercise.Recovery.Hrr60Bpm:0} bpm"));

// 3. Draw. Every chart takes result records (or plain spans) and returns SVG text.
var options = new ChartOptions { WidthPx = 800, HeightPx = 450 };
Save("heart-rate", HeartRateChart.Render(cleaned.Intervals.ToHeartRateSeries(), HeartRateAnnotations.FromReport(exercise), options));
Save("tachogram", TachogramChart.Render(cleaned, options));
Save("poincare", PoincareChart.Render(nonlinear.Poincare, options with { Title = "Poincaré plot of the cleaned beats" }));
Save("dfa", DfaChart.Render(nonlinear.Dfa, options));
Save("psd", PsdChart.Render(frequency, options));
var snapshots = cleaned.Intervals.ToBeats().RollingHrv(RollingHrvOptions.Default).ToList();
Save("rolling-hrv", RollingHrvChart.Render(snapshots));
return 0;
