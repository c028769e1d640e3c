namespace HrResponse.Signal;

/// <summary>A Burg autoregressive model: coefficients, innovation variance and its spectrum.</summary>
public sealed record BurgResult
{
    internal double[] CoefficientsArray { get; init; } = [];

    /// <summary>
    /// The prediction-error filter <c>a₁..a_p</c> of <c>x[n] + Σ a_k x[n−k] = e[n]</c> (the leading 1 omitted).
    /// </summary>
    public IReadOnlyList<double> Coefficients => CoefficientsArray;

    /// <summary>Variance of the driving white noise e (the final prediction-error power), in (input unit)².</summary>
    public double NoiseVariance { get; init; }

    /// <summary>The model spectrum, <c>2 σ² / (fs |1 + Σ a_k e^(−2πifk/fs)|²)</c> in (input unit)²/Hz on [0, fs/2].</summary>
    public required PowerSpectrum Spectrum { get; init; }
}
