using System.Globalization;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// Loads the ACTES graded cycle-ergometer tests (../shared/data/actes) as recordings: RR from <c>rr_ms</c>, rebuilt
/// from time differences where it is empty (tests 11 and 17), power as the load channel, age from subjects.csv.
/// </summary>
internal static class ActesData
{
    public sealed record Subject(int Id, double AgeYears, double ExerciseEndSeconds, double LastTimeSeconds, double PeakPowerW);

    public static IReadOnlyList<Subject> Subjects()
    {
        var lines = File.ReadAllLines(SharedData.Data("actes", "subjects.csv"));
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split(',');
            return new Subject(
                int.Parse(f[Col("id")], CultureInfo.InvariantCulture),
                D(f[Col("age_y")]),
                D(f[Col("exercise_end_s")]),
                D(f[Col("last_time_s")]),
                D(f[Col("peak_power_w")]));
        }).ToArray();
    }

    public static Recording Load(int id, out int rebuiltRr)
    {
        var path = SharedData.Data("actes", $"test_{id:00}.csv");
        var times = new List<double>();
        var rr = new List<double>();
        var power = new List<double>();
        rebuiltRr = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            var t = D(f[0]);
            double r;
            if (f[1].Length == 0)
            {
                if (times.Count == 0) continue;
                r = (t - times[^1]) * 1000;
                rebuiltRr++;
            }
            else
            {
                r = D(f[1]);
            }

            times.Add(t);
            rr.Add(r);
            power.Add(D(f[2]));
        }

        var age = Subjects().First(s => s.Id == id).AgeYears;
        return Recording.Create(
            RrIntervals.FromMilliseconds(rr.ToArray(), times.ToArray()),
            load: SampledChannel.Create("power_w", "W", times.ToArray(), power.ToArray()),
            subject: new SubjectInfo { AgeYears = age });
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
