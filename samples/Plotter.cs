// Plotter: the charts of one recording, and a figure of your own, with ScottPlot. One pipeline call analyses the
// recording (beat correction, HRV, exercise test, rolling HRV, each once); AnalysisCharts.Build turns that result into
// ScottPlot plots (nothing is recomputed, so each number a chart shows is the number in the result's index table).
// Each plot can be changed with the ScottPlot API before it is saved; the last figure is drawn from the result with
// plain ScottPlot calls.
//
//   dotnet run samples/Plotter.cs -- <recording> [output-folder] [age-years]
//   dotnet run samples/Plotter.cs -- ../shared/data/actes/test_01.csv charts 15
//
// Writes one PNG per chart (heart-rate, ecg, tachogram, poincare, dfa, psd, rolling-hrv, exercise-test, each when it
// applies; 2100 px wide at 300 DPI, a 7-inch journal figure), the exercise-test figure again as SVG, and
// recovery.png, and prints each file's name and caption.
#:project ../src/HrResponse/HrResponse.csproj
#:project ../src/HrResponse.Plotting/HrResponse.Plotting.csproj

using System.Globalization;
using HrResponse;
using HrResponse.Io;
using HrResponse.Plotting;
using ScottPlot;

if (args.Length is < 1 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run samples/Plotter.cs -- <recording> [output-folder] [age-years]");
    return 2;
}

var outDir = args.Length > 1 ? args[1] : "charts";
double? age = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : null;
Directory.CreateDirectory(outDir);

var recording = RecordingReader.Open(args[0]).Recording.WithSubject(new SubjectInfo { AgeYears = age });
var result = RecordingAnalysis.Compute(recording, RecordingAnalysisOptions.Default with { Parts = AnalysisParts.All });
foreach (var problem in result.Problems)
    Console.Error.WriteLine($"note: {problem.Code}: {problem.Message}");

// 1. Every chart of the result, as ScottPlot plots. Change one before saving: a vertical line at the peak on the tachogram.
var charts = AnalysisCharts.Build(result);
if (result.Exercise is { } test && charts.FirstOrDefault(c => c.Name == "tachogram") is { } tachogram)
{
    var minutes = tachogram.Plot.Axes.Bottom.Label.Text == "Time (min)";
    var peak = tachogram.Plot.Add.VerticalLine(minutes ? test.PeakTimeSeconds / 60 : test.PeakTimeSeconds, 1.5f, Colors.Black, LinePattern.Dotted);
    peak.LegendText = "Peak HR";
}

foreach (var chart in charts)
{
    var file = Path.Combine(outDir, chart.Name + ".png");
    chart.Save(file, ChartImageFormat.Png);
    Console.WriteLine($"{file}: {chart.Caption}");
}

if (charts.FirstOrDefault(c => c.Name == "exercise-test") is { } figure)
{
    var file = Path.Combine(outDir, "exercise-test.svg");
    figure.Save(file, ChartImageFormat.Svg);
    Console.WriteLine($"{file}: {figure.Caption}");
}

// 2. A figure of your own from the same result, with plain ScottPlot: heart rate in recovery and HRR60.
if (result.Exercise is { Phases.ExerciseFound: true } exercise && result.Cleaned is { } cleaned)
{
    var hr = cleaned.Intervals.ToHeartRateSeries();
    var end = exercise.Phases.ExerciseEndSeconds;
    var times = new List<double>();
    var bpm = new List<double>();
    for (var i = 0; i < hr.Count; i++)
    {
        if (hr.TimesSeconds[i] < end - 60 || hr.TimesSeconds[i] > end + 300) continue;
        times.Add(hr.TimesSeconds[i] - end);
        bpm.Add(hr.Bpm[i]);
    }

    var plot = new Plot();
    plot.Add.SignalXY(times.ToArray(), bpm.ToArray(), Color.FromHex("#0072B2")).LegendText = "Heart rate (bpm)";
    plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dashed).LegendText = "Exercise end";
    var at60 = plot.Add.Marker(60, exercise.PeakHeartRateBpm - exercise.Recovery.Hrr60Bpm, MarkerShape.FilledCircle, 10, Color.FromHex("#D55E00"));
    at60.LegendText = string.Create(CultureInfo.InvariantCulture, $"HRR60 = {exercise.Recovery.Hrr60Bpm:0} bpm");
    plot.Title("Heart-rate recovery");
    plot.XLabel("Time after exercise end (s)");
    plot.YLabel("Heart rate (bpm)");
    plot.ShowLegend(Alignment.UpperRight);
    var file = Path.Combine(outDir, "recovery.png");
    plot.SavePng(file, 1200, 800);
    Console.WriteLine($"{file}: heart rate from 60 s before to 300 s after exercise end, with HRR60 marked.");
}

return 0;
