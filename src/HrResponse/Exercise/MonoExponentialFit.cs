namespace HrResponse.Exercise;

/// <summary>
/// Least-squares fit of <c>HR(t) = AsymptoteBpm + AmplitudeBpm · exp(−t / TauSeconds)</c> to recovery heart rate,
/// t in seconds since exercise end. All values NaN, with <see cref="Reason"/>, when no fit was made.
/// </summary>
public sealed record MonoExponentialFit
{
    /// <summary>Time constant τ in seconds.</summary>
    public required double TauSeconds { get; init; }

    /// <summary>Heart rate the curve tends to, bpm.</summary>
    public required double AsymptoteBpm { get; init; }

    /// <summary>Amplitude of the decay (HR at t = 0 minus the asymptote), bpm.</summary>
    public required double AmplitudeBpm { get; init; }

    /// <summary>Coefficient of determination of the fit, <c>1 − SSE/SST</c>.</summary>
    public required double RSquared { get; init; }

    /// <summary>Number of samples fitted.</summary>
    public required int SampleCount { get; init; }

    /// <summary>Why there is no fit, or <c>null</c> when there is one.</summary>
    public string? Reason { get; init; }

    internal static MonoExponentialFit None(int n, string reason) => new()
    {
        TauSeconds = double.NaN,
        AsymptoteBpm = double.NaN,
        AmplitudeBpm = double.NaN,
        RSquared = double.NaN,
        SampleCount = n,
        Reason = reason,
    };
}
