namespace HrResponse.Hrv;

/// <summary>
/// Settings of <see cref="TimeDomainAnalysis.Compute(ReadOnlySpan{double}, TimeDomainOptions?)"/>: the choices on which
/// HRV tools disagree. The defaults follow the Task Force (1996) definitions.
/// </summary>
/// <remarks>
/// SDNN, SDANN, SDNNI and SDHR always use the N − 1 sample standard deviation (as NeuroKit2 does);
/// percentiles use linear interpolation between order statistics (NumPy's default, R's type 7); MadNN is scaled by
/// 1.4826. SDANN/SDNNI segments are 1, 2 and 5 minutes long.
/// </remarks>
public sealed record TimeDomainOptions
{
    /// <summary>The Task Force bin width of HTI and TINN: 1/128 s = 7.8125 ms.</summary>
    public static readonly TimeSpan TaskForceBinWidth = TimeSpan.FromTicks(78_125);

    /// <summary>What pNN50/pNN20 divide by. Default <see cref="Hrv.PnnDenominator.SuccessiveDifferences"/>.</summary>
    public PnnDenominator PnnDenominator { get; init; } = PnnDenominator.SuccessiveDifferences;

    /// <summary>The divisor of SDSD. Default <see cref="DeviationEstimator.SampleNMinus1"/>.</summary>
    public DeviationEstimator SdsdEstimator { get; init; } = DeviationEstimator.SampleNMinus1;

    /// <summary>How SDANN/SDNNI segments are formed. Default <see cref="Hrv.SegmentRule.CompleteClockAligned"/>.</summary>
    public SegmentRule SegmentRule { get; init; } = SegmentRule.CompleteClockAligned;

    /// <summary>How the TINN triangle is fitted. Default <see cref="Hrv.TinnMethod.FullLeastSquares"/>.</summary>
    public TinnMethod TinnMethod { get; init; } = TinnMethod.FullLeastSquares;

    /// <summary>How intervals fall into histogram bins. Default <see cref="Hrv.HistogramBinning.HalfOpen"/>.</summary>
    public HistogramBinning HistogramBinning { get; init; } = HistogramBinning.HalfOpen;

    /// <summary>Bin width of the histogram behind HTI and TINN; positive. Default 1/128 s (7.8125 ms).</summary>
    public TimeSpan HistogramBinWidth { get; init; } = TaskForceBinWidth;

    /// <summary>Task Force (1996) definitions: every default above.</summary>
    public static TimeDomainOptions Default { get; } = new();

    /// <summary>The Task Force (1996) definitions; the same settings as <see cref="Default"/>.</summary>
    public static TimeDomainOptions TaskForce1996 { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12's <c>hrv_time</c>: pNN over intervals, SDSD N − 1, its SDANN/SDNNI windows, its TINN loop and
    /// NumPy histogram, 1/128 s bins. Verified: every index reproduces NeuroKit2 0.2.12 to 1e-9 relative on the
    /// shared reference recordings (docs/validation.md).
    /// </summary>
    public static TimeDomainOptions NeuroKit2 { get; } = new()
    {
        PnnDenominator = PnnDenominator.Intervals,
        SdsdEstimator = DeviationEstimator.SampleNMinus1,
        SegmentRule = SegmentRule.NeuroKit2,
        TinnMethod = TinnMethod.NeuroKit2,
        HistogramBinning = HistogramBinning.NumPy,
        HistogramBinWidth = TaskForceBinWidth,
    };
}
