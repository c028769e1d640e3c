using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Explicit diagnostic for the open nsr009 case (issue 14): per seed, RMSSD and SDNN errors of the pipeline and of the
/// same correction given the injected artifacts exactly (perfect detection), and the corrected intervals that differ
/// most from the cleaned clean recording, so a residual error can be put on detection or on correction.
/// </summary>
[TestFixture]
[Explicit("diagnostic: prints, asserts nothing about the targets")]
public class Nsr009CorrectionDiagnostics
{
    [Test]
    public void Nsr009_PipelineVersusPerfectDetection([Range(0, 9)] int seed)
    {
        var clean = QualityTestData.ReadRrColumn(SharedData.Data("nsr2db_5min", "nsr009_5min.csv"));
        var baseline = ArtifactCorrection.Clean(clean).Intervals.Milliseconds.ToArray();
        var (series, truth) = BeatQualityInjector.InjectPerBeat(clean, Nsr009IssueCaseTests.IssueMix, new Random(seed));
        var known = new List<(int Index, ArtifactType Type)>();
        var offset = 0;
        foreach (var t in truth.OrderBy(t => t.Index))
        {
            var ci = t.Index - offset;
            known.Add((t.Index, t.Kind switch
            {
                InjectedKind.Premature => ArtifactType.Ectopic,
                InjectedKind.Missed => ArtifactType.Missed,
                InjectedKind.Extra => ArtifactType.Extra,
                _ => series[t.Index] > clean[ci] ? ArtifactType.Long : ArtifactType.Short,
            }));
            if (t.Kind == InjectedKind.Missed) offset--;
            if (t.Kind == InjectedKind.Extra) offset++;
        }

        var pipeline = ArtifactCorrection.Clean(series).Intervals;
        var perfect = ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(series), known, ArtifactCorrectionOptions.Default).Intervals;
        double Err(double a, double b) => 100 * ((a / b) - 1);
        var rawRmssd = QualityTestData.Rmssd(clean);
        var rawSdnn = QualityTestData.Sdnn(clean);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seed {seed}: {truth.Count} injected; pipeline RMSSD {Err(QualityTestData.Rmssd(pipeline.Milliseconds, pipeline.GapBefore), QualityTestData.Rmssd(baseline)):0.00} %, SDNN {Err(QualityTestData.Sdnn(pipeline.Milliseconds), QualityTestData.Sdnn(baseline)):0.00} % (against the cleaned clean series); perfect detection RMSSD {Err(QualityTestData.Rmssd(perfect.Milliseconds, perfect.GapBefore), rawRmssd):0.00} %, SDNN {Err(QualityTestData.Sdnn(perfect.Milliseconds), rawSdnn):0.00} % (against the clean series)"));
        var found = ArtifactCorrection.Clean(series).Quality.Artifacts;
        TestContext.Out.WriteLine("  injected: " + string.Join(", ", truth.Select(t => $"{t.Kind}@{t.Index}")));
        TestContext.Out.WriteLine("  found:    " + string.Join(", ", found.Select(a => $"{a.Type}@{a.Index}")));
        TestContext.Out.WriteLine("  series start: " + string.Join(' ', series.Take(14).Select(v => v.ToString("0", CultureInfo.InvariantCulture))));
        var p = pipeline.Milliseconds.ToArray();
        if (p.Length != baseline.Length)
        {
            TestContext.Out.WriteLine($"corrected length {p.Length}, cleaned clean length {baseline.Length}");
            return;
        }

        foreach (var k in Enumerable.Range(0, p.Length).OrderByDescending(k => Math.Abs(p[k] - baseline[k])).Take(8).Order())
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{k}] corrected {p[k]:0.0} clean {baseline[k]:0.0} ({p[k] - baseline[k]:+0.0;-0.0}) around {string.Join(' ', Enumerable.Range(Math.Max(0, k - 2), Math.Min(5, p.Length - Math.Max(0, k - 2))).Select(j => baseline[j].ToString("0", CultureInfo.InvariantCulture)))}"));
    }
}
