namespace HrResponse;

/// <summary>
/// Something an analysis could not compute, or computed with a fallback, and why. Results list these instead of
/// throwing: the affected indices are NaN (or use the fallback named in the message), everything else is computed.
/// </summary>
/// <param name="Code">The stable kind of problem; branch on this, never on <see cref="Message"/>.</param>
/// <param name="Message">
/// What happened, in the library's terms (e.g. <c>SubjectInfo.AgeYears</c>), for people to read. The wording may
/// change between versions.
/// </param>
/// <param name="Index">The index-table name mainly affected (e.g. <c>CHRONO_Index</c>), or <c>null</c>.</param>
public sealed record AnalysisProblem(ProblemCode Code, string Message, string? Index = null)
{
    /// <summary>The message (the code is in <see cref="Code"/>).</summary>
    public override string ToString() => Message;
}
