using System.Globalization;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>
/// Per-file metadata for a batch: a CSV with a <c>file</c> column (file name or path) and any of <c>age</c>,
/// <c>sex</c>, <c>beta_blocker</c>, <c>posture</c>, and the phase times <c>exercise_start_s</c>, <c>exercise_end_s</c>,
/// <c>recovery_end_s</c> (seconds on the recording's time axis, as <c>--exercise-start</c> and the like of
/// <c>analyze</c>). Files are matched by full path first, then by file name.
/// </summary>
internal sealed class SubjectTable
{
    private readonly Dictionary<string, Row> _byKey;

    private SubjectTable(Dictionary<string, Row> byKey) => _byKey = byKey;

    /// <summary>One file's metadata: the subject and the phase times given for it (null where the cell is empty).</summary>
    public sealed record Row(SubjectInfo Subject, double? ExerciseStartSeconds, double? ExerciseEndSeconds, double? RecoveryEndSeconds)
    {
        /// <summary><paramref name="options"/> with this file's phase times where given.</summary>
        public RecordingAnalysisOptions Apply(RecordingAnalysisOptions options) =>
            PhaseTimeOptions.With(options, ExerciseStartSeconds, ExerciseEndSeconds, RecoveryEndSeconds);
    }

    public static SubjectTable Empty { get; } = new(new Dictionary<string, Row>(StringComparer.Ordinal));

    public Row? Find(string path) =>
        _byKey.GetValueOrDefault(Path.GetFullPath(path)) ?? _byKey.GetValueOrDefault(Path.GetFileName(path));

    public static SubjectTable Read(string path)
    {
        if (Directory.Exists(path)) throw new CliException($"--subjects: {path} is a directory, not a file.", ExitCodes.InputError);
        if (!File.Exists(path)) throw new CliException($"--subjects: file not found: {path}", ExitCodes.InputError);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) throw new HrDataFormatException(path, 1, null, null, "the subjects file is empty; it needs a header with a 'file' column");
        var header = lines[0].Split(',').Select(h => h.Trim().Trim('"').ToLowerInvariant()).ToArray();
        var fileCol = Array.IndexOf(header, "file");
        if (fileCol < 0) throw new HrDataFormatException(path, 1, null, lines[0], "the subjects file needs a 'file' column (and any of age, sex, beta_blocker, posture, exercise_start_s, exercise_end_s, recovery_end_s)");
        int Col(string name) => Array.IndexOf(header, name);
        var (ageCol, sexCol, betaCol, postureCol) = (Col("age"), Col("sex"), Col("beta_blocker"), Col("posture"));
        var (startCol, endCol, recoveryEndCol) = (Col("exercise_start_s"), Col("exercise_end_s"), Col("recovery_end_s"));
        var map = new Dictionary<string, Row>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            var cells = lines[i].Split(',').Select(c => c.Trim().Trim('"')).ToArray();
            string? Cell(int c) => c >= 0 && c < cells.Length && cells[c].Length > 0 ? cells[c] : null;
            var line = i + 1;
            var subject = new SubjectInfo
            {
                AgeYears = Cell(ageCol) is { } a ? ParseAge(path, line, a) : null,
                Sex = Cell(sexCol)?.ToLowerInvariant() switch
                {
                    null => null,
                    "f" or "female" or "w" or "woman" => HrResponse.Sex.Female,
                    "m" or "male" or "man" => HrResponse.Sex.Male,
                    var s => throw new HrDataFormatException(path, line, "sex", s, "sex must be female/f or male/m"),
                },
                TakesBetaBlockers = Cell(betaCol)?.ToLowerInvariant() switch
                {
                    null => null,
                    "1" or "yes" or "true" or "y" => true,
                    "0" or "no" or "false" or "n" => false,
                    var b => throw new HrDataFormatException(path, line, "beta_blocker", b, "beta_blocker must be 1/0, yes/no or true/false"),
                },
                RecoveryPosture = Cell(postureCol)?.ToLowerInvariant() switch
                {
                    null => null,
                    "active" => HrResponse.RecoveryPosture.Active,
                    "supine" => HrResponse.RecoveryPosture.Supine,
                    "seated" => HrResponse.RecoveryPosture.Seated,
                    var p => throw new HrDataFormatException(path, line, "posture", p, "posture must be active, supine or seated"),
                },
            };
            double? Seconds(int c, string name) => Cell(c) is not { } text ? null
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
                : throw new HrDataFormatException(path, line, name, text, $"{name} must be a number of seconds");
            var (start, end, recoveryEnd) = (Seconds(startCol, "exercise_start_s"), Seconds(endCol, "exercise_end_s"), Seconds(recoveryEndCol, "recovery_end_s"));
            if (start is { } s0 && end is { } e0 && !(e0 > s0))
                throw new HrDataFormatException(path, line, "exercise_end_s", e0.ToString(CultureInfo.InvariantCulture), "exercise_end_s must be after exercise_start_s");
            if (end is { } e1 && recoveryEnd is { } r1 && !(r1 > e1))
                throw new HrDataFormatException(path, line, "recovery_end_s", r1.ToString(CultureInfo.InvariantCulture), "recovery_end_s must be after exercise_end_s");
            var key = Cell(fileCol) ?? throw new HrDataFormatException(path, line, "file", lines[i], "the file cell is empty");
            map[key.Contains('/', StringComparison.Ordinal) ? Path.GetFullPath(key) : key] = new Row(subject, start, end, recoveryEnd);
        }

        return new SubjectTable(map);
    }

    private static double ParseAge(string path, int line, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var age) && age >= 0 && age <= 130) return age;
        throw new HrDataFormatException(path, line, "age", text, "age must be a number of years between 0 and 130");
    }
}
