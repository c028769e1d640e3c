namespace HrResponse.Hrv;

/// <summary>
/// Time-domain HRV indices of one RR series, with the settings that produced them. Intervals are in ms, heart rates
/// in bpm; <c>N</c> is <see cref="IntervalCount"/>, <c>D</c> is <see cref="DifferenceCount"/> (successive
/// differences <c>d = rr[i] − rr[i−1]</c>, skipping those across a gap).
/// </summary>
/// <remarks>
/// Definitions follow the Task Force of the ESC and NASPE (1996), Circulation 93:1043–1065, and NeuroKit2's
/// <c>hrv_time</c> (Pham et al., 2021, Sensors 21:3998), whose column names the index table uses. Too-short data
/// gives NaN for the affected index, never an exception; each property says when.
/// </remarks>
public sealed record TimeDomainResult : IIndexTableSource
{
    /// <summary>The settings that produced this result.</summary>
    public required TimeDomainOptions Options { get; init; }

    /// <summary>Number of RR intervals <c>N</c>.</summary>
    public int IntervalCount { get; init; }

    /// <summary>Number of successive differences <c>D</c> used (<c>N − 1</c> minus those across gaps).</summary>
    public int DifferenceCount { get; init; }

    /// <summary>MeanNN, ms: mean of the intervals, <c>Σ rr / N</c>. NaN when there are no intervals.</summary>
    public double MeanNN { get; init; } = double.NaN;

    /// <summary>
    /// SDNN, ms: sample standard deviation of the intervals, <c>sqrt(Σ (rr − mean)² / (N − 1))</c> (Task Force 1996).
    /// NaN when fewer than 2 intervals.
    /// </summary>
    public double SDNN { get; init; } = double.NaN;

    /// <summary>
    /// SDANN1, ms: SD (N − 1) of the mean intervals of 1-minute segments; segments by
    /// <see cref="TimeDomainOptions.SegmentRule"/>. NaN when fewer than 3 segments count (see <see cref="SegmentRule"/>).
    /// </summary>
    public double SDANN1 { get; init; } = double.NaN;

    /// <summary>SDNNI1, ms: mean of the SDs (N − 1) of the intervals in 1-minute segments. NaN as <see cref="SDANN1"/>.</summary>
    public double SDNNI1 { get; init; } = double.NaN;

    /// <summary>SDANN2, ms: as <see cref="SDANN1"/> with 2-minute segments.</summary>
    public double SDANN2 { get; init; } = double.NaN;

    /// <summary>SDNNI2, ms: as <see cref="SDNNI1"/> with 2-minute segments.</summary>
    public double SDNNI2 { get; init; } = double.NaN;

    /// <summary>SDANN5, ms: as <see cref="SDANN1"/> with 5-minute segments (the Task Force's SDANN).</summary>
    public double SDANN5 { get; init; } = double.NaN;

    /// <summary>SDNNI5, ms: as <see cref="SDNNI1"/> with 5-minute segments (the Task Force's SDNN index).</summary>
    public double SDNNI5 { get; init; } = double.NaN;

    /// <summary>
    /// RMSSD, ms: root mean square of the successive differences, <c>sqrt(Σ d² / D)</c> (Task Force 1996).
    /// NaN when there is no successive difference.
    /// </summary>
    public double RMSSD { get; init; } = double.NaN;

    /// <summary>
    /// SDSD, ms: standard deviation of the successive differences, <c>sqrt(Σ (d − mean d)² / (D − 1))</c> or
    /// <c>/ D</c> by <see cref="TimeDomainOptions.SdsdEstimator"/>. NaN when fewer than 2 differences (N − 1) or
    /// none (N).
    /// </summary>
    public double SDSD { get; init; } = double.NaN;

    /// <summary>CVNN, dimensionless ratio (not percent): <c>SDNN / MeanNN</c>. NaN when SDNN is.</summary>
    public double CVNN { get; init; } = double.NaN;

    /// <summary>CVSD, dimensionless ratio: <c>RMSSD / MeanNN</c>. NaN when RMSSD is.</summary>
    public double CVSD { get; init; } = double.NaN;

    /// <summary>MedianNN, ms: median of the intervals (mean of the two middle ones when N is even). NaN when empty.</summary>
    public double MedianNN { get; init; } = double.NaN;

    /// <summary>
    /// MadNN, ms: scaled median absolute deviation, <c>1.4826 · median(|rr − MedianNN|)</c> (consistent with SD for
    /// normal data; NeuroKit2's <c>mad</c>, R's default). NaN when empty.
    /// </summary>
    public double MadNN { get; init; } = double.NaN;

    /// <summary>MCVNN, dimensionless ratio: <c>MadNN / MedianNN</c>. NaN when empty.</summary>
    public double MCVNN { get; init; } = double.NaN;

    /// <summary>
    /// IQRNN, ms: interquartile range <c>P75 − P25</c>, percentiles by linear interpolation between order statistics
    /// (NumPy's default <c>linear</c>, R type 7: position <c>(N − 1)·p</c>). NaN when empty.
    /// </summary>
    public double IQRNN { get; init; } = double.NaN;

    /// <summary>SDRMSSD, dimensionless ratio: <c>SDNN / RMSSD</c> (Sollers et al., 2007). NaN when either is.</summary>
    public double SDRMSSD { get; init; } = double.NaN;

    /// <summary>Prc20NN, ms: 20th percentile of the intervals (linear interpolation, as <see cref="IQRNN"/>). NaN when empty.</summary>
    public double Prc20NN { get; init; } = double.NaN;

    /// <summary>Prc80NN, ms: 80th percentile of the intervals (linear interpolation, as <see cref="IQRNN"/>). NaN when empty.</summary>
    public double Prc80NN { get; init; } = double.NaN;

    /// <summary>
    /// pNN50, percent (0–100): successive differences with <c>|d| &gt; 50 ms</c> (strictly), divided by <c>D</c> or
    /// <c>D + 1</c> by <see cref="TimeDomainOptions.PnnDenominator"/>, times 100 (Bigger et al., 1988; Task Force
    /// 1996). NaN when there is no successive difference (NeuroKit2 would report 0).
    /// </summary>
    public double PNN50 { get; init; } = double.NaN;

    /// <summary>pNN20, percent (0–100): as <see cref="PNN50"/> with <c>|d| &gt; 20 ms</c> (Mietus et al., 2002).</summary>
    public double PNN20 { get; init; } = double.NaN;

    /// <summary>MinNN, ms: shortest interval. NaN when empty.</summary>
    public double MinNN { get; init; } = double.NaN;

    /// <summary>MaxNN, ms: longest interval. NaN when empty.</summary>
    public double MaxNN { get; init; } = double.NaN;

    /// <summary>
    /// HTI (HRV triangular index), dimensionless: <c>N</c> divided by the count of the fullest histogram bin; bins
    /// of <see cref="TimeDomainOptions.HistogramBinWidth"/> (1/128 s by default), assigned by
    /// <see cref="TimeDomainOptions.HistogramBinning"/> (Task Force 1996). NaN when empty, or when the longest interval
    /// is more than 2^22 bins (over 9 h at 1/128 s).
    /// </summary>
    public double HTI { get; init; } = double.NaN;

    /// <summary>
    /// TINN, ms: base width <c>M − N</c> of the triangle fitted to the histogram by least squares, by
    /// <see cref="TimeDomainOptions.TinnMethod"/> (Task Force 1996). NaN when fewer than 2 intervals, or as
    /// <see cref="HTI"/>. With <see cref="TinnMethod.NeuroKit2"/> as NeuroKit2: NaN when no bin edge lies above the
    /// shortest interval (all intervals equal and on a bin edge), 0 when its search finds no error below 2^14.
    /// </summary>
    public double TINN { get; init; } = double.NaN;

    /// <summary>MeanHR, bpm: mean of the beat-by-beat heart rates <c>60000 / rr</c>. NaN when empty.</summary>
    public double MeanHR { get; init; } = double.NaN;

    /// <summary>SDHR, bpm: sample SD (N − 1) of the beat-by-beat heart rates <c>60000 / rr</c>. NaN when fewer than 2 intervals.</summary>
    public double SDHR { get; init; } = double.NaN;

    /// <summary>MinHR, bpm: lowest beat-by-beat heart rate, <c>60000 / MaxNN</c>. NaN when empty.</summary>
    public double MinHR { get; init; } = double.NaN;

    /// <summary>MaxHR, bpm: highest beat-by-beat heart rate, <c>60000 / MinNN</c>. NaN when empty.</summary>
    public double MaxHR { get; init; } = double.NaN;

    /// <summary>
    /// The indices in NeuroKit2's <c>hrv_time</c> order with its names (<c>HRV_MeanNN</c> ... <c>HRV_TINN</c>), then
    /// <c>HRV_MeanHR</c>, <c>HRV_SDHR</c>, <c>HRV_MinHR</c>, <c>HRV_MaxHR</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new OrderedDictionary<string, double>
    {
        ["HRV_MeanNN"] = MeanNN,
        ["HRV_SDNN"] = SDNN,
        ["HRV_SDANN1"] = SDANN1,
        ["HRV_SDNNI1"] = SDNNI1,
        ["HRV_SDANN2"] = SDANN2,
        ["HRV_SDNNI2"] = SDNNI2,
        ["HRV_SDANN5"] = SDANN5,
        ["HRV_SDNNI5"] = SDNNI5,
        ["HRV_RMSSD"] = RMSSD,
        ["HRV_SDSD"] = SDSD,
        ["HRV_CVNN"] = CVNN,
        ["HRV_CVSD"] = CVSD,
        ["HRV_MedianNN"] = MedianNN,
        ["HRV_MadNN"] = MadNN,
        ["HRV_MCVNN"] = MCVNN,
        ["HRV_IQRNN"] = IQRNN,
        ["HRV_SDRMSSD"] = SDRMSSD,
        ["HRV_Prc20NN"] = Prc20NN,
        ["HRV_Prc80NN"] = Prc80NN,
        ["HRV_pNN50"] = PNN50,
        ["HRV_pNN20"] = PNN20,
        ["HRV_MinNN"] = MinNN,
        ["HRV_MaxNN"] = MaxNN,
        ["HRV_HTI"] = HTI,
        ["HRV_TINN"] = TINN,
        ["HRV_MeanHR"] = MeanHR,
        ["HRV_SDHR"] = SDHR,
        ["HRV_MinHR"] = MinHR,
        ["HRV_MaxHR"] = MaxHR,
    };
}
