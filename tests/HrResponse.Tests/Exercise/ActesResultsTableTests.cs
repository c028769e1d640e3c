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
        sb.AppendLine("| test | age (y) | rest HR (bpm) | peak HR (bpm) | % predicted (Fox) | CI | HRR60 (bpm) | HRR120 (bpm) | T30 (s) | τ (s) | τ R² | artifact % |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in ActesData.Subjects())
        {
            var r = ExerciseTestAnalysis.Compute(ActesData.Load(s.Id), new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.Load });
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Id} | {s.AgeYears:0} | {r.RestHeartRateBpm:0.0} | {r.PeakHeartRateBpm:0.0} | {r.Chronotropic.PredictedMaxReachedPercent:0.0} | {r.Chronotropic.ChronotropicIndex:0.00} | {r.Recovery.Hrr60Bpm:0.0} | {r.Recovery.Hrr120Bpm:0.0} | {r.Recovery.T30Seconds:0} | {r.Recovery.TauFit.TauSeconds:0} | {r.Recovery.TauFit.RSquared:0.00} | {r.Quality?.ArtifactPercent:0.0} |"));
            foreach (var p in r.Problems) TestContext.Out.WriteLine($"test {s.Id}: {p}");
        }

        HrResponse.Tests.Docs.DocsPage.AssertContains("validation.md", sb.ToString(), "actes-results.md");
    }
}
