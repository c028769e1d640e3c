using HrResponse.Internal;

namespace HrResponse.Hrv;

/// <summary>
/// Settings of <see cref="NonlinearAnalysis.Compute(RrIntervals, NonlinearOptions?)"/>. <see cref="Default"/> follows the common textbook/Kubios
/// choices; <see cref="NeuroKit2"/> reproduces <c>nk.hrv_nonlinear</c> of NeuroKit2 0.2.12.
/// </summary>
/// <remarks>
/// The <see cref="NeuroKit2"/> preset is verified against NeuroKit2 0.2.12 on 15 real recordings (docs/validation.md):
/// Poincaré, asymmetry and fragmentation indices to 1e-9 relative; ApEn, SampEn, ShanEn, FuzzyEn, MSEn, CMSEn,
/// RCMSEn and the correlation dimension to 1e-6; DFA α1/α2 within 0.01; MFDFA summaries, HFD, KFD and LZC within
/// 2 %. The <see cref="Default"/> preset differs only in the DFA box sizes and windowing, the box-size rule, the
/// multiscale scales, the correlation-dimension radii and the limit on quadratic indices.
/// </remarks>
public sealed record NonlinearOptions
{
    /// <summary>How SD1 and SD2 are computed. Default <see cref="Hrv.PoincareMethod.PairProjections"/>.</summary>
    public PoincareMethod PoincareMethod { get; init; } = PoincareMethod.PairProjections;

    /// <summary>Divisor of the standard deviations behind SD1 and SD2. Default <see cref="DeviationEstimator.SampleNMinus1"/> (NeuroKit2).</summary>
    public DeviationEstimator PoincareEstimator { get; init; } = DeviationEstimator.SampleNMinus1;

    /// <summary>Embedding dimension m of ApEn, SampEn, FuzzyEn and the multiscale entropies. Default 2.</summary>
    public int EmbeddingDimension { get; init; } = 2;

    /// <summary>Embedding delay τ in beats. Default 1.</summary>
    public int EmbeddingDelay { get; init; } = 1;

    /// <summary>Tolerance r as a multiple of the SD of the intervals. Default 0.2 (r = 0.2·SD). Ignored when <see cref="ToleranceMs"/> is set.</summary>
    public double ToleranceSdFactor { get; init; } = 0.2;

    /// <summary>SD estimator of the tolerance. Default <see cref="EntropyToleranceEstimator.SampleStandardDeviation"/> (N − 1), as NeuroKit2.</summary>
    public EntropyToleranceEstimator ToleranceEstimator { get; init; } = EntropyToleranceEstimator.SampleStandardDeviation;

    /// <summary>A fixed tolerance r in ms instead of the SD rule; null (default) uses <see cref="ToleranceSdFactor"/>.</summary>
    public double? ToleranceMs { get; init; }

    /// <summary>
    /// Largest coarse-graining scale of MSEn, CMSEn and RCMSEn. Default 20 (Costa et al. 2005). Null uses NeuroKit2's
    /// rule: scales 1 .. ⌊N / (m + 10)⌋ − 1.
    /// </summary>
    public int? MultiscaleMaxScale { get; init; } = 20;

    /// <summary>
    /// FuzzyEn and the correlation dimension sum over every pair of distinct templates (no exact shortcut exists for
    /// their continuous membership; repeated templates of quantised RR are counted once with their multiplicity, but a
    /// series of continuous values costs O(N²)), so they are NaN above this many intervals; so are MSEn, CMSEn and RCMSEn when
    /// <see cref="MultiscaleMaxScale"/> is null (NeuroKit2's scale rule grows with N). Default 20,000 (about 5 h);
    /// null = no limit.
    /// </summary>
    public int? QuadraticIndicesMaxIntervals { get; init; } = 20_000;

    /// <summary>
    /// Most threads the scales of MSEn, CMSEn and RCMSEn are computed on. Default 1 (sequential, on the calling
    /// thread); −1 = as many as the runtime chooses (<see cref="ParallelOptions.MaxDegreeOfParallelism"/>). The values
    /// are identical whatever the setting (each scale is computed by the same code); only the wall time changes,
    /// mostly on long series (hundreds of thousands of beats), where each scale is an exact template count.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Smallest box size of DFA α1, beats. Default 4.</summary>
    public int DfaAlpha1MinBeats { get; init; } = 4;

    /// <summary>Largest box size of DFA α1, beats. Default 16 (Peng et al. 1995; Kubios).</summary>
    public int DfaAlpha1MaxBeats { get; init; } = 16;

    /// <summary>Smallest box size of DFA α2, beats. Default 16.</summary>
    public int DfaAlpha2MinBeats { get; init; } = 16;

    /// <summary>Largest box size of DFA α2, beats. Default 64. Null uses NeuroKit2's rule ⌊(N + 1) / 10⌋.</summary>
    public int? DfaAlpha2MaxBeats { get; init; } = 64;

    /// <summary>Box placement. Default <see cref="DfaWindowing.NonOverlapping"/>.</summary>
    public DfaWindowing DfaWindowing { get; init; } = DfaWindowing.NonOverlapping;

    /// <summary>How F(n) averages the boxes. Default <see cref="Hrv.DfaFluctuationAverage.RootMeanSquare"/>.</summary>
    public DfaFluctuationAverage DfaFluctuationAverage { get; init; } = DfaFluctuationAverage.RootMeanSquare;

    /// <summary>
    /// Whether boxes with a straight-line profile (residual variance ≤ 1e-8 ms²) count in F(n). Default
    /// <see cref="Hrv.DfaFlatBoxes.Excluded"/> (NeuroKit2); <see cref="Hrv.DfaFlatBoxes.Included"/> follows nolds.
    /// </summary>
    public DfaFlatBoxes DfaFlatBoxes { get; init; } = DfaFlatBoxes.Excluded;

    /// <summary>Order of the polynomial removed in every box. Default 1 (linear, DFA1).</summary>
    public int DfaDetrendOrder { get; init; } = 1;

    /// <summary>Which requested box sizes are used. Default <see cref="DfaBoxSizeRule.AtLeastFourBoxes"/>.</summary>
    public DfaBoxSizeRule DfaBoxSizeRule { get; init; } = DfaBoxSizeRule.AtLeastFourBoxes;

    /// <summary>
    /// Radii of the correlation dimension. Default <see cref="CorrelationDimensionRadii.FractionOfRange"/> (2.5 %–50 %
    /// of the largest distance, the documented rule); <see cref="NeuroKit2"/> uses
    /// <see cref="CorrelationDimensionRadii.NeuroKit2"/>, the radii NeuroKit2 0.2.12 actually computes.
    /// </summary>
    public CorrelationDimensionRadii CorrelationDimensionRadii { get; init; } = CorrelationDimensionRadii.FractionOfRange;

    /// <summary>Largest k of the Higuchi fractal dimension. Default 10 (as NeuroKit2's hrv_nonlinear).</summary>
    public int HiguchiKMax { get; init; } = 10;

    /// <summary>Histogram bin width of the stress index, ms. Default 50 ms (Baevsky).</summary>
    public double StressIndexBinWidthMs { get; init; } = 50;

    /// <summary>Norms and weights of the PNS/SNS indices. Default <see cref="AutonomicNorms.Nunan2010"/>.</summary>
    public AutonomicNorms AutonomicNorms { get; init; } = AutonomicNorms.Nunan2010;

    /// <summary>Defaults: m = 2, r = 0.2·SD (N−1), DFA α1 4–16 and α2 16–64 beats, non-overlapping, linear; MSE scales 1–20.</summary>
    public static NonlinearOptions Default { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12's <c>hrv_nonlinear</c>: DFA α1 over 4–11 beats and α2 over 12–⌊(N+1)/10⌋ beats with half-overlapping
    /// boxes, every box size used; MSE scales by NeuroKit2's rule; correlation-dimension radii as NeuroKit2 0.2.12
    /// computes them (<see cref="CorrelationDimensionRadii.NeuroKit2"/>); no limit on quadratic indices. Meant for
    /// short-term recordings: on 24-hour series its ⌊N/12⌋ multiscale scales and unlimited O(N²) FuzzyEn and
    /// correlation dimension take minutes (NeuroKit2 itself runs out of memory there); use <see cref="Default"/>.
    /// </summary>
    public static NonlinearOptions NeuroKit2 { get; } = new()
    {
        DfaAlpha1MinBeats = 4,
        DfaAlpha1MaxBeats = 11,
        DfaAlpha2MinBeats = 12,
        DfaAlpha2MaxBeats = null,
        DfaWindowing = DfaWindowing.HalfOverlapping,
        DfaBoxSizeRule = DfaBoxSizeRule.AllRequested,
        MultiscaleMaxScale = null,
        QuadraticIndicesMaxIntervals = null,
        CorrelationDimensionRadii = CorrelationDimensionRadii.NeuroKit2,
    };

    /// <summary>Checks every setting; throws naming the property, the rule and the value.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (EmbeddingDimension < 1) Throw(nameof(EmbeddingDimension), "at least 1", EmbeddingDimension);
        if (EmbeddingDelay < 1) Throw(nameof(EmbeddingDelay), "at least 1", EmbeddingDelay);
        if (ToleranceMs is { } r && (!double.IsFinite(r) || r < 0)) Throw(nameof(ToleranceMs), "a finite number ≥ 0 ms", r);
        if (!double.IsFinite(ToleranceSdFactor) || ToleranceSdFactor < 0) Throw(nameof(ToleranceSdFactor), "a finite number ≥ 0", ToleranceSdFactor);
        if (MultiscaleMaxScale is < 1) Throw(nameof(MultiscaleMaxScale), "at least 1", MultiscaleMaxScale.Value);
        if (MaxDegreeOfParallelism is 0 or < -1) Throw(nameof(MaxDegreeOfParallelism), "at least 1, or −1 for no limit", MaxDegreeOfParallelism);
        if (QuadraticIndicesMaxIntervals is < 0) Throw(nameof(QuadraticIndicesMaxIntervals), "at least 0", QuadraticIndicesMaxIntervals.Value);
        if (DfaAlpha1MinBeats < 2) Throw(nameof(DfaAlpha1MinBeats), "at least 2 beats", DfaAlpha1MinBeats);
        if (DfaAlpha1MaxBeats <= DfaAlpha1MinBeats) Throw(nameof(DfaAlpha1MaxBeats), $"greater than DfaAlpha1MinBeats ({DfaAlpha1MinBeats})", DfaAlpha1MaxBeats);
        if (DfaAlpha2MinBeats < 2) Throw(nameof(DfaAlpha2MinBeats), "at least 2 beats", DfaAlpha2MinBeats);
        if (DfaAlpha2MaxBeats is { } a2 && a2 <= DfaAlpha2MinBeats) Throw(nameof(DfaAlpha2MaxBeats), $"greater than DfaAlpha2MinBeats ({DfaAlpha2MinBeats})", a2);
        if (DfaDetrendOrder < 0 || DfaDetrendOrder > 5) Throw(nameof(DfaDetrendOrder), "in [0, 5]", DfaDetrendOrder);
        if (!Enum.IsDefined(PoincareMethod)) Throw(nameof(PoincareMethod), "a defined PoincareMethod value", (int)PoincareMethod);
        if (!Enum.IsDefined(PoincareEstimator)) Throw(nameof(PoincareEstimator), "a defined DeviationEstimator value", (int)PoincareEstimator);
        if (!Enum.IsDefined(DfaWindowing)) Throw(nameof(DfaWindowing), "a defined DfaWindowing value", (int)DfaWindowing);
        if (!Enum.IsDefined(DfaFluctuationAverage)) Throw(nameof(DfaFluctuationAverage), "a defined DfaFluctuationAverage value", (int)DfaFluctuationAverage);
        if (!Enum.IsDefined(DfaFlatBoxes)) Throw(nameof(DfaFlatBoxes), "a defined DfaFlatBoxes value", (int)DfaFlatBoxes);
        if (!Enum.IsDefined(DfaBoxSizeRule)) Throw(nameof(DfaBoxSizeRule), "a defined DfaBoxSizeRule value", (int)DfaBoxSizeRule);
        if (!Enum.IsDefined(ToleranceEstimator)) Throw(nameof(ToleranceEstimator), "a defined EntropyToleranceEstimator value", (int)ToleranceEstimator);
        if (!Enum.IsDefined(CorrelationDimensionRadii)) Throw(nameof(CorrelationDimensionRadii), "a defined CorrelationDimensionRadii value", (int)CorrelationDimensionRadii);
        if (HiguchiKMax < 2) Throw(nameof(HiguchiKMax), "at least 2", HiguchiKMax);
        if (!(StressIndexBinWidthMs > 0) || !double.IsFinite(StressIndexBinWidthMs)) Throw(nameof(StressIndexBinWidthMs), "a finite number > 0 ms", StressIndexBinWidthMs);
        ArgumentNullException.ThrowIfNull(AutonomicNorms, nameof(AutonomicNorms));
    }

    private static void Throw(string name, string rule, double value) =>
        throw new ArgumentException($"NonlinearOptions.{name} must be {rule}; it is {Guard.Show(value)}.", name);
}
