namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the time-domain HRV indices (<c>TimeDomainAnalysis.Compute</c>).</summary>
internal static class TimeDomainDefinitions
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("HRV_MeanNN", "ms", "Mean of the N intervals.", "Task Force 1996"),
        new("HRV_SDNN", "ms", "Sample standard deviation of the intervals (divides by N−1). NaN when N < 2.", "Task Force 1996"),
        new("HRV_SDANN1", "ms", "Standard deviation (N−1) of the means of 1-min segments. Default: complete clock-aligned segments, NaN when fewer than 3; neurokit2 preset: NeuroKit2's window rule.", "Task Force 1996; NeuroKit2"),
        new("HRV_SDNNI1", "ms", "Mean of the standard deviations (N−1) of 1-min segments; segment rule as SDANN1.", "Task Force 1996; NeuroKit2"),
        new("HRV_SDANN2", "ms", "As SDANN1 with 2-min segments.", "NeuroKit2"),
        new("HRV_SDNNI2", "ms", "As SDNNI1 with 2-min segments.", "NeuroKit2"),
        new("HRV_SDANN5", "ms", "As SDANN1 with 5-min segments (the Task Force SDANN).", "Task Force 1996"),
        new("HRV_SDNNI5", "ms", "As SDNNI1 with 5-min segments (the Task Force SDNN index).", "Task Force 1996"),
        new("HRV_RMSSD", "ms", "Root mean square of successive differences, √(Σ d²/M) over the M differences that do not span a gap. NaN when M = 0.", "Task Force 1996"),
        new("HRV_SDSD", "ms", "Standard deviation of successive differences; N−1 by default (as NeuroKit2), N as an option. NaN when too few differences.", "Task Force 1996"),
        new("HRV_CVNN", "", "SDNN / MeanNN.", "NeuroKit2"),
        new("HRV_CVSD", "", "RMSSD / MeanNN.", "NeuroKit2"),
        new("HRV_MedianNN", "ms", "Median of the intervals.", "NeuroKit2"),
        new("HRV_MadNN", "ms", "Median absolute deviation of the intervals scaled by 1.4826 (consistent with SD for normal data).", "NeuroKit2"),
        new("HRV_MCVNN", "", "MadNN / MedianNN.", "NeuroKit2"),
        new("HRV_IQRNN", "ms", "Interquartile range Q3 − Q1, percentiles by linear interpolation (numpy's default, Hyndman–Fan type 7).", "NeuroKit2"),
        new("HRV_SDRMSSD", "", "SDNN / RMSSD.", "Sollers et al. 2007"),
        new("HRV_Prc20NN", "ms", "20th percentile of the intervals (linear interpolation, type 7).", "Han 2017; Hovsepian 2015"),
        new("HRV_Prc80NN", "ms", "80th percentile of the intervals (linear interpolation, type 7).", "Han 2017; Hovsepian 2015"),
        new("HRV_pNN50", "%", "100 · (number of successive differences with |d| > 50 ms) / M, M = number of differences (default, as Kubios and pyHRV); the neurokit2 preset divides by M + 1, the number of intervals.", "Bigger 1988; Mietus 2002"),
        new("HRV_pNN20", "%", "As pNN50 with a 20 ms threshold.", "Mietus 2002"),
        new("HRV_MinNN", "ms", "Shortest interval.", "NeuroKit2"),
        new("HRV_MaxNN", "ms", "Longest interval.", "NeuroKit2"),
        new("HRV_HTI", "", "HRV triangular index: N divided by the highest count of the interval histogram with 1/128-s (7.8125 ms) bins starting at 0 ms.", "Task Force 1996"),
        new("HRV_TINN", "ms", "Baseline width M − N of the triangle fitted by least squares to the interval histogram (1/128-s bins). Default: search over all N, M; neurokit2 preset: NeuroKit2's search loop, quirks included.", "Task Force 1996; NeuroKit2"),
        new("HRV_MeanHR", "bpm", "Mean of the per-beat heart rate 60000 / RR (not 60000 / MeanNN).", "pyHRV"),
        new("HRV_SDHR", "bpm", "Sample standard deviation (N−1) of the per-beat heart rate.", "pyHRV"),
        new("HRV_MinHR", "bpm", "Lowest per-beat heart rate, 60000 / MaxNN.", "pyHRV"),
        new("HRV_MaxHR", "bpm", "Highest per-beat heart rate, 60000 / MinNN.", "pyHRV"),
    ];
}
