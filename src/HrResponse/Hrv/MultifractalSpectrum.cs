namespace HrResponse.Hrv;

/// <summary>
/// Multifractal DFA summary as NeuroKit2 0.2.12 reports it (Kantelhardt et al. 2002; Orozco-Duque et al. 2015;
/// Faini et al. 2021). For q = −5..5: F_q(n) = (mean over boxes of var^(q/2))^(1/q) and F_0 = exp(mean ln var / 2), boxes with var ≤ 1e-8 ms² left out; h(q) = slope of
/// log F_q on log n, τ(q) = q·h(q) − 1, H = ∇τ / ∇q and D = q·H − τ with ∇ the numpy-style gradient (central
/// differences inside, one-sided at the ends, unit spacing).
/// </summary>
/// <remarks>
/// The negative-q moments are dominated by the boxes with the smallest residual variance, so on quantised RR
/// (e.g. 1/128-s resolution) the left side of the spectrum (Width, Mean, Delta, Asymmetry) depends on which
/// near-straight boxes NeuroKit2's 1e-8 ms² cut-off removes. These summaries match NeuroKit2 0.2.12 within 2 %
/// on the reference recordings but should be read with that fragility in mind.
/// </remarks>
public sealed record MultifractalSpectrum
{
    /// <summary>The q values.</summary>
    public required IReadOnlyList<double> Q { get; init; }

    /// <summary>Generalised Hurst exponents h(q).</summary>
    public required IReadOnlyList<double> H { get; init; }

    /// <summary>Width = max H − min H.</summary>
    public required double Width { get; init; }

    /// <summary>Peak = H where D is largest.</summary>
    public required double Peak { get; init; }

    /// <summary>Mean = (max H + min H) / 2.</summary>
    public required double Mean { get; init; }

    /// <summary>Max = D where H is largest.</summary>
    public required double Max { get; init; }

    /// <summary>Delta = D(argmax H) − D(argmin H).</summary>
    public required double Delta { get; init; }

    /// <summary>Asymmetry = (min H − Peak) / Width.</summary>
    public required double Asymmetry { get; init; }

    /// <summary>Fluctuation = Σ (∇∇h)² / (2·max|q| + 2).</summary>
    public required double Fluctuation { get; init; }

    /// <summary>Increment = Σ (∇h)² / ∇q.</summary>
    public required double Increment { get; init; }

    /// <summary>All NaN.</summary>
    public static MultifractalSpectrum NaN { get; } = new()
    {
        Q = [], H = [], Width = double.NaN, Peak = double.NaN, Mean = double.NaN, Max = double.NaN,
        Delta = double.NaN, Asymmetry = double.NaN, Fluctuation = double.NaN, Increment = double.NaN,
    };
}
