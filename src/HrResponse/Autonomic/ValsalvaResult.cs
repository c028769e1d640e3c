namespace HrResponse.Autonomic;

/// <summary>
/// The Valsalva manoeuvre of one recording: where the strain was and how it was found, the heart-rate response
/// (Valsalva ratio, heart-rate change during strain) and, with blood pressure, the systolic landmarks of phases I–IV,
/// pressure recovery time and baroreflex sensitivities, each with its rating against cited limits. Indices that
/// cannot be computed are NaN and <see cref="Problems"/> says why.
/// </summary>
/// <remarks>
/// Windows (times in seconds on the recording's axis; a beat belongs to a window by its R-peak time):
/// baseline = [start − <see cref="ValsalvaOptions.BaselineDuration"/>, start); strain = [start, release];
/// phase I = [start, start + 5 s]; early phase II = after the phase I peak up to release − 1 s; late phase II = from
/// the early phase II nadir to release; phase III = (release, release + 5 s]; phase IV = (phase III nadir, phase III
/// nadir + 10 s].
/// </remarks>
public sealed record ValsalvaResult : IIndexTableSource
{
    /// <summary>Strain start (phase I onset), seconds; NaN when not found.</summary>
    public required double StrainStartSeconds { get; init; }

    /// <summary>Strain release (start of phase III), seconds; NaN when not found.</summary>
    public required double StrainEndSeconds { get; init; }

    /// <summary>Where the strain times came from.</summary>
    public required EventTimeSource StrainSource { get; init; }

    /// <summary>Strain duration, release − start, seconds.</summary>
    public double StrainDurationSeconds => StrainEndSeconds - StrainStartSeconds;

    /// <summary>Mean heart rate of the beats in the baseline window (60000 / RR averaged over beats), bpm.</summary>
    public double BaselineHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Highest beat heart rate during the strain, bpm.</summary>
    public double MaxHeartRateDuringStrainBpm { get; init; } = double.NaN;

    /// <summary>Heart-rate change during strain: <see cref="MaxHeartRateDuringStrainBpm"/> − <see cref="BaselineHeartRateBpm"/>, bpm.</summary>
    public double HeartRateChangeDuringStrainBpm => MaxHeartRateDuringStrainBpm - BaselineHeartRateBpm;

    /// <summary>Shortest RR interval ending during the strain [start, release], ms.</summary>
    public double ShortestRrDuringStrainMs { get; init; } = double.NaN;

    /// <summary>Time of the beat that ends <see cref="ShortestRrDuringStrainMs"/>, seconds.</summary>
    public double ShortestRrTimeSeconds { get; init; } = double.NaN;

    /// <summary>Longest RR interval ending in (release, release + <see cref="ValsalvaOptions.RatioWindowAfterRelease"/>], ms.</summary>
    public double LongestRrAfterReleaseMs { get; init; } = double.NaN;

    /// <summary>Time of the beat that ends <see cref="LongestRrAfterReleaseMs"/>, seconds.</summary>
    public double LongestRrTimeSeconds { get; init; } = double.NaN;

    /// <summary>
    /// Valsalva ratio (Ewing): <see cref="LongestRrAfterReleaseMs"/> / <see cref="ShortestRrDuringStrainMs"/>,
    /// dimensionless (<see cref="AutonomicCitations.ValsalvaRatio"/>). NaN when either is missing.
    /// </summary>
    public double ValsalvaRatio => LongestRrAfterReleaseMs / ShortestRrDuringStrainMs;

    /// <summary><see cref="ValsalvaRatio"/> against Ewing's limits (≥ 1.21 normal, 1.11–1.20 borderline, ≤ 1.10 abnormal).</summary>
    public AutonomicRating ValsalvaRatioRating => AutonomicReflexLimits.RateValsalvaRatio(ValsalvaRatio);

    /// <summary>True when per-beat blood pressure was available and used.</summary>
    public bool HasPressure { get; init; }

    /// <summary>
    /// Systolic pressure of every beat of the analysed beats (the recording's beats, in order), mmHg, NaN where a beat
    /// has none; empty when no usable pressure was recorded. For charts.
    /// </summary>
    public IReadOnlyList<double> BeatSystolicMmHg { get; init; } = [];

    /// <summary>Mean systolic pressure of the beats in the baseline window, mmHg.</summary>
    public double BaselineSystolicMmHg { get; init; } = double.NaN;

    /// <summary>Phase I: highest systolic pressure in the first 5 s of strain.</summary>
    public SystolicLandmark PhaseI { get; init; } = SystolicLandmark.None;

    /// <summary>Early phase II: lowest systolic pressure after the phase I peak, up to 1 s before release.</summary>
    public SystolicLandmark EarlyPhaseII { get; init; } = SystolicLandmark.None;

    /// <summary>Late phase II: highest systolic pressure from the early phase II nadir to release.</summary>
    public SystolicLandmark LatePhaseII { get; init; } = SystolicLandmark.None;

    /// <summary>Phase III: lowest systolic pressure in the 5 s after release.</summary>
    public SystolicLandmark PhaseIII { get; init; } = SystolicLandmark.None;

    /// <summary>Phase IV: highest systolic pressure in the 10 s after the phase III nadir (the overshoot).</summary>
    public SystolicLandmark PhaseIV { get; init; } = SystolicLandmark.None;

    /// <summary>Fall of systolic pressure in early phase II: baseline − early phase II nadir, mmHg.</summary>
    public double EarlyPhaseIIFallMmHg => BaselineSystolicMmHg - EarlyPhaseII.SystolicMmHg;

    /// <summary>Late phase II recovery: late phase II peak − early phase II nadir, mmHg; 0 when pressure kept falling to the release (recovery absent).</summary>
    public double LatePhaseIIRecoveryMmHg => LatePhaseII.SystolicMmHg - EarlyPhaseII.SystolicMmHg;

    /// <summary>Phase IV overshoot: phase IV peak − baseline, mmHg; ≤ 0 means no overshoot.</summary>
    public double PhaseIVOvershootMmHg => PhaseIV.SystolicMmHg - BaselineSystolicMmHg;

    /// <summary>
    /// Pressure recovery time: from the phase III nadir to the first later beat whose systolic pressure is at least
    /// the baseline, seconds (<see cref="AutonomicCitations.BaroreflexSensitivity"/>). NaN when pressure did not
    /// return to baseline within 30 s of the nadir (then <see cref="PressureNotRecovered"/> is true).
    /// </summary>
    public double PressureRecoveryTimeSeconds { get; init; } = double.NaN;

    /// <summary>True when systolic pressure did not return to the baseline within 30 s of the phase III nadir.</summary>
    public bool PressureNotRecovered { get; init; }

    /// <summary>
    /// Adrenergic baroreflex sensitivity BRSa (Schrezenmaier 2007, Novak 2011): (baseline systolic − phase III
    /// systolic) / <see cref="PressureRecoveryTimeSeconds"/>, mmHg/s. NaN without recovery or pressure.
    /// </summary>
    public double AdrenergicBaroreflexSensitivityMmHgPerSecond => (BaselineSystolicMmHg - PhaseIII.SystolicMmHg) / PressureRecoveryTimeSeconds;

    /// <summary>
    /// Vagal baroreflex gain BRSv (Schrezenmaier 2007): least-squares slope of RR (ms) on systolic pressure (mmHg) of the
    /// beats from the phase I peak to the early phase II nadir (falling pressure, shortening RR), ms/mmHg. NaN with
    /// fewer than 3 beats or no pressure change.
    /// </summary>
    public double VagalBaroreflexGainMsPerMmHg { get; init; } = double.NaN;

    /// <summary>
    /// The blood-pressure pattern against the signs of adrenergic failure (<see cref="AutonomicCitations.ValsalvaPhases"/>):
    /// abnormal when late phase II recovery is absent (≤ 0 mmHg), the phase IV overshoot is absent (≤ 0 mmHg), or
    /// pressure does not recover within 30 s; normal otherwise; not rated without pressure landmarks.
    /// </summary>
    public AutonomicRating PressureRating { get; init; }

    /// <summary>Why <see cref="PressureRating"/> is what it is, in words (empty when not rated).</summary>
    public string PressureRatingReason { get; init; } = string.Empty;

    /// <summary>The Valsalva ratio's definition and window, in words.</summary>
    public string RatioDefinition { get; init; } = string.Empty;

    /// <summary>What could not be computed, or is to be read with care, and why.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The indices: <c>VALSALVA_StrainStart</c>, <c>VALSALVA_StrainEnd</c>, <c>VALSALVA_StrainDuration</c> (s),
    /// <c>VALSALVA_Ratio</c>, <c>VALSALVA_RR_Min</c>, <c>VALSALVA_RR_Max</c> (ms), <c>VALSALVA_HR_Baseline</c>,
    /// <c>VALSALVA_HR_Max</c>, <c>VALSALVA_HR_Change</c> (bpm), <c>VALSALVA_SBP_Baseline</c>, <c>VALSALVA_SBP_I</c>,
    /// <c>VALSALVA_SBP_IIe</c>, <c>VALSALVA_SBP_IIl</c>, <c>VALSALVA_SBP_III</c>, <c>VALSALVA_SBP_IV</c>,
    /// <c>VALSALVA_SBP_IIeFall</c>, <c>VALSALVA_SBP_IIlRecovery</c>, <c>VALSALVA_SBP_IVOvershoot</c> (mmHg),
    /// <c>VALSALVA_PRT</c> (s), <c>VALSALVA_BRSa</c> (mmHg/s), <c>VALSALVA_BRSv</c> (ms/mmHg), and the ratings
    /// <c>VALSALVA_Ratio_Rating</c>, <c>VALSALVA_BP_Rating</c> (0 not rated, 1 normal, 2 borderline, 3 abnormal).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["VALSALVA_StrainStart"] = StrainStartSeconds,
        ["VALSALVA_StrainEnd"] = StrainEndSeconds,
        ["VALSALVA_StrainDuration"] = StrainDurationSeconds,
        ["VALSALVA_Ratio"] = ValsalvaRatio,
        ["VALSALVA_Ratio_Rating"] = (double)ValsalvaRatioRating,
        ["VALSALVA_RR_Min"] = ShortestRrDuringStrainMs,
        ["VALSALVA_RR_Max"] = LongestRrAfterReleaseMs,
        ["VALSALVA_HR_Baseline"] = BaselineHeartRateBpm,
        ["VALSALVA_HR_Max"] = MaxHeartRateDuringStrainBpm,
        ["VALSALVA_HR_Change"] = HeartRateChangeDuringStrainBpm,
        ["VALSALVA_SBP_Baseline"] = BaselineSystolicMmHg,
        ["VALSALVA_SBP_I"] = PhaseI.SystolicMmHg,
        ["VALSALVA_SBP_IIe"] = EarlyPhaseII.SystolicMmHg,
        ["VALSALVA_SBP_IIl"] = LatePhaseII.SystolicMmHg,
        ["VALSALVA_SBP_III"] = PhaseIII.SystolicMmHg,
        ["VALSALVA_SBP_IV"] = PhaseIV.SystolicMmHg,
        ["VALSALVA_SBP_IIeFall"] = EarlyPhaseIIFallMmHg,
        ["VALSALVA_SBP_IIlRecovery"] = LatePhaseIIRecoveryMmHg,
        ["VALSALVA_SBP_IVOvershoot"] = PhaseIVOvershootMmHg,
        ["VALSALVA_PRT"] = PressureRecoveryTimeSeconds,
        ["VALSALVA_BRSa"] = AdrenergicBaroreflexSensitivityMmHgPerSecond,
        ["VALSALVA_BRSv"] = VagalBaroreflexGainMsPerMmHg,
        ["VALSALVA_BP_Rating"] = (double)PressureRating,
    };
}
