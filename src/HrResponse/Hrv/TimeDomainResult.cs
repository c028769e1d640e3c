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
    public double MeanNnMs { get; init; } = double.NaN;

    /// <summary>
    /// SDNN, ms: sample standard deviation of the intervals, <c>sqrt(Σ (rr − mean)² / (N − 1))</c> (Task Force 1996).
    /// NaN when fewer than 2 intervals.
    /// </summary>
    public double SdnnMs { get; init; } = double.NaN;

    /// <summary>
    /// SDANN1, ms: SD (N − 1) of the mean intervals of 1-minute segments; segments by
    /// <see cref="TimeDomainOptions.SegmentRule"/>. NaN when fewer than 3 segments count (see <see cref="SegmentRule"/>).
    /// </summary>
    public double Sdann1Ms { get; init; } = double.NaN;

    /// <summary>SDNNI1, ms: mean of the SDs (N − 1) of the intervals in 1-minute segments. NaN as <see cref="Sdann1Ms"/>.</summary>
    public double Sdnni1Ms { get; init; } = double.NaN;

    /// <summary>SDANN2, ms: as <see cref="Sdann1Ms"/> with 2-minute segments.</summary>
    public double Sdann2Ms { get; init; } = double.NaN;

    /// <summary>SDNNI2, ms: as <see cref="Sdnni1Ms"/> with 2-minute segments.</summary>
    public double Sdnni2Ms { get; init; } = double.NaN;

    /// <summary>SDANN5, ms: as <see cref="Sdann1Ms"/> with 5-minute segments (the Task Force's SDANN).</summary>
    public double Sdann5Ms { get; init; } = double.NaN;

    /// <summary>SDNNI5, ms: as <see cref="Sdnni1Ms"/> with 5-minute segments (the Task Force's SDNN index).</summary>
    public double Sdnni5Ms { get; init; } = double.NaN;

    /// <summary>
    /// RMSSD, ms: root mean square of the successive differences, <c>sqrt(Σ d² / D)</c> (Task Force 1996).
    /// NaN when there is no successive difference.
    /// </summary>
    public double RmssdMs { get; init; } = double.NaN;

    /// <summary>
    /// SDSD, ms: standard deviation of the successive differences, <c>sqrt(Σ (d − mean d)² / (D − 1))</c> or
    /// <c>/ D</c> by <see cref="TimeDomainOptions.SdsdEstimator"/>. NaN when fewer than 2 differences (N − 1) or
    /// none (N).
    /// </summary>
    public double SdsdMs { get; init; } = double.NaN;

    /// <summary>CVNN, dimensionless ratio (not percent): <c>SDNN / MeanNN</c>. NaN when SDNN is.</summary>
    public double Cvnn { get; init; } = double.NaN;

    /// <summary>CVSD, dimensionless ratio: <c>RMSSD / MeanNN</c>. NaN when RMSSD is.</summary>
    public double Cvsd { get; init; } = double.NaN;

    /// <summary>MedianNN, ms: median of the intervals (mean of the two middle ones when N is even). NaN when empty.</summary>
    public double MedianNnMs { get; init; } = double.NaN;

    /// <summary>
    /// MadNN, ms: scaled median absolute deviation, <c>1.4826 · median(|rr − MedianNN|)</c> (consistent with SD for
    /// normal data; NeuroKit2's <c>mad</c>, R's default). NaN when empty.
    /// </summary>
    public double MadNnMs { get; init; } = double.NaN;

    /// <summary>MCVNN, dimensionless ratio: <c>MadNN / MedianNN</c>. NaN when empty.</summary>
    public double Mcvnn { get; init; } = double.NaN;

    /// <summary>
    /// IQRNN, ms: interquartile range <c>P75 − P25</c>, percentiles by linear interpolation between order statistics
    /// (NumPy's default <c>linear</c>, R type 7: position <c>(N − 1)·p</c>). NaN when empty.
    /// </summary>
    public double IqrNnMs { get; init; } = double.NaN;

    /// <summary>SDRMSSD, dimensionless ratio: <c>SDNN / RMSSD</c> (Sollers et al., 2007). NaN when either is.</summary>
    public double SdnnRmssdRatio { get; init; } = double.NaN;

    /// <summary>Prc20NN, ms: 20th percentile of the intervals (linear interpolation, as <see cref="IqrNnMs"/>). NaN when empty.</summary>
    public double Prc20NnMs { get; init; } = double.NaN;

    /// <summary>Prc80NN, ms: 80th percentile of the intervals (linear interpolation, as <see cref="IqrNnMs"/>). NaN when empty.</summary>
    public double Prc80NnMs { get; init; } = double.NaN;

    /// <summary>
    /// pNN50, percent (0–100): successive differences with <c>|d| &gt; 50 ms</c> (strictly), divided by <c>D</c> or
    /// <c>D + 1</c> by <see cref="TimeDomainOptions.PnnDenominator"/>, times 100 (Bigger et al., 1988; Task Force
    /// 1996). NaN when there is no successive difference (NeuroKit2 would report 0).
    /// </summary>
    public double Pnn50Percent { get; init; } = double.NaN;

    /// <summary>pNN20, percent (0–100): as <see cref="Pnn50Percent"/> with <c>|d| &gt; 20 ms</c> (Mietus et al., 2002).</summary>
    public double Pnn20Percent { get; init; } = double.NaN;

    /// <summary>MinNN, ms: shortest interval. NaN when empty.</summary>
    public double MinNnMs { get; init; } = double.NaN;

    /// <summary>MaxNN, ms: longest interval. NaN when empty.</summary>
    public double MaxNnMs { get; init; } = double.NaN;

    /// <summary>
    /// HTI (HRV triangular index), dimensionless: <c>N</c> divided by the count of the fullest histogram bin; bins
    /// of <see cref="TimeDomainOptions.HistogramBinWidth"/> (1/128 s by default), assigned by
    /// <see cref="TimeDomainOptions.HistogramBinning"/> (Task Force 1996). NaN when empty, or when the longest interval
    /// is more than 2^22 bins (over 9 h at 1/128 s).
    /// </summary>
    public double TriangularIndex { get; init; } = double.NaN;

    /// <summary>
    /// TINN, ms: base width <c>M − N</c> of the triangle fitted to the histogram by least squares, by
    /// <see cref="TimeDomainOptions.TinnMethod"/> (Task Force 1996). NaN when fewer than 2 intervals, or as
    /// <see cref="TriangularIndex"/>. With <see cref="TinnMethod.NeuroKit2"/> as NeuroKit2: NaN when no bin edge lies above the
    /// shortest interval (all intervals equal and on a bin edge), 0 when its search finds no error below 2^14.
    /// </summary>
    public double TinnMs { get; init; } = double.NaN;

    /// <summary>MeanHR, bpm: mean of the beat-by-beat heart rates <c>60000 / rr</c>. NaN when empty.</summary>
    public double MeanHeartRateBpm { get; init; } = double.NaN;

    /// <summary>SDHR, bpm: sample SD (N − 1) of the beat-by-beat heart rates <c>60000 / rr</c>. NaN when fewer than 2 intervals.</summary>
    public double SdHeartRateBpm { get; init; } = double.NaN;

    /// <summary>MinHR, bpm: lowest beat-by-beat heart rate, <c>60000 / MaxNN</c>. NaN when empty.</summary>
    public double MinHeartRateBpm { get; init; } = double.NaN;

    /// <summary>MaxHR, bpm: highest beat-by-beat heart rate, <c>60000 / MinNN</c>. NaN when empty.</summary>
    public double MaxHeartRateBpm { get; init; } = double.NaN;

    /// <summary>
    /// The indices in NeuroKit2's <c>hrv_time</c> order with its names (<c>HRV_MeanNN</c> ... <c>HRV_TINN</c>), then
    /// <c>HRV_MeanHR</c>, <c>HRV_SDHR</c>, <c>HRV_MinHR</c>, <c>HRV_MaxHR</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new OrderedDictionary<string, double>
    {
        ["HRV_MeanNN"] = MeanNnMs,
        ["HRV_SDNN"] = SdnnMs,
        ["HRV_SDANN1"] = Sdann1Ms,
        ["HRV_SDNNI1"] = Sdnni1Ms,
        ["HRV_SDANN2"] = Sdann2Ms,
        ["HRV_SDNNI2"] = Sdnni2Ms,
        ["HRV_SDANN5"] = Sdann5Ms,
        ["HRV_SDNNI5"] = Sdnni5Ms,
        ["HRV_RMSSD"] = RmssdMs,
        ["HRV_SDSD"] = SdsdMs,
        ["HRV_CVNN"] = Cvnn,
        ["HRV_CVSD"] = Cvsd,
        ["HRV_MedianNN"] = MedianNnMs,
        ["HRV_MadNN"] = MadNnMs,
        ["HRV_MCVNN"] = Mcvnn,
        ["HRV_IQRNN"] = IqrNnMs,
        ["HRV_SDRMSSD"] = SdnnRmssdRatio,
        ["HRV_Prc20NN"] = Prc20NnMs,
        ["HRV_Prc80NN"] = Prc80NnMs,
        ["HRV_pNN50"] = Pnn50Percent,
        ["HRV_pNN20"] = Pnn20Percent,
        ["HRV_MinNN"] = MinNnMs,
        ["HRV_MaxNN"] = MaxNnMs,
        ["HRV_HTI"] = TriangularIndex,
        ["HRV_TINN"] = TinnMs,
        ["HRV_MeanHR"] = MeanHeartRateBpm,
        ["HRV_SDHR"] = SdHeartRateBpm,
        ["HRV_MinHR"] = MinHeartRateBpm,
        ["HRV_MaxHR"] = MaxHeartRateBpm,
    };
}
