using System.Globalization;
using HrResponse.Io;

namespace HrResponse.Tests.Exercise;

/// <summary>
/// Loads the ACTES graded cycle-ergometer tests (../shared/data/actes) as recordings through the library's CSV reader,
/// with the age from subjects.csv.
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

    /// <summary>Reads test <paramref name="id"/> with <see cref="RecordingCsvReader"/> (empty <c>rr_ms</c> rebuilt from
    /// time differences, <c>power_w</c> as the load) and sets the subject's age from subjects.csv.</summary>
    public static Recording Load(int id)
    {
        var age = Subjects().First(s => s.Id == id).AgeYears;
        var result = RecordingCsvReader.Read(
            SharedData.Data("actes", $"test_{id:00}.csv"),
            new CsvReadOptions { Subject = new SubjectInfo { AgeYears = age } });
        return result.Recording;
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
