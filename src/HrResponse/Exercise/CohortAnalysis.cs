namespace HrResponse.Exercise;

/// <summary>
/// Chronotropic indices and heart-rate-recovery flags from per-test summary values (cohort tables such as the
/// Cleveland Clinic heart-rate-recovery cohort). Pure: no files; see <c>HrResponse.Reporting.CohortCsv</c> for CSV.
/// </summary>
public static class CohortAnalysis
{
    /// <summary>Analyses one row.</summary>
    /// <param name="row">The summary values.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="CohortOptions.Default"/>.</param>
    /// <returns>
    /// Chronotropic result (as <see cref="ChronotropicAnalysis.Compute(double, double, SubjectInfo, IMaxHeartRateEquation?)"/>), <c>HRR60 = Hrr60Bpm</c> or else
    /// <c>PeakBpm − Hr60Bpm</c> (likewise at 2 min), and flags: HRR60 ≤ 12 bpm (active/seated, Cole 1999) or ≤ 18 bpm
    /// (supine, Watanabe 2001); HRR120 ≤ 22 bpm (Shetler 2001).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A heart rate is not NaN and not a finite number greater than 0.</exception>
    public static CohortResult Compute(CohortRow row, CohortOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        options ??= CohortOptions.Default;
        var chrono = ChronotropicAnalysis.Compute(row.RestHeartRateBpm, row.PeakHeartRateBpm, row.Subject, options.ResolveEquation());
        var problems = new List<AnalysisProblem>(chrono.Problems);
        var hrr60 = double.IsNaN(row.Hrr60Bpm) ? row.PeakHeartRateBpm - row.Hr60Bpm : row.Hrr60Bpm;
        var hrr120 = double.IsNaN(row.Hrr120Bpm) ? row.PeakHeartRateBpm - row.Hr120Bpm : row.Hrr120Bpm;
        if (double.IsNaN(hrr60)) problems.Add(new(ProblemCode.RecoveryValueMissing, "HRR_60s missing: needs HRR at 1 min, or peak HR and HR at 1 min", "HRR_60s"));
        if (double.IsNaN(hrr120)) problems.Add(new(ProblemCode.RecoveryValueMissing, "HRR_120s missing: needs HRR at 2 min, or peak HR and HR at 2 min", "HRR_120s"));
        var posture = row.Subject.RecoveryPosture ?? options.Posture;
        var (cutoff, _) = HeartRateRecoveryAnalysis.Hrr60Cutoff(posture);
        return new CohortResult
        {
            Chronotropic = chrono,
            Hrr60Bpm = hrr60,
            Hrr120Bpm = hrr120,
            Posture = posture,
            Hrr60CutoffBpm = cutoff,
            Hrr60Abnormal = double.IsNaN(hrr60) ? null : hrr60 <= cutoff,
            Hrr120Abnormal = double.IsNaN(hrr120) ? null : hrr120 <= HeartRateRecoveryAnalysis.Hrr120CutoffBpm,
            Problems = problems,
        };
    }
}
