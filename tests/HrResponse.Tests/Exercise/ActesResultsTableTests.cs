using System.Globalization;
using System.Text;
using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// The results table of the 18 ACTES tests in docs/validation.md must be what the code computes now. The computed table
/// goes to the test output and to <c>actes-results.md</c> in the test directory, to paste into the page when results change
/// on purpose: <c>dotnet test -c Release --filter "FullyQualifiedName~ActesResultsTable"</c>.
/// </summary>
public class ActesResultsTableTests
{
    [Test]
    public void ValidationPage_ActesResultsTable_IsWhatTheCodeComputes()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| test | age (y) | rest HR (bpm) | peak HR (bpm) | % predicted (Fox) | CI | HRR60 (bpm) | HRR120 (bpm) | T30 (s) | T30 R² | τ (s) | τ R² | artifact % |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in ActesData.Subjects())
        {
            var r = ExerciseTestAnalysis.Compute(ActesData.Load(s.Id), new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.Load });
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Id} | {s.AgeYears:0} | {r.RestHeartRateBpm:0.0} | {r.PeakHeartRateBpm:0.0} | {r.Chronotropic.PredictedMaxReachedPercent:0.0} | {r.Chronotropic.ChronotropicIndex:0.00} | {r.Recovery.Hrr60Bpm:0.0} | {r.Recovery.Hrr120Bpm:0.0} | {r.Recovery.T30Seconds:0} | {r.Recovery.T30RSquared:0.00} | {r.Recovery.TauFit.TauSeconds:0} | {r.Recovery.TauFit.RSquared:0.00} | {r.Quality?.ArtifactPercent:0.0} |"));
            foreach (var p in r.Problems) TestContext.Out.WriteLine($"test {s.Id}: {p}");
        }

        HrResponse.Tests.Docs.DocsPage.AssertContains("validation.md", sb.ToString(), "actes-results.md");
    }

    [Test]
    public void ValidationPage_ActesHeartRateCurvePhasesTable_IsWhatTheCodeComputes()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| test | exercise end from power (s) | from the HR curve alone (s) | difference (s) | HRR60 from power's end (bpm) | from the HR curve's end (bpm) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|");
        var differences = new List<double>();
        var hrr60Differences = new List<double>();
        foreach (var s in ActesData.Subjects())
        {
            var rec = ActesData.Load(s.Id);
            var byLoad = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.Load });
            var byCurve = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });
            var d = byCurve.Phases.ExerciseEndSeconds - byLoad.Phases.ExerciseEndSeconds;
            differences.Add(d);
            hrr60Differences.Add(byCurve.Recovery.Hrr60Bpm - byLoad.Recovery.Hrr60Bpm);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Id} | {byLoad.Phases.ExerciseEndSeconds:0} | {byCurve.Phases.ExerciseEndSeconds:0} | {d:+0;−0;0} | {byLoad.Recovery.Hrr60Bpm:0.0} | {byCurve.Recovery.Hrr60Bpm:0.0} |"));
        }

        sb.AppendLine();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"End from the HR curve minus end from power: {differences.Min():+0;−0;0} to {differences.Max():+0;−0;0} s, mean {differences.Average():+0.0;−0.0;0} s, mean absolute {differences.Average(Math.Abs):0.0} s; HRR60 {hrr60Differences.Min():+0.0;−0.0;0} to {hrr60Differences.Max():+0.0;−0.0;0} bpm, mean {hrr60Differences.Average():+0.0;−0.0;0} bpm."));
        HrResponse.Tests.Docs.DocsPage.AssertContains("validation.md", sb.ToString(), "actes-curve-phases.md");
    }
}
