namespace HrResponse.Autonomic;

/// <summary>
/// Sources of the definitions, windows and normal limits of the autonomic reflex tests. Results carry the ones they
/// used, so a report can cite them next to the numbers.
/// </summary>
public static class AutonomicCitations
{
    /// <summary>Valsalva ratio (longest RR after release / shortest RR during strain) and Ewing's limits (≥ 1.21 normal, 1.11–1.20 borderline, ≤ 1.10 abnormal).</summary>
    public const string ValsalvaRatio =
        "Ewing DJ, Martyn CN, Young RJ, Clarke BF. The value of cardiovascular autonomic function tests: 10 years experience in diabetes. Diabetes Care 1985;8:491–498; Ewing DJ, Clarke BF. Diagnosis and management of diabetic autonomic neuropathy. BMJ 1982;285:916–918.";

    /// <summary>Valsalva phases I–IV, late phase II recovery and phase IV overshoot as signs of adrenergic function.</summary>
    public const string ValsalvaPhases =
        "Low PA. Testing the autonomic nervous system. Semin Neurol 2003;23:407–421; Sandroni P, Benarroch EE, Low PA. Pharmacological dissection of components of the Valsalva maneuver in adrenergic failure. J Appl Physiol 1991;71:1563–1567; Novak P. Quantitative autonomic testing. J Vis Exp 2011;(53):e2502.";

    /// <summary>Adrenergic baroreflex sensitivity BRSa = (baseline SBP − phase III SBP) / pressure recovery time, and vagal baroreflex gain (slope of RR on SBP in early phase II).</summary>
    public const string BaroreflexSensitivity =
        "Schrezenmaier C, Singer W, Swift NM, Sletten D, Tanabe J, Low PA. Adrenergic and vagal baroreflex sensitivity in autonomic failure. Arch Neurol 2007;64:381–386; Novak P. Quantitative autonomic testing. J Vis Exp 2011;(53):e2502.";

    /// <summary>30:15 ratio (longest RR around the 30th beat / shortest RR around the 15th beat after standing) and its limits (≥ 1.04 normal, 1.01–1.03 borderline, ≤ 1.00 abnormal).</summary>
    public const string ThirtyFifteenRatio =
        "Ewing DJ, Campbell IW, Murray A, Neilson JM, Clarke BF. Immediate heart-rate response to standing: simple test for autonomic neuropathy in diabetes. BMJ 1978;1:145–147; Ewing DJ, Hume L, Campbell IW, Murray A, Neilson JM, Clarke BF. Autonomic mechanisms in the initial heart rate response to standing. J Appl Physiol 1980;49:809–814; limits: Ewing DJ, Clarke BF. BMJ 1982;285:916–918.";

    /// <summary>Postural tachycardia criterion: sustained HR increase ≥ 30 bpm (≥ 40 bpm at 12–19 years) within 10 min of standing, without orthostatic hypotension, with symptoms.</summary>
    public const string PosturalTachycardia =
        "Freeman R, Wieling W, Axelrod FB, et al. Consensus statement on the definition of orthostatic hypotension, neurally mediated syncope and the postural tachycardia syndrome. Clin Auton Res 2011;21:69–72 (also Auton Neurosci 2011;161:46–48).";

    /// <summary>Orthostatic hypotension: sustained fall of systolic pressure ≥ 20 mmHg or diastolic pressure ≥ 10 mmHg within 3 min of standing; initial orthostatic hypotension is a transient fall within 15 s.</summary>
    public const string OrthostaticHypotension =
        "Freeman R, Wieling W, Axelrod FB, et al. Consensus statement on the definition of orthostatic hypotension, neurally mediated syncope and the postural tachycardia syndrome. Clin Auton Res 2011;21:69–72.";

    /// <summary>Initial orthostatic hypotension: transient fall of systolic pressure &gt; 40 mmHg or diastolic pressure &gt; 20 mmHg within 15 s of standing, with symptoms.</summary>
    public const string InitialOrthostaticHypotension =
        "Wieling W, Krediet CTP, van Dijk N, Linzer M, Tschakovsky ME. Initial orthostatic hypotension: review of a forgotten condition. Clin Sci (Lond) 2007;112:157–165; Freeman R, Wieling W, Axelrod FB, et al. Consensus statement on the definition of orthostatic hypotension, neurally mediated syncope and the postural tachycardia syndrome. Clin Auton Res 2011;21:69–72.";

    /// <summary>Deep-breathing heart-rate difference (E–I, mean of max − min HR per cycle) and Ewing's limits (≥ 15 bpm normal, 11–14 borderline, ≤ 10 abnormal).</summary>
    public const string DeepBreathingDifference =
        "Ewing DJ, Martyn CN, Young RJ, Clarke BF. Diabetes Care 1985;8:491–498; Ewing DJ, Clarke BF. BMJ 1982;285:916–918.";

    /// <summary>Age-dependent lowest normal E:I ratio (20–24 y 1.17 … 70–75 y 1.02).</summary>
    public const string ExpirationInspirationRatio =
        "Vinik AI, Maser RE, Mitchell BD, Freeman R. Diabetic autonomic neuropathy. Diabetes Care 2003;26:1553–1579 (table of cardiovascular autonomic reflex tests; age-specific lowest normal E:I ratios).";

    /// <summary>Ewing's classification of the heart-rate tests (normal, early, definite involvement; severe needs the blood-pressure tests).</summary>
    public const string EwingClassification =
        "Ewing DJ, Clarke BF. Diagnosis and management of diabetic autonomic neuropathy. BMJ 1982;285:916–918; Ewing DJ, Martyn CN, Young RJ, Clarke BF. Diabetes Care 1985;8:491–498.";
}
