// A fresh console app that knows HrResponse only through its packed NuGet packages (HrResponse, HrResponse.Plotting):
// the README's "five lines" example. tests/HrResponse.Tests/Packaging/PackedPackageTests.cs packs the library, builds
// this file in a new console project against the packages, runs it and checks every number it prints.
//
//   dotnet run -- <folder of the shared data> <output folder>
//
// Each numbered task below is at most five lines of code.
using System.Globalization;
using HrResponse;
using HrResponse.Io;
using HrResponse.Plotting;
using HrResponse.Streaming;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
string data = args[0], output = args[1];
double[] rrMs = [.. File.ReadLines(Path.Combine(data, "nsr2db_5min", "nsr006_5min.csv")).Skip(1).Select(double.Parse)];
string testFile = Path.Combine(data, "actes", "test_01.csv");
double age = File.ReadLines(Path.Combine(data, "actes", "subjects.csv")).Select(l => l.Split(',')).Where(c => c[1] == "test_01.csv").Select(c => double.Parse(c[2])).Single();

// 1. Corrected HRV (time domain, frequency domain, DFA α1) from a double[] of RR intervals in ms.
var hrv = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rrMs))).Hrv!;
Console.WriteLine($"hrv corrected={hrv.IsCorrected} rmssd_ms={hrv.TimeDomain!.RmssdMs} sdnn_ms={hrv.TimeDomain.SdnnMs}");
Console.WriteLine($"hrv lf_ms2={hrv.FrequencyDomain!.LfPowerMs2} hf_ms2={hrv.FrequencyDomain.HfPowerMs2} dfa_alpha1={hrv.Nonlinear!.Dfa.Alpha1.Alpha}");

// 2. HRR60, chronotropic index and the chronotropic-incompetence flag of an exercise test, with the subject's age.
var test = RecordingAnalysis.Compute(RecordingReader.Open(testFile).Recording.WithSubject(new SubjectInfo { AgeYears = age }));
var exercise = test.Exercise!;
Console.WriteLine($"exercise hrr60_bpm={exercise.Recovery.Hrr60Bpm} chronotropic_index={exercise.Chronotropic.ChronotropicIndex} incompetent={exercise.Chronotropic.Incompetent}");

// 3. DFA α1 every 5 s from beats pushed one at a time (as they arrive from a chest strap).
var live = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) });
foreach (var rr in rrMs)
    if (live.Add(rr) is { } snapshot) Console.WriteLine($"live end_s={snapshot.EndSeconds} dfa_alpha1={snapshot.DfaAlpha1}");

// 4. A chart of the exercise test, written to a file.
var chart = Path.Combine(output, "exercise-test.svg");
File.WriteAllText(chart, AnalysisCharts.Build(test).Single(c => c.Name == "heart-rate").ToSvg());
Console.WriteLine($"chart {chart}");
