namespace HrResponse.Hrv;

/// <summary>
/// Population norms and weights for the parasympathetic (PNS) and sympathetic (SNS) summary indices of
/// <see cref="AutonomicBalance"/>. Replace it (e.g. <c>AutonomicNorms.Nunan2010 with { MeanRrMs = new(1000, 120) }</c>)
/// to score against norms of your own population.
/// </summary>
/// <remarks>
/// <para><b>Published values</b> (<see cref="Nunan2010"/>): mean RR 926 ± 90 ms and RMSSD 42 ± 15 ms are the
/// short-term (5-min, supine rest) healthy-adult norms of Nunan, Sandercock &amp; Brodie (2010), "A quantitative
/// systematic review of normal values for short-term heart rate variability in healthy adults", Pacing Clin.
/// Electrophysiol. 33(11):1407–1417, their mean and SD across studies; SDNN there is 50 ± 16 ms.</para>
/// <para><b>Derived values</b> (not published as such, documented so they can be replaced): mean HR 64.8 ± 6.3 bpm is
/// 60000 / 926 with the SD propagated to first order (60000 · 90 / 926²). SD1 29.7 ± 10.6 ms is RMSSD / √2 (SD1 and
/// RMSSD are the same measure up to √2; Ciccone et al. 2017). SD2 64.2 ± 20.5 ms is √(2·SDNN² − SD1²) from the
/// SDNN and SD1 means, its SD scaled by the same coefficient of variation as SDNN (16/50). √(stress index)
/// 10.0 ± 3.0 is centred on Baevsky's resting normal range of the stress index, 50–150 (√ 7.1–12.2), with the
/// half-range as ±1.7 SD; Baevsky &amp; Chernikova (2017), Cardiometry 10:66–76.</para>
/// <para>Kubios HRV's own norms and weights for its PNS/SNS indices are not published in full; these indices follow
/// the same idea with an open derivation and are not expected to equal Kubios's numbers.</para>
/// </remarks>
public sealed record AutonomicNorms
{
    /// <summary>Norm of the mean RR interval, ms.</summary>
    public required ReferenceNorm MeanRrMs { get; init; }

    /// <summary>Norm of RMSSD, ms.</summary>
    public required ReferenceNorm RmssdMs { get; init; }

    /// <summary>Norm of Poincaré SD1, ms.</summary>
    public required ReferenceNorm Sd1Ms { get; init; }

    /// <summary>Norm of mean heart rate, bpm.</summary>
    public required ReferenceNorm MeanHeartRateBpm { get; init; }

    /// <summary>Norm of the square root of Baevsky's stress index (dimensionless).</summary>
    public required ReferenceNorm SqrtStressIndex { get; init; }

    /// <summary>Norm of Poincaré SD2, ms.</summary>
    public required ReferenceNorm Sd2Ms { get; init; }

    /// <summary>Weights of the z-scores of (mean RR, RMSSD, SD1) in the PNS index; default 1/3 each.</summary>
    public (double MeanRr, double Rmssd, double Sd1) PnsWeights { get; init; } = (1 / 3.0, 1 / 3.0, 1 / 3.0);

    /// <summary>
    /// Weights of the z-scores of (mean HR, √stress index, SD2) in the SNS index; default (1/3, 1/3, −1/3): a lower SD2
    /// counts towards higher sympathetic activity.
    /// </summary>
    public (double MeanHr, double SqrtStressIndex, double Sd2) SnsWeights { get; init; } = (1 / 3.0, 1 / 3.0, -1 / 3.0);

    /// <summary>Short-term (5-min) resting norms of healthy adults after Nunan et al. (2010); see the remarks for which are derived.</summary>
    public static AutonomicNorms Nunan2010 { get; } = new()
    {
        MeanRrMs = new(926, 90),
        RmssdMs = new(42, 15),
        Sd1Ms = new(42 / Math.Sqrt(2), 15 / Math.Sqrt(2)),
        MeanHeartRateBpm = new(60000.0 / 926, 60000.0 * 90 / (926.0 * 926.0)),
        SqrtStressIndex = new(10, 3),
        Sd2Ms = new(Math.Sqrt((2 * 50.0 * 50.0) - (42.0 * 42.0 / 2)), Math.Sqrt((2 * 50.0 * 50.0) - (42.0 * 42.0 / 2)) * 16 / 50),
    };
}
