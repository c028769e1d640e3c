namespace HrResponse.Quality;

/// <summary>How artifacts (ectopic, missed, extra, long and short beats) are found in an RR series.</summary>
/// <remarks>
/// Whatever the method (except <see cref="None"/>), intervals that span several lost beats
/// (<see cref="ArtifactType.Dropout"/>) are found first and become gaps, and detection never looks across a gap.
/// Beat-time discontinuities in the input (<see cref="ArtifactType.Discontinuity"/>) are gaps for every method.
/// </remarks>
public enum ArtifactDetectionMethod
{
    /// <summary>No detection and no correction: the intervals are passed through unchanged (input time discontinuities are still marked as gaps).</summary>
    None,

    /// <summary>
    /// Lipponen &amp; Tarvainen (2019), the method behind Kubios HRV's automatic correction: successive differences
    /// (dRR) and deviations from an 11-beat median (mRR) are normalised by a time-varying threshold
    /// (α = 5.2 times the quartile deviation over 91 beats) and classified in two subspaces (constants c1 = 0.13,
    /// c2 = 0.17) into ectopic, long, short, missed and extra beats; detection and correction are repeated while the
    /// number of artifacts found keeps falling. Lipponen JA, Tarvainen MP. A robust algorithm for heart rate
    /// variability time series artefact correction using novel beat classification. J Med Eng Technol
    /// 2019;43(3):173–181. doi:10.1080/03091902.2019.1640306.
    /// <para>Our additions, each needed to reach ≥ 95 % sensitivity and positive predictive value per artifact type
    /// on real NSR and Polar H10 recordings with injected artifacts (docs/validation.md): (1) both thresholds
    /// are at least <see cref="ArtifactCorrectionOptions.LipponenMinimumThresholdPercent"/> (10 %) of the local median
    /// (set 0 for the published rule); (2) an ectopic pair's two intervals must deviate from the median in opposite
    /// directions, the smaller deviation at least 40 % of the larger; (3) a long interval needs the drop right after
    /// it, and a short one the rise right after it unless the pair adds up to an extra beat; (4) a missed beat must be
    /// longer than 1.5 times the median; (5) passes after the first reuse the first pass's quartile thresholds. The
    /// later refinements are summarised under <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>; each is
    /// documented with the recording that needed it in docs/beat-quality.md.</para>
    /// </summary>
    LipponenTarvainen2019,

    /// <summary>Kubios-style threshold: an interval is an artifact when it differs from the local median by more than 450 ms (at 60 bpm; see <see cref="ArtifactCorrectionOptions.ScaleThresholdToHeartRate"/>).</summary>
    ThresholdVeryLow,

    /// <summary>Kubios-style threshold of 350 ms from the local median (at 60 bpm).</summary>
    ThresholdLow,

    /// <summary>Kubios-style threshold of 250 ms from the local median (at 60 bpm).</summary>
    ThresholdMedium,

    /// <summary>Kubios-style threshold of 150 ms from the local median (at 60 bpm).</summary>
    ThresholdStrong,

    /// <summary>Kubios-style threshold of 50 ms from the local median (at 60 bpm).</summary>
    ThresholdVeryStrong,

    /// <summary>
    /// Malik rule: an interval is an artifact when it differs from the preceding accepted interval by more than
    /// <see cref="ArtifactCorrectionOptions.RelativeChangePercent"/> (20 %) of that interval. Malik M et al.,
    /// Geometrical methods for heart rate variability assessment (1995); as in the hrv-analysis package.
    /// </summary>
    Malik,

    /// <summary>
    /// Karlsson rule: an interval is an artifact when it differs from the mean of its two neighbours by more than
    /// <see cref="ArtifactCorrectionOptions.RelativeChangePercent"/> (20 %) of that mean. The neighbours are the
    /// recorded ones (as in the hrv-analysis package), so a large artifact also flags its two neighbours. Karlsson M, Hörnsten R,
    /// Rydberg A, Wiklund U. Automatic filtering of outliers in RR intervals before analysis of heart rate
    /// variability in Holter recordings: a comparison with carefully edited data. Biomed Eng Online 2012;11:2.
    /// </summary>
    Karlsson,

    /// <summary>
    /// Kamath rule: an interval is an artifact when it is more than 32.5 % longer or more than 24.5 % shorter than the
    /// preceding accepted interval. Kamath MV, Fallen EL. Correction of the heart rate variability signal for ectopics
    /// and missing beats. In: Malik M, Camm AJ (eds), Heart Rate Variability (1995).
    /// </summary>
    Kamath,

    /// <summary>
    /// Acar rule: an interval is an artifact when it differs from the mean of the last 9 accepted intervals by more
    /// than <see cref="ArtifactCorrectionOptions.RelativeChangePercent"/> (20 %) of that mean. Acar B, Savelieva I,
    /// Hemingway H, Malik M. Automatic ectopic beat elimination in short-term heart rate variability measurement.
    /// Comput Methods Programs Biomed 2000;63(2):123–131.
    /// </summary>
    Acar,

    /// <summary>
    /// Absolute range: an interval is an artifact when it is shorter than
    /// <see cref="ArtifactCorrectionOptions.AbsoluteMinMs"/> or longer than <see cref="ArtifactCorrectionOptions.AbsoluteMaxMs"/>
    /// (300–2000 ms, i.e. 30–200 bpm, by default).
    /// </summary>
    AbsoluteRange,
}
