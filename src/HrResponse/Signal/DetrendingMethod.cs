namespace HrResponse.Signal;

/// <summary>How slow trends are removed from an evenly sampled series before its spectrum is estimated.</summary>
public enum DetrendingMethod
{
    /// <summary>Nothing is removed.</summary>
    None,

    /// <summary>The mean is subtracted.</summary>
    Mean,

    /// <summary>The least-squares straight line over the sample index is subtracted.</summary>
    Linear,

    /// <summary>
    /// Smoothness priors (Tarvainen, Ranta-aho &amp; Karjalainen 2002): subtracts the trend
    /// <c>(I + λ² D₂ᵀD₂)⁻¹ z</c>, D₂ the second-difference matrix. A time-varying high-pass filter whose cut-off
    /// falls as λ grows; λ = 500 at 4 Hz gives about 0.035 Hz (Kubios' default). Solved in O(n) with a banded
    /// (pentadiagonal) LDLᵀ factorisation.
    /// </summary>
    SmoothnessPriors,
}
