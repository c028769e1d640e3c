namespace HrResponse.Internal;

/// <summary>
/// The cancellation token of the analysis running on this thread, so the long loops of one stage (template counts of
/// the entropies, correlation dimension, DFA scales, Welch segments, Lomb–Scargle frequencies) can end within a fraction
/// of a second of a cancel without a token parameter on every internal kernel. Set by
/// <c>RecordingAnalysis.Compute(…, CancellationToken)</c> for the duration of the call; outside such a call the token
/// is <see cref="CancellationToken.None"/> and a check costs one thread-static read.
/// </summary>
internal static class AnalysisCancellation
{
    [ThreadStatic]
    private static CancellationToken t_token;

    /// <summary>Makes <paramref name="token"/> the current token until the returned scope is disposed (then the previous one).</summary>
    public static Scope Enter(CancellationToken token)
    {
        var previous = t_token;
        t_token = token;
        return new Scope(previous);
    }

    /// <summary>The current token (to hand to worker threads, which <see cref="Enter"/> it).</summary>
    public static CancellationToken Current => t_token;

    /// <summary>Throws <see cref="OperationCanceledException"/> when the current token is cancelled.</summary>
    public static void ThrowIfRequested() => t_token.ThrowIfCancellationRequested();

    /// <summary>Checks every 1,024th value of a loop counter (cheap enough for inner loops).</summary>
    public static void ThrowIfRequestedEvery1024(long i)
    {
        if ((i & 1023) == 0) t_token.ThrowIfCancellationRequested();
    }

    /// <summary>Restores the previous token when disposed.</summary>
    internal readonly struct Scope(CancellationToken previous) : IDisposable
    {
        public void Dispose() => t_token = previous;
    }
}
