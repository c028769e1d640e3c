namespace HrResponse.Hrv;

/// <summary>All HRV settings, grouped by domain, with a name for reports. Presets reproduce other tools.</summary>
public sealed record HrvOptions
{
    /// <summary>Name shown in reports, e.g. <c>"NeuroKit2"</c>.</summary>
    public string Name { get; init; } = "Default";

    /// <summary>Which index groups <see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/> computes. Default <see cref="HrvDomains.All"/>.</summary>
    public HrvDomains Domains { get; init; } = HrvDomains.All;

    /// <summary>Time-domain settings.</summary>
    public TimeDomainOptions TimeDomain { get; init; } = TimeDomainOptions.Default;

    /// <summary>Frequency-domain settings. Default <see cref="FrequencyDomainOptions.Default"/> (Kubios-like).</summary>
    public FrequencyDomainOptions FrequencyDomain { get; init; } = FrequencyDomainOptions.Default;

    /// <summary>Nonlinear settings. Default <see cref="NonlinearOptions.Default"/>.</summary>
    public NonlinearOptions Nonlinear { get; init; } = NonlinearOptions.Default;

    /// <summary>
    /// HrResponse's defaults, the Task Force (1996) definitions: pNN over successive differences (as pyHRV and
    /// PhysioNet's pNNx), SDSD N − 1, complete clock-aligned SDANN/SDNNI segments, full least-squares TINN, half-open
    /// 1/128 s bins. Verified: not against another tool as a whole; every index against hand-computed cases,
    /// full-search TINN against a brute-force search, and the definitions it shares with NeuroKit2 (MeanNN, SDNN,
    /// RMSSD, SDSD, CV*, MedianNN, MadNN, IQRNN, percentiles, Min/Max, HTI on recordings whose longest interval is not
    /// on a bin edge) against NeuroKit2 0.2.12 on the reference recordings (docs/validation.md).
    /// </summary>
    public static HrvOptions Default { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12. Time domain (<see cref="TimeDomainOptions.NeuroKit2"/>): verified — every <c>hrv_time</c>
    /// index matches NeuroKit2 0.2.12 to 1e-9 relative on the shared reference recordings (24 h Holter and 5 min
    /// series, 128 Hz and 1 ms resolution; docs/validation.md).
    /// </summary>
    /// <remarks>Frequency domain (<see cref="FrequencyDomainOptions.NeuroKit2"/>): verified against NeuroKit2 0.2.12's
    /// <c>hrv_frequency</c> (Welch and Lomb, normalised and not) to about 1e-12 relative on the short reference
    /// reference recordings; the 24-hour ones on demand (a long check, not run by default); shorter
    /// recordings (28–120 s synthetic series, the 67–110-s Polar H10 recordings without reference files) against an
    /// independent transcription of its source.
    /// Nonlinear (<see cref="NonlinearOptions.NeuroKit2"/>): verified against NeuroKit2 0.2.12 by
    /// the reference recordings (Poincaré, asymmetry, fragmentation to 1e-9; entropies to 1e-6; DFA within 0.01; other
    /// complexity indices within 2 %; correlation dimension to 1e-9 with NeuroKit2's radii). Unlike NeuroKit2 itself, the O(N²) indices
    /// (FuzzyEn, CD) are NaN above 20,000 intervals: NeuroKit2 ran out of memory on the 24-hour reference recordings
    /// and returned nothing there.</remarks>
    public static HrvOptions NeuroKit2 { get; } = new()
    {
        Name = "NeuroKit2",
        TimeDomain = TimeDomainOptions.NeuroKit2,
        FrequencyDomain = FrequencyDomainOptions.NeuroKit2,
        Nonlinear = NonlinearOptions.NeuroKit2 with { QuadraticIndicesMaxIntervals = 20_000 },
    };

    /// <summary>
    /// Task Force of the ESC and NASPE (1996), Circulation 93:1043–1065. Time domain
    /// (<see cref="TimeDomainOptions.TaskForce1996"/>): follows the paper's definitions (5-min segments of the whole
    /// recording for SDANN/SDNN index, 1/128 s histogram bins, least-squares triangle for TINN); not verified
    /// against another tool. The paper words pNN50 as "NN50 count divided by the total number of all NN
    /// intervals"; this preset divides by the number of successive differences (one fewer when there are no gaps).
    /// </summary>
    public static HrvOptions TaskForce1996 { get; } = new()
    {
        Name = "TaskForce1996",
        TimeDomain = TimeDomainOptions.TaskForce1996,
        FrequencyDomain = FrequencyDomainOptions.TaskForce1996,
    };

    /// <summary>
    /// hrv-analysis 1.0.x (Aura Healthcare; PyPI <c>hrv-analysis</c>, module <c>hrvanalysis</c>): <c>get_time_domain_features</c>,
    /// <c>get_geometrical_features</c>, <c>get_poincare_plot_features</c>, <c>get_csi_cvi_features</c>, <c>get_sampen</c>
    /// and <c>get_frequency_domain_features(method="welch", sampling_frequency=7, interpolation_method="linear")</c>.
    /// Time domain: pNN50/pNN20 over the number of intervals (<c>100 · nni_50 / len(nn_intervals)</c>; newer releases
    /// with <c>pnni_as_percent=True</c> divide by the differences: use <c>PnnDenominator.SuccessiveDifferences</c>),
    /// SDSD and the HR SD with N (<c>np.std</c>), SDNN with N − 1, HTI from NumPy bins of 8 ms starting at 300 ms.
    /// Nonlinear: SD1/SD2 from SDNN and SDSD with N − 1; SampEn as nolds 0.6 (r = 0.2006·SD, N − 1). Frequency:
    /// linear interpolation at 7 Hz on <c>arange(0, t_last, 1/7)</c>, mean removed, SciPy Welch with 256-sample Hann
    /// segments, 50 % overlap, segment mean removed, nfft 4096; band power by trapezoid over the points in
    /// [low, high); VLF [0.0033, 0.04) Hz; total power VLF + LF + HF; LFnu = 100·LF/(LF + HF).
    /// </summary>
    /// <remarks>Verified against hrv-analysis's own test suite (its 1000-interval test series, every asserted value to
    /// 1e-9 relative); the frequency-domain settings follow its source
    /// (its suite asserts no spectral value). Not reproduced: TINN (hrv-analysis returns None), and bins above
    /// 1992 ms (hrv-analysis's last edge; intervals above it are left out of its histogram, here they are counted).
    /// See <see cref="HrvPresetDescription"/>.</remarks>
    public static HrvOptions HrvAnalysis { get; } = new()
    {
        Name = "hrv-analysis",
        TimeDomain = new TimeDomainOptions
        {
            PnnDenominator = PnnDenominator.Intervals,
            SdsdEstimator = DeviationEstimator.PopulationN,
            HeartRateSdEstimator = DeviationEstimator.PopulationN,
            HistogramBinning = HistogramBinning.NumPy,
            HistogramBinWidth = TimeSpan.FromMilliseconds(8),
            HistogramStart = TimeSpan.FromMilliseconds(300),
        },
        FrequencyDomain = new FrequencyDomainOptions
        {
            Interpolation = Signal.InterpolationMethod.Linear,
            ResamplingRateHz = 7,
            ResamplingGrid = Signal.ResamplingGrid.HalfOpen,
            Detrending = Signal.DetrendingMethod.Mean,
            Welch = new Signal.WelchOptions
            {
                SegmentSampleCount = 256,
                Window = Signal.WindowFunction.Hann,
                OverlapFraction = 0.5,
                Nfft = 4096,
                SegmentDetrending = Signal.DetrendingMethod.Mean,
            },
            Bands = FrequencyBands.Default,
            Integration = BandIntegration.PointsInsideBand,
            TotalPower = TotalPowerRule.VlfLfHf,
            NormalizedUnits = NormalizedUnitsRule.LfPlusHf,
        },
        Nonlinear = NonlinearOptions.Default with
        {
            PoincareMethod = PoincareMethod.SdnnSdsdFormula,
            PoincareEstimator = DeviationEstimator.SampleNMinus1,
            ToleranceSdFactor = NoldsToleranceFactor,
            ToleranceEstimator = EntropyToleranceEstimator.SampleStandardDeviation,
        },
    };

    /// <summary>
    /// pyHRV 0.4 (<c>pyhrv.hrv()</c> with its defaults: <c>time_domain</c>, <c>welch_psd</c>, <c>nonlinear</c>).
    /// Time domain: pNNx over the successive differences, SDSD as the N − 1 SD of the absolute differences
    /// (<c>tools.nni_diff</c> is <c>abs(diff)</c>), SDNN and the HR SD with N − 1, HTI from NumPy bins of 7.8125 ms
    /// from 0. Welch (<c>welch_psd</c>): cubic spline at 4 Hz on <c>arange(t₀, t_last, 0.25 s)</c>, mean removed,
    /// Hamming window over the whole series when it is shorter than 300 s (else 300-sample segments), 50 % overlap,
    /// segment mean removed, nfft 4096; bands VLF [0, 0.04], LF [0.04, 0.15], HF [0.15, 0.4] Hz with inclusive edges,
    /// power as the rectangle sum Σ P·Δf, total power VLF + LF + HF. Poincaré: projections with N (<c>np.std</c>).
    /// SampEn: nolds with r = 0.2 · <c>np.std(nn, ddof=-1)</c>. DFA: nolds' F(n) (mean of the box RMS, boxes with a
    /// straight-line profile counted as 0), non-overlapping boxes of 4–16 and 17–64 beats, least-squares slope (nolds
    /// fits by RANSAC, which is random for α2; see <see cref="HrvPresetDescription"/>).
    /// </summary>
    /// <remarks>Verified against pyHRV's worked example (its <c>SampleReport.txt</c> on <c>samples/series_1</c>, to the
    /// printed decimals), SampEn and DFA α1 included. Not reproduced (see <see cref="HrvPresetDescription"/>):
    /// TINN (pyHRV's own grid search), SDANN/SDNN index (pyHRV's segmentation), Lomb–Scargle (pyHRV 0.4 passes 2π/f
    /// to SciPy), the AR spectrum, and DFA α2 (nolds fits it by RANSAC, a random line fit that drops points here).</remarks>
    public static HrvOptions PyHrv { get; } = new()
    {
        Name = "pyHRV",
        TimeDomain = new TimeDomainOptions
        {
            PnnDenominator = PnnDenominator.SuccessiveDifferences,
            SdsdEstimator = DeviationEstimator.SampleNMinus1,
            SdsdDifferences = SuccessiveDifferenceForm.Absolute,
            HeartRateSdEstimator = DeviationEstimator.SampleNMinus1,
            HistogramBinning = HistogramBinning.NumPy,
            HistogramBinWidth = TimeDomainOptions.TaskForceBinWidth,
        },
        FrequencyDomain = new FrequencyDomainOptions
        {
            Interpolation = Signal.InterpolationMethod.Cubic,
            ResamplingRateHz = 4,
            ResamplingGrid = Signal.ResamplingGrid.HalfOpen,
            Detrending = Signal.DetrendingMethod.Mean,
            Welch = new Signal.WelchOptions
            {
                SegmentRule = Signal.WelchSegmentRule.PyHrv,
                Window = Signal.WindowFunction.Hamming,
                OverlapFraction = 0.5,
                Nfft = 4096,
                SegmentDetrending = Signal.DetrendingMethod.Mean,
            },
            Bands = new FrequencyBands { Vlf = new(0, 0.04) },
            Integration = BandIntegration.RectangleInclusive,
            TotalPower = TotalPowerRule.VlfLfHf,
            NormalizedUnits = NormalizedUnitsRule.LfPlusHf,
        },
        Nonlinear = NonlinearOptions.Default with
        {
            PoincareMethod = PoincareMethod.PairProjections,
            PoincareEstimator = DeviationEstimator.PopulationN,
            ToleranceSdFactor = 0.2,
            ToleranceEstimator = EntropyToleranceEstimator.DivideByNPlus1,
            DfaAlpha1MinBeats = 4,
            DfaAlpha1MaxBeats = 16,
            DfaAlpha2MinBeats = 17,
            DfaAlpha2MaxBeats = 64,
            DfaWindowing = DfaWindowing.NonOverlapping,
            DfaBoxSizeRule = DfaBoxSizeRule.AllRequested,
            DfaFluctuationAverage = DfaFluctuationAverage.MeanOfBoxRms,
            DfaFlatBoxes = DfaFlatBoxes.Included,
        },
    };

    /// <summary>
    /// systole 0.3 (<c>systole.hrv.time_domain</c>, <c>frequency_domain</c>, <c>poincare</c>). Time domain: pNN50 over
    /// the successive differences, SDNN and SDSD with N − 1. Frequency (<c>psd</c>): cubic spline at 5 Hz on
    /// <c>arange(t₀, t_last, 0.2 s)</c>, SciPy Welch with 256-s (1280-sample) Hann segments clipped to the series,
    /// 50 % overlap, segment mean removed, nfft = segment; VLF [0.003, 0.04) Hz; band power by trapezoid over the
    /// points in [low, high); total power VLF + LF + HF; n.u. of LF + HF. Poincaré: SD1/SD2 from SDNN and SDSD with N.
    /// </summary>
    /// <remarks>Reproduces every value systole's test suite (<c>tests/test_hrv.py</c>) asserts on its own input
    /// (<c>datasets/rr.txt</c>) for <c>time_domain</c>, <c>frequency_domain</c> and <c>poincare</c>, to its
    /// <c>np.isclose</c> tolerance; systole rounds the peak frequencies to 6 decimals, HrResponse does not. Recurrence
    /// indices are not computed. See <see cref="HrvPresetDescription"/>.</remarks>
    public static HrvOptions Systole { get; } = new()
    {
        Name = "systole",
        TimeDomain = new TimeDomainOptions
        {
            PnnDenominator = PnnDenominator.SuccessiveDifferences,
            SdsdEstimator = DeviationEstimator.SampleNMinus1,
        },
        FrequencyDomain = new FrequencyDomainOptions
        {
            Interpolation = Signal.InterpolationMethod.Cubic,
            ResamplingRateHz = 5,
            ResamplingGrid = Signal.ResamplingGrid.HalfOpen,
            Detrending = Signal.DetrendingMethod.None,
            Welch = new Signal.WelchOptions
            {
                SegmentSampleCount = 1280,
                Window = Signal.WindowFunction.Hann,
                OverlapFraction = 0.5,
                NfftRule = Signal.NfftRule.SegmentLength,
                SegmentDetrending = Signal.DetrendingMethod.Mean,
            },
            Bands = new FrequencyBands { Vlf = new(0.003, 0.04) },
            Integration = BandIntegration.PointsInsideBand,
            TotalPower = TotalPowerRule.VlfLfHf,
            NormalizedUnits = NormalizedUnitsRule.LfPlusHf,
        },
        Nonlinear = NonlinearOptions.Default with
        {
            PoincareMethod = PoincareMethod.SdnnSdsdFormula,
            PoincareEstimator = DeviationEstimator.PopulationN,
        },
    };

    /// <summary>
    /// Kubios HRV's documented defaults (Kubios HRV user's guide; the parameter block of a Kubios HRV Premium 3.1
    /// report): cubic interpolation at 4 Hz, smoothness-priors detrending with λ = 500, Welch with 300-s windows and
    /// 50 % overlap, AR order 16, VLF 0–0.04 Hz, total power VLF + LF + HF, HTI with 1/128-s bins, pNN50 over the
    /// successive differences, SD1/SD2 from SDNN and SDSD, entropy with m = 2 and r = 0.2·SDNN, DFA α1 over 4–16 and
    /// α2 over 16–64 beats.
    /// </summary>
    /// <remarks>Not checked against Kubios output: Kubios is closed software and no Kubios result on an input available
    /// to this project was found. The settings are the documented ones; the implementation is HrResponse's. See
    /// <see cref="HrvPresetDescription"/>.</remarks>
    public static HrvOptions Kubios { get; } = new()
    {
        Name = "Kubios",
        TimeDomain = new TimeDomainOptions
        {
            PnnDenominator = PnnDenominator.SuccessiveDifferences,
            SdsdEstimator = DeviationEstimator.SampleNMinus1,
        },
        FrequencyDomain = FrequencyDomainOptions.Default with
        {
            Bands = new FrequencyBands { Vlf = new(0, 0.04) },
            TotalPower = TotalPowerRule.VlfLfHf,
        },
        Nonlinear = NonlinearOptions.Default with
        {
            PoincareMethod = PoincareMethod.SdnnSdsdFormula,
            PoincareEstimator = DeviationEstimator.SampleNMinus1,
        },
    };

    /// <summary>
    /// nolds 0.6's default SampEn tolerance factor, <c>0.1164 · (0.5627 · ln 2 + 1.3334)</c> ≈ 0.2006, times the
    /// N − 1 SD (hrv-analysis's <c>get_sampen</c> calls <c>nolds.sampen(nn_intervals, emb_dim=2)</c>).
    /// </summary>
    public static double NoldsToleranceFactor => 0.1164 * ((0.5627 * Math.Log(2)) + 1.3334);

    /// <summary>The options of a named preset.</summary>
    /// <param name="preset">The preset.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a defined value.</exception>
    public static HrvOptions FromPreset(HrvPreset preset) => preset switch
    {
        HrvPreset.Default => Default,
        HrvPreset.NeuroKit2 => NeuroKit2,
        HrvPreset.TaskForce1996 => TaskForce1996,
        HrvPreset.HrvAnalysis => HrvAnalysis,
        HrvPreset.PyHrv => PyHrv,
        HrvPreset.Systole => Systole,
        HrvPreset.Kubios => Kubios,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, $"Must be a defined HrvPreset; it is {(int)preset}."),
    };
}
