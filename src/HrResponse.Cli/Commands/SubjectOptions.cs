using System.CommandLine;
using HrResponse.Exercise;

namespace HrResponse.Cli.Commands;

/// <summary>Subject and exercise-test options shared by <c>analyze</c>, <c>batch</c> and <c>cohort</c>.</summary>
internal sealed class SubjectOptions
{
    private readonly Option<double?> _age = new("--age") { Description = "Age in years (needed for predicted maximal HR and chronotropic indices)." };
    private readonly Option<Sex?> _sex = CommonOptions.Choice<Sex?>("--sex", "Sex (sex-specific equations such as Gulati, Sydó).", null, ("female", Sex.Female), ("male", Sex.Male));
    private readonly Option<bool> _betaBlocker = new("--beta-blocker") { Description = "The subject takes beta-blockers (chronotropic-index cut-off 0.62 instead of 0.80)." };

    public Option<RecoveryPosture?> Posture { get; } = CommonOptions.Choice<RecoveryPosture?>(
        "--posture", "Recovery posture for the HRR cut-offs (default: active, Cole 1999).", null,
        ("active", RecoveryPosture.Active), ("supine", RecoveryPosture.Supine), ("seated", RecoveryPosture.Seated));

    public Option<MaxHeartRateEquation> Equation { get; } = CommonOptions.Choice(
        "--hrmax", "Predicted maximal HR equation.", MaxHeartRateEquation.Fox,
        ("fox", MaxHeartRateEquation.Fox), ("tanaka", MaxHeartRateEquation.Tanaka), ("gellish", MaxHeartRateEquation.Gellish),
        ("gulati", MaxHeartRateEquation.Gulati), ("nes", MaxHeartRateEquation.Nes), ("sydo", MaxHeartRateEquation.Sydo));

    public void AddTo(Command command, bool withSubject = true)
    {
        if (withSubject)
        {
            command.Options.Add(_age);
            command.Options.Add(_sex);
            command.Options.Add(_betaBlocker);
        }

        command.Options.Add(Posture);
        command.Options.Add(Equation);
    }

    /// <summary>The subject given on the command line, on top of what the recording already says.</summary>
    public SubjectInfo Subject(ParseResult parse, SubjectInfo? fromRecording = null)
    {
        var age = parse.GetValue(_age);
        if (age is { } a && !(a >= 0 && a <= 130)) throw new CliException($"--age must be between 0 and 130 years; it is {a}.");
        var given = new SubjectInfo
        {
            AgeYears = age,
            Sex = parse.GetValue(_sex),
            TakesBetaBlockers = parse.GetValue(_betaBlocker) ? true : null,
            RecoveryPosture = parse.GetValue(Posture),
        };
        return given.OrElse(fromRecording ?? SubjectInfo.Unknown);
    }
}
