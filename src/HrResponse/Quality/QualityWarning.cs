namespace HrResponse.Quality;

/// <summary>
/// A caveat about the beat quality of a recording that is not an artifact count: the correction ran, but some results
/// computed from the cleaned beats deserve less trust, and this says which and why.
/// </summary>
public sealed record QualityWarning
{
    /// <summary>The stable kind of caveat (a <see cref="ProblemCode"/>, shared with <see cref="AnalysisProblem"/>); branch on this, never on <see cref="Message"/>.</summary>
    public required ProblemCode Code { get; init; }

    /// <summary>What happened, in the library's terms (option names such as <c>LipponenThresholdWindowBeats</c>), for people to read. The wording may change between versions.</summary>
    public required string Message { get; init; }

    /// <summary>
    /// Index-table names of the indices the caveat affects most (e.g. <c>HRV_RMSSD</c>, <c>HRV_HF</c>), in table
    /// order; empty when it affects none in particular.
    /// </summary>
    public IReadOnlyList<string> AffectedIndices { get; init; } = [];

    /// <summary>Indices of the input intervals the caveat concerns, ascending (all of them when the whole recording is concerned).</summary>
    public IReadOnlyList<int> BeatIndices { get; init; } = [];

    /// <summary>
    /// For <see cref="ProblemCode.ShorterThanDetectorWindow"/>: the detection window, in beats, that the
    /// recording (or a gap-free stretch of it) is shorter than; 0 otherwise.
    /// </summary>
    public int WindowBeats { get; init; }

    /// <summary>The message (the code is in <see cref="Code"/>).</summary>
    public override string ToString() => Message;
}
