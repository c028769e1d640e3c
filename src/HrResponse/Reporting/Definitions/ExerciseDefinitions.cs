using System.Globalization;

namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the exercise-test indices (<c>ExerciseTestAnalysis</c>, <c>CohortAnalysis</c>).</summary>
internal static class ExerciseDefinitions
{
    private static readonly double[] Offsets = [10, 30, 60, 120, 180, 300];

    public static IReadOnlyList<IndexDefinition> All { get; } = Build();

    private static IndexDefinition[] Build()
    {
        var list = new List<IndexDefinition>
        {
            new("HR_Rest", "bpm", "Resting HR: time-weighted mean of the piecewise-linear HR curve over the last 60 s before exercise (default), or the lowest mean of any window of the rest phase. NaN with less than 10 s of rest.", "—"),
            new("HR_Peak", "bpm", "Peak HR: highest time-weighted mean of any 10-s window in the exercise phase (default), or the highest single value.", "—"),
            new("HR_PeakTime", "s", "Time of the peak (centre of the peak window).", "—"),
            new("PHASE_ExerciseStart", "s", "Exercise start: explicit, marker, first sample with load above the recovery level, or from the HR curve; the report says which.", "—"),
            new("PHASE_ExerciseEnd", "s", "Exercise end (time 0 of recovery): explicit, marker, last sample with load above the recovery level (or the drop to an active cool-down), or, from the HR curve alone, where HR starts to fall after its highest 10-s mean (end of the peak plateau).", "—"),
            new("PHASE_RecoveryEnd", "s", "End of recovery: end of the recording unless given or marked.", "—"),
            new("PHASE_RestDuration", "s", "ExerciseStart − start of the recording.", "—"),
            new("PHASE_ExerciseDuration", "s", "ExerciseEnd − ExerciseStart.", "—"),
            new("PHASE_RecoveryDuration", "s", "RecoveryEnd − ExerciseEnd.", "—"),
            new("CHRONO_PredictedMax", "bpm", "Age-predicted maximal HR by the chosen equation (default Fox 220 − age). NaN without age (Sydó: without sex).", "Fox 1971; Tanaka 2001; Gellish 2007; Gulati 2010; Nes 2013; Sydó 2014"),
            new("CHRONO_PercentPredicted", "%", "100 · HR_Peak / CHRONO_PredictedMax.", "—"),
            new("CHRONO_HeartRateReserve", "bpm", "HR_Peak − HR_Rest.", "—"),
            new("CHRONO_Index", "", "Chronotropic index (HR_Peak − HR_Rest) / (CHRONO_PredictedMax − HR_Rest). NaN when the predicted maximum is not above rest.", "Wilkoff & Miller 1992; Brubaker & Kitzman 2011"),
            new("CHRONO_ReservePercent", "%", "100 · CHRONO_Index (chronotropic reserve).", "Wilkoff & Miller 1992"),
            new("CHRONO_Incompetent", "0/1", "1 when CHRONO_Index ≤ 0.80, or ≤ 0.62 with beta-blockers; NaN when the index is NaN.", "Lauer 1999; Khan 2005"),
            new("CHRONO_BelowPercentPredicted", "0/1", "1 when CHRONO_PercentPredicted < 85.", "Lauer 1996, 1999"),
            new("CHRONO_MCR", "", "Mean over stages of the metabolic–chronotropic relationship: HR-reserve fraction / metabolic-reserve fraction (METs, or load as a proxy). NaN without stages.", "Wilkoff, Corey & Blackburn 1989"),
            new("CHRONO_HrLoadSlope", "bpm/W", "Least-squares slope of end-of-stage HR (last 10 s) on stage load; NaN with fewer than 3 stages of ≥ 30 s.", "—"),
            new("HRR_60s_Abnormal", "0/1", "1 when HRR_60s ≤ 12 bpm (active cool-down or seated) or ≤ 18 bpm (supine).", "Cole 1999; Watanabe 2001"),
            new("HRR_120s_Abnormal", "0/1", "1 when HRR_120s ≤ 22 bpm.", "Shetler 2001"),
            new("HRR_T30", "s", "−1 / least-squares slope of ln HR on time over the first 30 s of recovery. NaN with fewer than 3 values or no fall.", "Imai 1994"),
            new("HRR_T30R2", "", "R² = 1 − SSE/SST of the regression of ln HR on time behind HRR_T30; near 0 where HR hardly falls against its scatter, and T30 then says little. NaN where HRR_T30 is NaN.", "—"),
            new("HRR_Tau", "s", "Time constant of the least-squares fit HR = c + a·exp(−t/τ) over the recovery (all of it by default). NaN when recovery is shorter than 180 s. Pierpont 2000 found the model adequate after submaximal, not maximal, exercise: check HRR_TauR2.", "Pierpont 2000; Imai 1994"),
            new("HRR_TauR2", "", "R² = 1 − SSE/SST of the τ fit.", "—"),
            new("QUALITY_ExcludedPercent", "%", "Percent of RR intervals not used unchanged in the exercise analysis: corrected or removed by the artifact correction (default), or excluded by the local-median screen. NaN without beats.", "—"),
        };
        foreach (var o in Offsets)
        {
            var s = o.ToString("0", CultureInfo.InvariantCulture);
            list.Add(new($"HR_Recovery_{s}s", "bpm", $"HR at {s} s after exercise end: time-weighted mean over the 10-s window centred there. NaN when recovery does not cover the window.", "—"));
            list.Add(new($"HRR_{s}s", "bpm", $"HR_Peak − HR_Recovery_{s}s.", s == "60" ? "Cole 1999" : s == "120" ? "Shetler 2001" : "—"));
            list.Add(new($"HRR_{s}s_Percent", "%", $"100 · HRR_{s}s / HR_Peak.", "—"));
        }

        for (var a = 0; a < 300; a += 30)
            list.Add(new(string.Create(CultureInfo.InvariantCulture, $"HRR_RMSSD_{a}_{a + 30}s"), "ms",
                string.Create(CultureInfo.InvariantCulture, $"RMSSD (divides by N differences) of the kept beats whose second beat is {a}–{a + 30} s after exercise end; NaN with fewer than 2 differences."), "Task Force 1996"));
        return list.ToArray();
    }
}
