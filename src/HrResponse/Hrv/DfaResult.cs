namespace HrResponse.Hrv;

/// <summary>
/// Detrended fluctuation analysis (Peng et al. 1995) of the RR series: the profile y = cumsum(RR − mean RR) is cut
/// into boxes of n beats, a polynomial is removed from each, and F(n) is the RMS residual. Gaps are ignored: the
/// series is analysed as if the intervals were contiguous.
/// </summary>
public sealed record DfaResult
{
    /// <summary>Short-term exponent α1 and its F(n).</summary>
    public required DfaFit Alpha1 { get; init; }

    /// <summary>Long-term exponent α2 and its F(n).</summary>
    public required DfaFit Alpha2 { get; init; }

    /// <summary>Box placement used.</summary>
    public required DfaWindowing Windowing { get; init; }

    /// <summary>Detrending polynomial order used.</summary>
    public required int DetrendOrder { get; init; }
}
