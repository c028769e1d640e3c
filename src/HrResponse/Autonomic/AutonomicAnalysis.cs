using HrResponse.Quality;

namespace HrResponse.Autonomic;

/// <summary>
/// One autonomic reflex test of a recording in one call: beat correction (none by default, see
/// <see cref="AutonomicOptions.Correction"/>), then the test
/// (<see cref="ValsalvaAnalysis"/>, <see cref="ActiveStandAnalysis"/> or <see cref="DeepBreathingAnalysis"/>) on the
/// corrected beats, then the Ewing-style summary. The path the CLI's <c>autonomic</c> command and batch use.
/// </summary>
public static class AutonomicAnalysis
{
    /// <summary>Analyses one recording.</summary>
    /// <param name="recording">The recording; its subject's age is used for the age-dependent limits.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="AutonomicOptions.Default"/> (the test the markers name, else Valsalva).</param>
    /// <returns>The result; missing or unusable data gives NaN indices and problems, never an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid (see each test's <c>Compute</c>), or <see cref="AutonomicOptions.Test"/> is undefined.</exception>
    public static AutonomicResult Compute(Recording recording, AutonomicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= AutonomicOptions.Default;
        if (!Enum.IsDefined(options.Test))
            throw new ArgumentException($"AutonomicOptions.Test must be a defined AutonomicTest; it is {(int)options.Test}.", nameof(options));
        ArgumentNullException.ThrowIfNull(options.Correction, nameof(options));
        options.Correction.Validate(nameof(options));

        var problems = new List<AnalysisProblem>();
        CleanedRrIntervals? cleaned = null;
        var analysed = recording;
        if (recording.HasBeats)
        {
            cleaned = ArtifactCorrection.Clean(recording.Beats, options.Correction);
            foreach (var warning in cleaned.Quality.Warnings)
                problems.Add(new(warning.Code, warning.Message, warning.AffectedIndices.Count > 0 ? warning.AffectedIndices[0] : null));
            analysed = Recording.Create(cleaned.Intervals, null, recording.Markers, recording.Load, recording.Channels, recording.Subject, recording.Ecg);
        }

        var (test, choice) = Internal.AutonomicTestChoice.Choose(recording, options);
        ValsalvaResult? valsalva = null;
        ActiveStandResult? stand = null;
        DeepBreathingResult? breathing = null;
        switch (test)
        {
            case AutonomicTest.Valsalva:
                valsalva = ValsalvaAnalysis.Compute(analysed, options.Valsalva, options.Correction.Method == ArtifactDetectionMethod.None ? null : cleaned?.Quality.ArtifactCount);
                problems.AddRange(valsalva.Problems);
                break;
            case AutonomicTest.ActiveStand:
                stand = ActiveStandAnalysis.Compute(analysed, options.ActiveStand);
                problems.AddRange(stand.Problems);
                break;
            default:
                breathing = DeepBreathingAnalysis.Compute(analysed, options.DeepBreathing);
                problems.AddRange(breathing.Problems);
                break;
        }

        return new AutonomicResult
        {
            Recording = analysed,
            Options = options,
            Test = test,
            TestChoice = choice,
            Cleaned = cleaned,
            Valsalva = valsalva,
            ActiveStand = stand,
            DeepBreathing = breathing,
            Summary = AutonomicSummary.Compute(valsalva, stand, breathing),
            Problems = problems,
        };
    }
}
