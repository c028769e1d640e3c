namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the autonomic reflex test indices (<c>Autonomic.ValsalvaResult</c>, <c>ActiveStandResult</c>, <c>DeepBreathingResult</c>).</summary>
internal static class AutonomicDefinitions
{
    private const string Ewing = "Ewing et al., Diabetes Care 1985;8:491; Ewing & Clarke, BMJ 1982;285:916";
    private const string Phases = "Low, Semin Neurol 2003;23:407; Sandroni et al., J Appl Physiol 1991;71:1563; Novak, J Vis Exp 2011;53:e2502";
    private const string Brs = "Schrezenmaier et al., Arch Neurol 2007;64:381; Novak, J Vis Exp 2011;53:e2502";
    private const string Stand = "Ewing et al., BMJ 1978;1:145; Ewing et al., J Appl Physiol 1980;49:809";
    private const string Pots = "Freeman et al., Clin Auton Res 2011;21:69";
    private const string Ioh = "Wieling et al., Clin Sci 2007;112:157; Freeman et al., Clin Auton Res 2011;21:69";
    private const string Rating = "0 not rated, 1 normal, 2 borderline, 3 abnormal.";

    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("VALSALVA_StrainStart", "s", "Strain start (phase I onset): explicit, marker, or detected (foot of the phase I SBP rise; else from the heart-rate response).", Phases),
        new("VALSALVA_StrainEnd", "s", "Strain release (start of the phase III drop): explicit, marker, or detected.", Phases),
        new("VALSALVA_StrainDuration", "s", "Release − start. Strains shorter than 12 s are reported (StrainTooShort); the standard strain is 40 mmHg for 15 s.", Phases),
        new("VALSALVA_Ratio", "", "Valsalva ratio: longest RR ending within 30 s after release / shortest RR ending during the strain [start, release]. Limits: ≥ 1.21 normal, 1.11–1.20 borderline, ≤ 1.10 abnormal. NaN without strain.", Ewing),
        new("VALSALVA_Ratio_Rating", "", "VALSALVA_Ratio against Ewing's limits: " + Rating, Ewing),
        new("VALSALVA_RR_Min", "ms", "Shortest RR ending during the strain.", Ewing),
        new("VALSALVA_RR_Max", "ms", "Longest RR ending within 30 s after release.", Ewing),
        new("VALSALVA_HR_Baseline", "bpm", "Mean of 60000/RR over the beats of the 30 s before the strain.", ""),
        new("VALSALVA_HR_Max", "bpm", "Highest beat heart rate during the strain.", ""),
        new("VALSALVA_HR_Change", "bpm", "Heart-rate change during strain: VALSALVA_HR_Max − VALSALVA_HR_Baseline.", Phases),
        new("VALSALVA_SBP_Baseline", "mmHg", "Mean beat systolic pressure over the 30 s before the strain. NaN without usable pressure (per-beat sbp/dbp columns or a waveform: max/min between R peaks).", Phases),
        new("VALSALVA_SBP_I", "mmHg", "Phase I: highest beat SBP in the first 5 s of strain.", Phases),
        new("VALSALVA_SBP_IIe", "mmHg", "Early phase II: lowest beat SBP after the phase I peak up to release − 1 s.", Phases),
        new("VALSALVA_SBP_IIl", "mmHg", "Late phase II: highest beat SBP from the early phase II nadir to release.", Phases),
        new("VALSALVA_SBP_III", "mmHg", "Phase III: lowest beat SBP within 5 s after release.", Phases),
        new("VALSALVA_SBP_IV", "mmHg", "Phase IV: highest beat SBP within 10 s after the phase III nadir (the overshoot).", Phases),
        new("VALSALVA_SBP_IIeFall", "mmHg", "Early phase II fall: baseline − early phase II nadir.", Phases),
        new("VALSALVA_SBP_IIlRecovery", "mmHg", "Late phase II recovery: late phase II peak − early phase II nadir; ≤ 0 = absent (adrenergic failure sign).", Phases),
        new("VALSALVA_SBP_IVOvershoot", "mmHg", "Phase IV overshoot: phase IV peak − baseline; ≤ 0 = absent (adrenergic failure sign).", Phases),
        new("VALSALVA_PRT", "s", "Pressure recovery time: phase III nadir to the first later beat with SBP ≥ baseline. NaN when not recovered within 30 s.", Brs),
        new("VALSALVA_BRSa", "mmHg/s", "Adrenergic baroreflex sensitivity: (baseline SBP − phase III SBP) / PRT.", Brs),
        new("VALSALVA_BRSv", "ms/mmHg", "Vagal baroreflex gain: least-squares slope of RR on SBP over the beats from the phase I peak to the early phase II nadir. NaN with fewer than 3 beats.", Brs),
        new("VALSALVA_BP_Rating", "", "Blood-pressure pattern: abnormal when late phase II recovery or phase IV overshoot is absent or SBP does not recover within 30 s; else normal. " + Rating, Phases),
        new("STAND_Time", "s", "Stand-up: explicit, marker, or detected (first beat of the uninterrupted heart-rate rise to the initial peak).", Stand),
        new("STAND_HR_Baseline", "bpm", "Mean of 60000/RR over the beats of the 60 s before standing.", Stand),
        new("STAND_HR_Peak", "bpm", "Initial response: highest beat heart rate in the first 20 s of standing.", Stand),
        new("STAND_PeakTime", "s", "Time of STAND_HR_Peak after the stand-up.", Stand),
        new("STAND_HR_Nadir", "bpm", "Lowest beat heart rate after the peak, up to 45 s after the stand-up (relative bradycardia).", Stand),
        new("STAND_NadirTime", "s", "Time of STAND_HR_Nadir after the stand-up.", Stand),
        new("STAND_30_15", "", "30:15 ratio: longest RR of beats 20–40 / shortest RR of beats 5–25 after standing (beat 1 = first beat at or after the stand-up). Limits: ≥ 1.04 normal, 1.01–1.03 borderline, ≤ 1.00 abnormal. NaN with fewer than 40 beats.", Stand + "; limits " + Ewing),
        new("STAND_30_15_Rating", "", "STAND_30_15 against Ewing's limits: " + Rating, Ewing),
        new("STAND_HR_Increase_1min", "bpm", "Mean heart rate of the beats within ±15 s of 1 min standing − baseline. Likewise _3min, _5min, _10min; NaN when not recorded.", Pots),
        new("STAND_HR_Increase_3min", "bpm", "As STAND_HR_Increase_1min at 3 min.", Pots),
        new("STAND_HR_Increase_5min", "bpm", "As STAND_HR_Increase_1min at 5 min.", Pots),
        new("STAND_HR_Increase_10min", "bpm", "As STAND_HR_Increase_1min at 10 min.", Pots),
        new("STAND_HR_Increase_Max", "bpm", "Largest sustained increase: highest 30 s mean heart rate from 60 s to 10 min of standing − baseline.", Pots),
        new("STAND_POTS_HR_Criterion", "", "1 when STAND_HR_Increase_Max ≥ 30 bpm (≥ 40 bpm at 12–19 years), 0 when not, NaN when not assessed. The heart-rate criterion only: postural tachycardia syndrome also needs symptoms, no orthostatic hypotension (blood pressure) and no other cause.", Pots),
        new("STAND_SBP_Baseline", "mmHg", "Mean systolic pressure of the beats in the baseline window before the stand-up (per-beat pressure columns or a continuous pressure waveform); NaN without pressure.", Pots),
        new("STAND_DBP_Baseline", "mmHg", "Mean diastolic pressure of the beats in the baseline window before the stand-up; NaN without pressure.", Pots),
        new("STAND_SBP_Fall", "mmHg", "Sustained systolic fall: STAND_SBP_Baseline − lowest 30 s mean systolic pressure (1 s steps) from 15 s to 3 min after the stand-up (the transient of the first 15 s, initial orthostatic hypotension, is left out). Positive = fall.", Pots),
        new("STAND_DBP_Fall", "mmHg", "Sustained diastolic fall, as STAND_SBP_Fall.", Pots),
        new("STAND_OH", "", "Orthostatic hypotension: 1 when STAND_SBP_Fall ≥ 20 mmHg or STAND_DBP_Fall ≥ 10 mmHg within 3 min of standing, 0 when neither over a full 3 min, NaN without pressure or with less than 3 min and no qualifying fall. A flag, not a diagnosis.", Pots),
        new("STAND_SBP_InitialFall", "mmHg", "Transient systolic fall: STAND_SBP_Baseline − lowest beat systolic pressure of the beats in the first 15 s after the stand-up. Positive = fall. NaN without pressure or when fewer than 80 % of those beats have it.", Ioh),
        new("STAND_SBP_InitialNadirTime", "s", "Time of the beat of the STAND_SBP_InitialFall nadir after the stand-up.", Ioh),
        new("STAND_DBP_InitialFall", "mmHg", "Transient diastolic fall, as STAND_SBP_InitialFall.", Ioh),
        new("STAND_DBP_InitialNadirTime", "s", "Time of the beat of the STAND_DBP_InitialFall nadir after the stand-up.", Ioh),
        new("STAND_IOH", "", "Initial orthostatic hypotension: 1 when STAND_SBP_InitialFall > 40 mmHg or STAND_DBP_InitialFall > 20 mmHg (within 15 s of standing), 0 when neither, NaN without pressure. A flag, not a diagnosis: the definition also needs symptoms of cerebral hypoperfusion.", Ioh),
        new("STAND_RMSSD_Before", "ms", "RMSSD of up to 5 min of beats ending 10 s before the stand-up (≥ 60 s).", "Task Force 1996"),
        new("STAND_RMSSD_Standing", "ms", "RMSSD of up to 5 min of beats from 60 s after the stand-up (≥ 60 s).", "Task Force 1996"),
        new("STAND_RMSSD_Change", "ms", "STAND_RMSSD_Standing − STAND_RMSSD_Before.", "Task Force 1996"),
        new("STAND_HF_Before", "ms²", "HF power (0.15–0.40 Hz, default spectrum) before the stand-up.", "Task Force 1996"),
        new("STAND_HF_Standing", "ms²", "HF power while standing.", "Task Force 1996"),
        new("STAND_HF_Change", "ms²", "STAND_HF_Standing − STAND_HF_Before.", "Task Force 1996"),
        new("STAND_LFHF_Before", "", "LF/HF before the stand-up.", "Task Force 1996"),
        new("STAND_LFHF_Standing", "", "LF/HF while standing.", "Task Force 1996"),
        new("STAND_LFHF_Change", "", "STAND_LFHF_Standing − STAND_LFHF_Before.", "Task Force 1996"),
        new("DB_Cycles", "", "Breathing cycles analysed (explicit, breath markers, or troughs of the detrended heart rate at the paced rate, 0.1 Hz by default). Fewer than 3 give NaN indices.", Ewing),
        new("DB_CyclePeriod", "s", "Mean length of the cycles analysed.", ""),
        new("DB_EI_Difference", "bpm", "E–I difference: mean over cycles of (highest − lowest beat heart rate in the cycle). Limits: ≥ 15 normal, 11–14 borderline, ≤ 10 abnormal.", Ewing),
        new("DB_EI_Difference_Rating", "", "DB_EI_Difference against Ewing's limits: " + Rating, Ewing),
        new("DB_EI_Ratio", "", "E:I ratio: mean of the longest RR per cycle / mean of the shortest RR per cycle.", "Vinik et al., Diabetes Care 2003;26:1553"),
        new("DB_EI_Ratio_LowestNormal", "", "Lowest normal E:I ratio for the age (20–24 y 1.17 … 70–75 y 1.02); NaN without age in 20–75 y.", "Vinik et al., Diabetes Care 2003;26:1553"),
        new("DB_EI_Ratio_Rating", "", "DB_EI_Ratio ≥ its age limit: normal, below: abnormal; not rated without age. " + Rating, "Vinik et al., Diabetes Care 2003;26:1553"),
        new("AUTONOMIC_Test", "", "With AutonomicTest.Auto (the default), the test analysed, named by the recording's markers: 0 Valsalva manoeuvre (also without markers), 1 active stand, 2 deep breathing; the other tests' indices are NaN. Absent when the test is given.", ""),
        new("AUTONOMIC_EwingCategory", "", "Ewing's category of the heart-rate tests: 0 not assessed (needs all three), 1 normal, 2 early, 3 definite (two abnormal), 4 atypical. Severe involvement needs the blood-pressure tests.", Ewing),
    ];
}
