namespace HrResponse.Hrv;

/// <summary>
/// Parasympathetic (PNS) and sympathetic (SNS) summary indices in the spirit of Kubios HRV, with an open
/// derivation: each input is turned into a z-score against <see cref="Norms"/> and the z-scores are combined with the
/// documented weights. PNS = w1·z(mean RR) + w2·z(RMSSD) + w3·z(SD1); SNS = v1·z(mean HR) + v2·z(√SI) + v3·z(SD2);
/// by default w = (1/3, 1/3, 1/3) and v = (1/3, 1/3, −1/3). 0 means "at the population mean"; ±1 is one SD.
/// </summary>
/// <remarks>
/// The default norms are 5-minute resting values (<see cref="AutonomicNorms.Nunan2010"/>): the indices are meaningful
/// for short resting recordings and are not comparable with Kubios's own numbers, whose norms and weights are closed.
/// </remarks>
public sealed record AutonomicBalance
{
    /// <summary>Mean RR, ms.</summary>
    public required double MeanRrMs { get; init; }

    /// <summary>RMSSD over differences that do not span a gap, ms.</summary>
    public required double RmssdMs { get; init; }

    /// <summary>Poincaré SD1, ms.</summary>
    public required double Sd1Ms { get; init; }

    /// <summary>Mean heart rate 60000 / mean RR, bpm (Kubios's definition).</summary>
    public required double MeanHeartRateBpm { get; init; }

    /// <summary>√ of Baevsky's stress index.</summary>
    public required double SqrtStressIndex { get; init; }

    /// <summary>Poincaré SD2, ms.</summary>
    public required double Sd2Ms { get; init; }

    /// <summary>PNS index.</summary>
    public required double PnsIndex { get; init; }

    /// <summary>SNS index.</summary>
    public required double SnsIndex { get; init; }

    /// <summary>The norms and weights used.</summary>
    public required AutonomicNorms Norms { get; init; }

    /// <summary>Computes the indices from their inputs.</summary>
    /// <param name="meanRrMs">Mean RR, ms.</param>
    /// <param name="rmssdMs">RMSSD, ms.</param>
    /// <param name="sd1Ms">SD1, ms.</param>
    /// <param name="sqrtStressIndex">√ stress index.</param>
    /// <param name="sd2Ms">SD2, ms.</param>
    /// <param name="norms">Norms and weights.</param>
    public static AutonomicBalance FromIndices(double meanRrMs, double rmssdMs, double sd1Ms, double sqrtStressIndex, double sd2Ms, AutonomicNorms norms)
    {
        ArgumentNullException.ThrowIfNull(norms);
        var meanHr = 60000.0 / meanRrMs;
        var pns = (norms.PnsWeights.MeanRr * norms.MeanRrMs.ZScore(meanRrMs))
                  + (norms.PnsWeights.Rmssd * norms.RmssdMs.ZScore(rmssdMs))
                  + (norms.PnsWeights.Sd1 * norms.Sd1Ms.ZScore(sd1Ms));
        var sns = (norms.SnsWeights.MeanHr * norms.MeanHeartRateBpm.ZScore(meanHr))
                  + (norms.SnsWeights.SqrtStressIndex * norms.SqrtStressIndex.ZScore(sqrtStressIndex))
                  + (norms.SnsWeights.Sd2 * norms.Sd2Ms.ZScore(sd2Ms));
        return new AutonomicBalance
        {
            MeanRrMs = meanRrMs, RmssdMs = rmssdMs, Sd1Ms = sd1Ms, MeanHeartRateBpm = meanHr, SqrtStressIndex = sqrtStressIndex,
            Sd2Ms = sd2Ms, PnsIndex = pns, SnsIndex = sns, Norms = norms,
        };
    }
}
