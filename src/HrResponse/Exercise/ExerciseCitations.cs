namespace HrResponse.Exercise;

/// <summary>
/// Sources of the cut-offs and methods used by the exercise-test analysis. Results carry the ones they used, so a
/// report can cite them next to the numbers.
/// </summary>
public static class ExerciseCitations
{
    /// <summary>Chronotropic index ≤ 0.80 = chronotropic incompetence (no beta-blocker), with 220 − age.</summary>
    public const string ChronotropicIndex080 =
        "Lauer MS, Francis GS, Okin PM, Pashkow FJ, Snader CE, Marwick TH. Impaired chronotropic response to exercise stress testing as a predictor of mortality. JAMA 1999;281:524–529; Brubaker PH, Kitzman DW. Chronotropic incompetence: causes, consequences, and management. Circulation 2011;123:1010–1020.";

    /// <summary>Chronotropic index ≤ 0.62 = chronotropic incompetence in patients taking beta-blockers.</summary>
    public const string ChronotropicIndex062BetaBlocker =
        "Khan MN, Pothier CE, Lauer MS. Chronotropic incompetence as a predictor of death among patients with normal electrograms taking beta blockers (metoprolol or atenolol). Am J Cardiol 2005;96:1328–1333; as summarised in Brubaker PH, Kitzman DW. Circulation 2011;123:1010–1020.";

    /// <summary>Peak heart rate below 85 % of age-predicted maximum.</summary>
    public const string PercentPredicted85 =
        "Lauer MS, Okin PM, Larson MG, Evans JC, Levy D. Impaired heart rate response to graded exercise: prognostic implications of chronotropic incompetence in the Framingham Heart Study. Circulation 1996;93:1520–1526; Lauer MS, Francis GS, Okin PM, et al. JAMA 1999;281:524–529; Brubaker PH, Kitzman DW. Circulation 2011;123:1010–1020.";

    /// <summary>Chronotropic index / chronotropic reserve (heart-rate reserve used at peak).</summary>
    public const string ChronotropicIndexDefinition =
        "Wilkoff BL, Miller RE. Exercise testing for chronotropic assessment. Cardiol Clin 1992;10:705–717; Brubaker PH, Kitzman DW. Chronotropic incompetence: causes, consequences, and management. Circulation 2011;123:1010–1020.";

    /// <summary>Stage-wise metabolic–chronotropic relationship.</summary>
    public const string MetabolicChronotropicRelationship =
        "Wilkoff BL, Corey J, Blackburn G. A mathematical model of the cardiac chronotropic response to exercise. J Electrophysiol 1989;3:176–180.";

    /// <summary>HRR at 1 min ≤ 12 bpm abnormal, active cool-down.</summary>
    public const string Hrr60Active12 =
        "Cole CR, Blackstone EH, Pashkow FJ, Snader CE, Lauer MS. Heart-rate recovery immediately after exercise as a predictor of mortality. N Engl J Med 1999;341:1351–1357.";

    /// <summary>HRR at 1 min ≤ 18 bpm abnormal, recovery lying down with no cool-down (Watanabe et al. recorded it in the left lateral decubitus position, for stress echocardiography).</summary>
    public const string Hrr60Supine18 =
        "Watanabe J, Thamilarasan M, Blackstone EH, Thomas JD, Lauer MS. Heart rate recovery immediately after treadmill exercise and left ventricular systolic dysfunction as predictors of mortality: the case of stress echocardiography. Circulation 2001;104:1911–1916.";

    /// <summary>HRR at 2 min ≤ 22 bpm abnormal.</summary>
    public const string Hrr120Of22 =
        "Shetler K, Marcus R, Froelicher VF, et al. Heart rate recovery: validation and methodologic issues. J Am Coll Cardiol 2001;38:1980–1987.";

    /// <summary>T30: −1/slope of ln HR over the first 30 s of recovery.</summary>
    public const string T30 =
        "Imai K, Sato H, Hori M, et al. Vagally mediated heart rate recovery after exercise is accelerated in athletes but blunted in patients with chronic heart failure. J Am Coll Cardiol 1994;24:1529–1535.";

    /// <summary>
    /// Mono-exponential recovery time constant. Pierpont et al. found the mono-exponential model adequate after
    /// submaximal but not after maximal exercise; the fit's R² is reported so its adequacy can be judged.
    /// </summary>
    public const string Tau =
        "Pierpont GL, Stolpman DR, Gornick CC. Heart rate recovery post-exercise as an index of parasympathetic activity. J Auton Nerv Syst 2000;80:169–174; Imai K, et al. J Am Coll Cardiol 1994;24:1529–1535.";
}
