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
}
