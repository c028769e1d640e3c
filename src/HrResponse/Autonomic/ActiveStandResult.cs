namespace HrResponse.Autonomic;

/// <summary>
/// The active stand (orthostatic) test of one recording: stand-up time and how it was found, the initial heart-rate
/// response, the 30:15 ratio, the heart-rate increase over 10 min with the postural-tachycardia heart-rate criterion,
/// and HRV before and while standing. Indices that cannot be computed are NaN and <see cref="Problems"/> says why.
/// </summary>
/// <remarks>
/// Beats belong to windows by their R-peak time. Beat 1 after standing is the first beat at or after the stand-up.
/// Heart rate per beat is 60000 / RR; window means are means over beats.
/// </remarks>
public sealed record ActiveStandResult : IIndexTableSource
{
    /// <summary>Stand-up time, seconds; NaN when not found.</summary>
    public required double StandSeconds { get; init; }

    /// <summary>Where the stand-up time came from.</summary>
    public required EventTimeSource StandSource { get; init; }

    /// <summary>Mean heart rate over the baseline window before the stand-up, bpm.</summary>
    public double BaselineHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Initial response: highest beat heart rate in the first 20 s of standing, bpm.</summary>
    public double InitialPeakHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Time of <see cref="InitialPeakHeartRateBpm"/> after the stand-up, seconds.</summary>
    public double InitialPeakAfterStandSeconds { get; init; } = double.NaN;

    /// <summary>Initial response: lowest beat heart rate after the peak, up to 45 s after the stand-up (the relative bradycardia), bpm.</summary>
    public double InitialNadirHeartRateBpm { get; init; } = double.NaN;

    /// <summary>Time of <see cref="InitialNadirHeartRateBpm"/> after the stand-up, seconds.</summary>
    public double InitialNadirAfterStandSeconds { get; init; } = double.NaN;

    /// <summary>
    /// 30:15 ratio (Ewing 1978/1980; <see cref="AutonomicCitations.ThirtyFifteenRatio"/>): longest RR among beats
    /// 20–40 / shortest RR among beats 5–25 after standing, dimensionless. NaN with fewer than 40 beats of standing.
    /// </summary>
    public double ThirtyFifteenRatio { get; init; } = double.NaN;

    /// <summary><see cref="ThirtyFifteenRatio"/> against Ewing's limits (≥ 1.04 normal, 1.01–1.03 borderline, ≤ 1.00 abnormal).</summary>
    public AutonomicRating ThirtyFifteenRating => AutonomicReflexLimits.RateThirtyFifteenRatio(ThirtyFifteenRatio);

    /// <summary>
    /// Heart-rate increase at 1, 3, 5 and 10 min of standing: mean heart rate of the beats within ±15 s of that time
    /// minus <see cref="BaselineHeartRateBpm"/>, bpm, in that order; NaN where the recording does not reach that time + 15 s.
    /// </summary>
    public IReadOnlyList<double> HeartRateIncreaseAtMinutesBpm { get; init; } = [double.NaN, double.NaN, double.NaN, double.NaN];

    /// <summary>The times of <see cref="HeartRateIncreaseAtMinutesBpm"/> after the stand-up: 60, 180, 300 and 600 s (1, 3, 5, 10 min).</summary>
    public static IReadOnlyList<double> IncreaseOffsetsSeconds { get; } = [60, 180, 300, 600];

    /// <summary>
    /// Largest sustained heart-rate increase: the highest mean heart rate over any 30 s window from 60 s (after the
    /// initial response) to 10 min of standing, minus <see cref="BaselineHeartRateBpm"/>, bpm.
    /// </summary>
    public double MaxSustainedIncreaseBpm { get; init; } = double.NaN;

    /// <summary>Standing time recorded after the stand-up, up to 10 min, seconds.</summary>
    public double StandingRecordedSeconds { get; init; } = double.NaN;

    /// <summary>The heart-rate threshold of the postural-tachycardia criterion for the subject's age (<see cref="AutonomicReflexLimits.PosturalTachycardiaThresholdBpm"/>), bpm.</summary>
    public double PosturalTachycardiaThresholdBpm { get; init; } = double.NaN;

    /// <summary>
    /// Whether <see cref="MaxSustainedIncreaseBpm"/> reaches <see cref="PosturalTachycardiaThresholdBpm"/>
    /// (<see cref="AutonomicCitations.PosturalTachycardia"/>); <c>null</c> when either is NaN. This is the heart-rate
    /// criterion only: see <see cref="PosturalTachycardiaNote"/>.
    /// </summary>
    public bool? PosturalTachycardiaHeartRateCriterionMet { get; init; }

    /// <summary>What the criterion means here: that a diagnosis also needs symptoms and the absence of orthostatic hypotension (blood pressure), and over how much standing it was assessed.</summary>
    public string PosturalTachycardiaNote { get; init; } = string.Empty;

    /// <summary>True when per-beat systolic and diastolic pressure were recorded and usable for the orthostatic blood-pressure response.</summary>
    public bool HasPressure { get; init; }

    /// <summary>
    /// Systolic pressure of every beat of the analysed beats (the recording's beats, in order), mmHg, NaN where a beat
    /// has none; empty when no usable pressure was recorded (<see cref="HasPressure"/> false). For charts.
    /// </summary>
    public IReadOnlyList<double> BeatSystolicMmHg { get; init; } = [];

    /// <summary>Diastolic pressure of every beat, as <see cref="BeatSystolicMmHg"/>, mmHg.</summary>
    public IReadOnlyList<double> BeatDiastolicMmHg { get; init; } = [];

    /// <summary>Mean systolic pressure of the beats in the baseline window before the stand-up, mmHg; NaN without pressure.</summary>
    public double BaselineSystolicMmHg { get; init; } = double.NaN;

    /// <summary>Mean diastolic pressure of the beats in the baseline window before the stand-up, mmHg; NaN without pressure.</summary>
    public double BaselineDiastolicMmHg { get; init; } = double.NaN;

    /// <summary>
    /// Sustained fall of systolic pressure on standing: <see cref="BaselineSystolicMmHg"/> − the lowest mean systolic
    /// pressure over any 30 s window (1 s steps) from 15 s to 3 min after the stand-up, mmHg (positive = fall). The
    /// first 15 s are left out: their transient fall is initial orthostatic hypotension, a different entity
    /// (<see cref="AutonomicCitations.OrthostaticHypotension"/>). NaN without pressure.
    /// </summary>
    public double SystolicFallMmHg { get; init; } = double.NaN;

    /// <summary>Sustained fall of diastolic pressure on standing, as <see cref="SystolicFallMmHg"/>, mmHg (positive = fall).</summary>
    public double DiastolicFallMmHg { get; init; } = double.NaN;

    /// <summary>
    /// Orthostatic hypotension (Freeman et al. 2011, <see cref="AutonomicCitations.OrthostaticHypotension"/>): a sustained
    /// fall of systolic pressure ≥ 20 mmHg or of diastolic pressure ≥ 10 mmHg within 3 min of standing
    /// (<see cref="SystolicFallMmHg"/>, <see cref="DiastolicFallMmHg"/>). <c>true</c> when met; <c>false</c> when not met
    /// over a full 3 min of recorded standing; <c>null</c> without usable pressure, or when not met over less than 3 min.
    /// A flag from the recording, not a diagnosis.
    /// </summary>
    public bool? OrthostaticHypotension { get; init; }

    /// <summary>
    /// Transient fall of systolic pressure in the first 15 s of standing: <see cref="BaselineSystolicMmHg"/> − the lowest
    /// beat systolic pressure of the beats from the stand-up to 15 s after it, mmHg (positive = fall). NaN without usable
    /// pressure, or when fewer than 80 % of those beats have pressure.
    /// </summary>
    public double InitialSystolicFallMmHg { get; init; } = double.NaN;

    /// <summary>Time of the beat of the systolic nadir of <see cref="InitialSystolicFallMmHg"/> after the stand-up, seconds; NaN when that is NaN.</summary>
    public double InitialSystolicNadirAfterStandSeconds { get; init; } = double.NaN;

    /// <summary>Transient fall of diastolic pressure in the first 15 s of standing, as <see cref="InitialSystolicFallMmHg"/>, mmHg (positive = fall).</summary>
    public double InitialDiastolicFallMmHg { get; init; } = double.NaN;

    /// <summary>Time of the beat of the diastolic nadir of <see cref="InitialDiastolicFallMmHg"/> after the stand-up, seconds.</summary>
    public double InitialDiastolicNadirAfterStandSeconds { get; init; } = double.NaN;

    /// <summary>
    /// Initial orthostatic hypotension (Wieling et al. 2007; Freeman et al. 2011,
    /// <see cref="AutonomicCitations.InitialOrthostaticHypotension"/>): a transient fall of systolic pressure of more than
    /// 40 mmHg (<see cref="InitialSystolicFallMmHg"/> &gt; 40) or of diastolic pressure of more than 20 mmHg
    /// (<see cref="InitialDiastolicFallMmHg"/> &gt; 20) within 15 s of standing. <c>true</c> when met, <c>false</c> when not,
    /// <c>null</c> without usable pressure in the first 15 s. A flag from the recording, not a diagnosis: the definition
    /// also needs symptoms of cerebral hypoperfusion (<see cref="InitialOrthostaticHypotensionNote"/>). The falls are
    /// measured beat by beat (lowest beat value), against the mean of the baseline window.
    /// </summary>
    public bool? InitialOrthostaticHypotension { get; init; }

    /// <summary>What <see cref="InitialOrthostaticHypotension"/> rests on (falls, nadir times, thresholds) and that it needs symptoms to be a diagnosis.</summary>
    public string InitialOrthostaticHypotensionNote { get; init; } = string.Empty;

    /// <summary>RMSSD of the beats before the stand-up (up to <see cref="ActiveStandOptions.HrvWindow"/>, ending 10 s before), ms.</summary>
    public double RmssdBeforeMs { get; init; } = double.NaN;

    /// <summary>RMSSD while standing (from 60 s after the stand-up, up to <see cref="ActiveStandOptions.HrvWindow"/>), ms.</summary>
    public double RmssdStandingMs { get; init; } = double.NaN;

    /// <summary>HF power (0.15–0.40 Hz, the library's default spectrum) before the stand-up, ms².</summary>
    public double HfBeforeMs2 { get; init; } = double.NaN;

    /// <summary>HF power while standing, ms².</summary>
    public double HfStandingMs2 { get; init; } = double.NaN;

    /// <summary>LF/HF before the stand-up, dimensionless.</summary>
    public double LfHfBefore { get; init; } = double.NaN;

    /// <summary>LF/HF while standing, dimensionless.</summary>
    public double LfHfStanding { get; init; } = double.NaN;

    /// <summary>Change of RMSSD on standing (standing − before), ms.</summary>
    public double RmssdChangeMs => RmssdStandingMs - RmssdBeforeMs;

    /// <summary>Change of HF power on standing (standing − before), ms².</summary>
    public double HfChangeMs2 => HfStandingMs2 - HfBeforeMs2;

    /// <summary>Change of LF/HF on standing (standing − before).</summary>
    public double LfHfChange => LfHfStanding - LfHfBefore;

    /// <summary>What could not be computed, or is to be read with care, and why.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The indices: <c>STAND_Time</c> (s), <c>STAND_HR_Baseline</c>, <c>STAND_HR_Peak</c>, <c>STAND_HR_Nadir</c> (bpm),
    /// <c>STAND_PeakTime</c>, <c>STAND_NadirTime</c> (s after stand-up), <c>STAND_30_15</c>, <c>STAND_30_15_Rating</c>,
    /// <c>STAND_HR_Increase_1min</c> … <c>_10min</c>, <c>STAND_HR_Increase_Max</c> (bpm), <c>STAND_POTS_HR_Criterion</c>
    /// (1 met, 0 not met, NaN not assessed), <c>STAND_SBP_Baseline</c>, <c>STAND_DBP_Baseline</c>, <c>STAND_SBP_Fall</c>,
    /// <c>STAND_DBP_Fall</c> (mmHg), <c>STAND_OH</c> (orthostatic hypotension: 1 met, 0 not met, NaN not assessed),
    /// <c>STAND_SBP_InitialFall</c>, <c>STAND_DBP_InitialFall</c> (mmHg), <c>STAND_SBP_InitialNadirTime</c>,
    /// <c>STAND_DBP_InitialNadirTime</c> (s after stand-up), <c>STAND_IOH</c> (initial orthostatic hypotension: 1, 0, NaN),
    /// <c>STAND_RMSSD_Before</c>, <c>STAND_RMSSD_Standing</c>, <c>STAND_RMSSD_Change</c>
    /// (ms), <c>STAND_HF_Before</c>, <c>STAND_HF_Standing</c>, <c>STAND_HF_Change</c> (ms²), <c>STAND_LFHF_Before</c>,
    /// <c>STAND_LFHF_Standing</c>, <c>STAND_LFHF_Change</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>
        {
            ["STAND_Time"] = StandSeconds,
            ["STAND_HR_Baseline"] = BaselineHeartRateBpm,
            ["STAND_HR_Peak"] = InitialPeakHeartRateBpm,
            ["STAND_PeakTime"] = InitialPeakAfterStandSeconds,
            ["STAND_HR_Nadir"] = InitialNadirHeartRateBpm,
            ["STAND_NadirTime"] = InitialNadirAfterStandSeconds,
            ["STAND_30_15"] = ThirtyFifteenRatio,
            ["STAND_30_15_Rating"] = (double)ThirtyFifteenRating,
        };
        for (var i = 0; i < IncreaseOffsetsSeconds.Count; i++)
            table[string.Create(System.Globalization.CultureInfo.InvariantCulture, $"STAND_HR_Increase_{IncreaseOffsetsSeconds[i] / 60:0}min")] = HeartRateIncreaseAtMinutesBpm[i];
        table["STAND_HR_Increase_Max"] = MaxSustainedIncreaseBpm;
        table["STAND_POTS_HR_Criterion"] = PosturalTachycardiaHeartRateCriterionMet switch { true => 1, false => 0, null => double.NaN };
        table["STAND_SBP_Baseline"] = BaselineSystolicMmHg;
        table["STAND_DBP_Baseline"] = BaselineDiastolicMmHg;
        table["STAND_SBP_Fall"] = SystolicFallMmHg;
        table["STAND_DBP_Fall"] = DiastolicFallMmHg;
        table["STAND_OH"] = OrthostaticHypotension switch { true => 1, false => 0, null => double.NaN };
        table["STAND_SBP_InitialFall"] = InitialSystolicFallMmHg;
        table["STAND_SBP_InitialNadirTime"] = InitialSystolicNadirAfterStandSeconds;
        table["STAND_DBP_InitialFall"] = InitialDiastolicFallMmHg;
        table["STAND_DBP_InitialNadirTime"] = InitialDiastolicNadirAfterStandSeconds;
        table["STAND_IOH"] = InitialOrthostaticHypotension switch { true => 1, false => 0, null => double.NaN };
        table["STAND_RMSSD_Before"] = RmssdBeforeMs;
        table["STAND_RMSSD_Standing"] = RmssdStandingMs;
        table["STAND_RMSSD_Change"] = RmssdChangeMs;
        table["STAND_HF_Before"] = HfBeforeMs2;
        table["STAND_HF_Standing"] = HfStandingMs2;
        table["STAND_HF_Change"] = HfChangeMs2;
        table["STAND_LFHF_Before"] = LfHfBefore;
        table["STAND_LFHF_Standing"] = LfHfStanding;
        table["STAND_LFHF_Change"] = LfHfChange;
        return table;
    }
}
