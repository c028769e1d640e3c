namespace HrResponse.Reporting.Definitions;

/// <summary>
/// Definitions of the DFA α1 threshold indices (<c>DfaThresholdEstimator</c>) and of the columns of the rolling
/// (live) output (<c>RollingHrvCsvWriter</c>).
/// </summary>
internal static class StreamingDefinitions
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("DFA_HR_VT1", "bpm", "Heart rate where the least-squares line of rolling DFA α1 (120-s windows, 4–16 beats, smoothness priors λ = 500) against window HR crosses α1 = 0.75, an estimate of the first ventilatory threshold. Windows with > 5 % artifacts or α1 outside 0.2–1.6 are left out. NaN with fewer than 3 windows or a slope that is not negative.", "Rogers et al. 2021 (Front Physiol 11:596567)"),
        new("DFA_HR_VT2", "bpm", "As DFA_HR_VT1 at α1 = 0.5, an estimate of the second ventilatory threshold.", "Rogers et al. 2021 (J Funct Morphol Kinesiol 6:38)"),
        new("DFA_HR_R2", "", "Coefficient of determination of the α1–HR line.", "—"),
        new("DFA_Power_VT1", "W", "As DFA_HR_VT1 with the mean power of each window in place of HR.", "Rogers et al. 2021"),
        new("DFA_Power_VT2", "W", "As DFA_HR_VT2 with the mean power of each window.", "Rogers et al. 2021 (J Funct Morphol Kinesiol 6:38)"),
        new("DFA_Power_R2", "", "Coefficient of determination of the α1–power line.", "—"),
        new("time_s", "s", "Rolling output: end of the window; the window is (time_s − window, time_s].", "—"),
        new("hr_bpm", "bpm", "Rolling output: 60000 / mean RR of the beats kept in the window. NaN when none.", "—"),
        new("rmssd_ms", "ms", "Rolling output: √(Σ d²/M) over successive differences of adjacent kept beats. NaN when M = 0.", "Task Force 1996"),
        new("sdnn_ms", "ms", "Rolling output: standard deviation (N−1) of the kept RR. NaN when N < 2.", "Task Force 1996"),
        new("dfa_alpha1", "", "Rolling output: DFA α1 of the kept RR after smoothness-priors detrending (λ = 500): boxes ⌊logspace(4, 16, 30)⌋ beats, forward and backward, linear fit per box, slope of log F against log n. NaN when fewer than 32 beats.", "Peng et al. 1995; FatMaxxer; Tarvainen et al. 2002"),
        new("artifact_percent", "%", "Rolling output: 100 · flagged / all beats in the window; a beat is flagged when its RR differs from the previous RR by more than 5 % or lies outside 250–2000 ms (FatMaxxer's filter).", "FatMaxxer"),
    ];
}
