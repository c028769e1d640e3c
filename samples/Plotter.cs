// Plotter: the charts of one recording. One pipeline call analyses it (beat correction, HRV, exercise test, rolling
// HRV, each once) and AnalysisCharts.Build draws every chart that applies from that result alone, so each number a
// chart shows is the number in the result's index table.
//
//   dotnet run samples/Plotter.cs -- <recording> [output-folder] [age-years]
//   dotnet run samples/Plotter.cs -- ../shared/data/actes/test_01.csv charts 15
//
// Writes one SVG per chart (heart-rate, ecg, tachogram, poincare, dfa, psd, rolling-hrv, each when it applies) and
// prints its name and caption. Convert to PNG with any SVG tool, e.g. `rsvg-convert -o hr.png charts/heart-rate.svg`.
#:project ../src/HrResponse/HrResponse.csproj
#:project ../src/HrResponse.Plotting/HrResponse.Plotting.csproj

using System.Globalization;
using HrResponse;
using HrResponse.Io;
using HrResponse.Plotting;

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

foreach (var chart in AnalysisCharts.Build(result, new ChartOptions { WidthPx = 900, HeightPx = 450 }))
{
    var file = Path.Combine(outDir, chart.Name + ".svg");
    File.WriteAllText(file, chart.Svg);
    Console.WriteLine($"{file}: {chart.Caption}");
}

return 0;
