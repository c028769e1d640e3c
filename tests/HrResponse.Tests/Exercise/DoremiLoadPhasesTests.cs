using System.Globalization;
using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// The doremi `cardio` tests (../shared/data/doremi: HR about every 10 s with the ergometer load, 21 patients): they
/// end in an active cool-down at 25 W, so the last load above 0 W is the end of the cool-down, not of exercise.
/// </summary>
public class DoremiLoadPhasesTests
{
    private static IEnumerable<(int Id, double[] Time, double[] Hr, double[] Load)> Patients()
    {
        var rows = File.ReadAllLines(SharedData.Data("doremi", "cardio.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (Id: int.Parse(c[0], CultureInfo.InvariantCulture), T: D(c[1]), Load: D(c[2]), Hr: D(c[3])));
        foreach (var g in rows.GroupBy(r => r.Id))
            yield return (g.Key, g.Select(r => r.T).ToArray(), g.Select(r => r.Hr).ToArray(), g.Select(r => r.Load).ToArray());
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Test]
    public void Compute_All21_ExerciseEndsWhereTheLoadDropsToTheCoolDown()
    {
        var count = 0;
        foreach (var (id, t, hr, load) in Patients())
        {
            var rec = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, hr), load: SampledChannel.Create("load_w", "W", t, load));
            var r = ExerciseTestAnalysis.Compute(rec, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.Load });
            var end = Array.IndexOf(t, r.Phases.ExerciseEndSeconds);
            Assert.That(end, Is.GreaterThanOrEqualTo(0).And.LessThan(t.Length - 1), $"patient {id}: the end is a sample before the last");
            Assert.That(load[(end + 1)..].Max(), Is.LessThanOrEqualTo(0.5 * load[end]), $"patient {id}: {r.Phases.ExerciseEndSource}");
            Assert.That(r.Recovery.Hrr60Bpm, Is.Not.NaN, $"patient {id}: a minute of recovery follows the end");
            count++;
        }

        Assert.That(count, Is.EqualTo(21));
    }

    [Test]
    public void ValidationPage_DoremiPhasesTable_IsWhatTheCodeComputes()
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| patient | exercise end from the load (s) | from the HR curve alone (s) | difference (s) | HRR60 from the load's end (bpm) | from the HR curve's end (bpm) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|");
        var differences = new List<double>();
        foreach (var (id, t, hr, load) in Patients())
        {
            var withLoad = Recording.Create(heartRate: HeartRateSeries.FromSamples(t, hr), load: SampledChannel.Create("load_w", "W", t, load));
            var byLoad = ExerciseTestAnalysis.Compute(withLoad, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.Load });
            var byCurve = ExerciseTestAnalysis.Compute(withLoad, new ExerciseTestOptions { PhaseMethod = PhaseDetectionMethod.HeartRateCurve });
            var d = byCurve.Phases.ExerciseEndSeconds - byLoad.Phases.ExerciseEndSeconds;
            differences.Add(d);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {id} | {byLoad.Phases.ExerciseEndSeconds:0} | {byCurve.Phases.ExerciseEndSeconds:0} | {d:+0;−0;0} | {byLoad.Recovery.Hrr60Bpm:0.0} | {byCurve.Recovery.Hrr60Bpm:0.0} |"));
        }

        sb.AppendLine();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"End from the HR curve minus end from the load: {differences.Min():+0;−0;0} to {differences.Max():+0;−0;0} s, mean {differences.Average():+0.0;−0.0;0} s, mean absolute {differences.Average(Math.Abs):0.0} s."));
        HrResponse.Tests.Docs.DocsPage.AssertContains("validation.md", sb.ToString(), "doremi-phases.md");
    }
}
