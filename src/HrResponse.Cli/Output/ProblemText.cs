namespace HrResponse.Cli.Output;

/// <summary>
/// Turns the library's typed problems into the CLI's text: the library's message, the flag that fixes it (from the
/// stable <see cref="ProblemCode"/>, never from the message text) and the code in brackets.
/// </summary>
internal static class ProblemText
{
    /// <summary>The flag advice for a code, or <c>null</c> when no flag helps.</summary>
    public static string? Advice(ProblemCode code) => code switch
    {
        ProblemCode.AgeMissing => "set --age",
        ProblemCode.SexMissing => "set --sex",
        ProblemCode.PostureUnknown => "set --posture",
        ProblemCode.PredictedMaxUnusable or ProblemCode.EquationPopulationMismatch => "see --hrmax",
        ProblemCode.EventNotDetected => "give the times: --strain-start and --strain-end (valsalva), --stand (stand) or --cycles (deep-breathing)",
        ProblemCode.NoExercisePhases => "give the phase times: --exercise-start and --exercise-end",
        ProblemCode.NoRecoveryAfterExercise => "set --exercise-end",
        ProblemCode.NonSinusSteps => "see the non_sinus_step column of `hrresponse clean`, then --keep-beats or --mark-beats",
        ProblemCode.AmbiguousReadings => "see the ambiguous_reading column of `hrresponse clean`, then --keep-beats or --mark-beats",
        _ => null,
    };

    /// <summary>One line: <c>message; advice [Code]</c>.</summary>
    public static string Describe(AnalysisProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return $"{WithAdvice(problem.Message, problem.Code)} [{problem.Code}]";
    }

    /// <summary><c>message; advice</c> (a full stop that ends the message dropped), or the message when no flag helps.</summary>
    public static string WithAdvice(string message, ProblemCode code) =>
        Advice(code) is { } advice ? $"{(message.EndsWith('.') ? message[..^1] : message)}; {advice}" : message;

    /// <summary>Every problem as one line each.</summary>
    public static string[] Describe(IEnumerable<AnalysisProblem> problems) => problems.Select(Describe).ToArray();

    /// <summary>The codes of <paramref name="problems"/>, then of <paramref name="warnings"/>, each once (<see cref="ResultDocument.ProblemCodes"/>).</summary>
    public static string[] Codes(IEnumerable<AnalysisProblem> problems, IEnumerable<Quality.QualityWarning>? warnings = null) =>
        problems.Select(p => p.Code).Concat(warnings?.Select(w => w.Code) ?? []).Distinct().Select(c => c.ToString()).ToArray();
}
