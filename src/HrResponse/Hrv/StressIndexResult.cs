namespace HrResponse.Hrv;

/// <summary>
/// Baevsky's stress index (Baevsky &amp; Chernikova 2017) from the histogram of all intervals with bins
/// [k·w, (k+1)·w) ms: SI = AMo / (2 · Mo · MxDMn) with AMo in %, Mo and MxDMn in seconds. NaN when N &lt; 2 or all
/// intervals are equal. Gaps do not matter (only the distribution is used).
/// </summary>
public sealed record StressIndexResult
{
    /// <summary>Bin width w, ms.</summary>
    public required double BinWidthMs { get; init; }

    /// <summary>Mode Mo: centre of the fullest bin (the shortest-interval bin on ties), ms.</summary>
    public required double ModeMs { get; init; }

    /// <summary>Amplitude of the mode AMo: percentage of intervals in the modal bin, %.</summary>
    public required double AmplitudeOfModePercent { get; init; }

    /// <summary>Variation range MxDMn = longest − shortest interval, ms.</summary>
    public required double VariationRangeMs { get; init; }

    /// <summary>SI = AMo / (2 · Mo/1000 · MxDMn/1000).</summary>
    public required double StressIndex { get; init; }

    /// <summary>√SI, the value Kubios HRV reports as its "stress index".</summary>
    public double SqrtStressIndex => Math.Sqrt(StressIndex);
}
