using HrResponse.Signal;

namespace HrResponse.Hrv;

/// <summary>
/// Settings of <see cref="FrequencyDomainAnalysis.Compute(RrIntervals, FrequencyDomainOptions?)"/>: resampling, detrending, spectral estimator, bands and
/// index definitions. Presets: <see cref="Default"/> (= <see cref="TaskForce1996"/>, Kubios-like) and
/// <see cref="NeuroKit2"/> (reproduces <c>nk.hrv_frequency</c> of NeuroKit2 0.2.12).
/// </summary>
/// <remarks>
/// <para>Pipeline: RR intervals (ms) at their beat times → resampled onto an even grid at
/// <see cref="ResamplingRateHz"/> with <see cref="Interpolation"/> (not for Lomb on beat times) → detrended
/// (<see cref="Detrending"/>) → mean removed → spectrum (<see cref="Method"/>) → optional division by its maximum
/// (<see cref="Normalization"/>) → band powers from <see cref="LowFrequencyLimit"/> up (<see cref="Integration"/>).</para>
/// <para>Preset comparison:</para>
/// <list type="table">
/// <listheader><term>setting</term><description>Default / TaskForce1996 — NeuroKit2</description></listheader>
/// <item><term>beat times</term><description>the series' own — NeuroKit2's running sum of RR / 1000 (decides the sample count when the record spans whole 10-ms steps)</description></item>
/// <item><term>interpolation</term><description>cubic spline at 4 Hz, first to last beat — quadratic spline at 100 Hz, NumPy arange grid</description></item>
/// <item><term>detrending</term><description>smoothness priors λ = 500 — none (mean removed)</description></item>
/// <item><term>Welch</term><description>300-s Hann segments, 50 % overlap, nfft next power of two, segment mean removed — half-record Hann segments, 50 % overlap, nfft twice the segment</description></item>
/// <item><term>spectrum scale</term><description>ms²/Hz — divided by its maximum</description></item>
/// <item><term>lowest frequency</term><description>1/segment (Welch), 1/record (Lomb, Burg) — 4/record</description></item>
/// <item><term>band integration</term><description>interpolated edges — trapezoid over points inside [low, high)</description></item>
/// <item><term>LFn, HFn</term><description>100·LF/(LF+HF) n.u. — LF/TP, HF/TP</description></item>
/// <item><term>Lomb</term><description>beat times, density ms²/Hz, exact sums — resampled series, astropy "psd" scale, astropy's fast sums</description></item>
/// </list>
/// </remarks>
public sealed record FrequencyDomainOptions
{
    /// <summary>The default: <see cref="TaskForce1996"/>.</summary>
    public static FrequencyDomainOptions Default { get; } = new();

    /// <summary>
    /// Task Force (1996) definitions with Kubios-like processing: cubic spline at 4 Hz, smoothness-priors detrending
    /// with λ = 500, Welch with 300-s Hann segments and 50 % overlap, powers in ms², LFn/HFn in n.u. of LF + HF.
    /// The Kubios-like settings follow the Kubios HRV user guide; they are not verified against Kubios output.
    /// </summary>
    public static FrequencyDomainOptions TaskForce1996 { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12's <c>hrv_frequency</c> defaults, verified against its output on the shared reference
    /// recordings: beat times as NeuroKit2's running sum of the intervals (<see cref="SpectralTimeAxis.NeuroKit2CumulativeSum"/>,
    /// to the last bit), quadratic spline at 100 Hz on
    /// <c>arange(t₀, t_last + 0.01, 0.01)</c>, mean removed, Welch with segments of half the record (Hann, 50 %
    /// overlap, nfft = 2 × segment, no segment detrending), spectrum divided by its maximum, frequencies below
    /// <c>4 / duration</c> discarded, band power by trapezoid over the points in [low, high), LFn = LF/TP.
    /// Use <c>with { Normalization = SpectrumNormalization.None }</c> for NeuroKit2's <c>normalize=False</c> (ms²) and
    /// <c>with { Method = PsdMethod.Lomb }</c> for its <c>psd_method="lomb"</c>.
    /// </summary>
    public static FrequencyDomainOptions NeuroKit2 { get; } = new()
    {
        TimeAxis = SpectralTimeAxis.NeuroKit2CumulativeSum,
        Interpolation = InterpolationMethod.Quadratic,
        ResamplingRateHz = 100,
        ResamplingGrid = ResamplingGrid.NeuroKit2,
        Detrending = DetrendingMethod.None,
        Welch = WelchOptions.NeuroKit2,
        Lomb = new LombScargleOptions { Scaling = LombScaling.AstropyPsd, Algorithm = LombAlgorithm.Astropy, OversamplingFactor = 5 },
        LombSamples = LombSamples.Resampled,
        Normalization = SpectrumNormalization.DivideByMaximum,
        LowFrequencyLimit = LowFrequencyLimit.NeuroKit2,
        Integration = BandIntegration.PointsInsideBand,
        NormalizedUnits = NormalizedUnitsRule.FractionOfTotalPower,
    };

    /// <summary>Spectral estimator; default <see cref="PsdMethod.Welch"/>.</summary>
    public PsdMethod Method { get; init; } = PsdMethod.Welch;

    /// <summary>What to do with a series that has gaps. Default <see cref="SpectralGapHandling.Bridge"/>.</summary>
    public SpectralGapHandling Gaps { get; init; } = SpectralGapHandling.Bridge;

    /// <summary>Interpolation of the RR series onto the even grid; default cubic spline.</summary>
    public InterpolationMethod Interpolation { get; init; } = InterpolationMethod.Cubic;

    /// <summary>
    /// Beat times at which the RR values are resampled (and, for Lomb on beat times, analysed); default the series' own
    /// <see cref="SpectralTimeAxis.BeatTimes"/>.
    /// </summary>
    public SpectralTimeAxis TimeAxis { get; init; } = SpectralTimeAxis.BeatTimes;

    /// <summary>Rate of the even grid in Hz; default 4. Must exceed twice the highest band edge to cover all bands.</summary>
    public double ResamplingRateHz { get; init; } = Resampling.DefaultRateHz;

    /// <summary>Grid rule; default from the first to the last beat.</summary>
    public ResamplingGrid ResamplingGrid { get; init; } = ResamplingGrid.FirstToLastSample;

    /// <summary>Detrending of the resampled series; default smoothness priors.</summary>
    public DetrendingMethod Detrending { get; init; } = DetrendingMethod.SmoothnessPriors;

    /// <summary>
    /// λ of smoothness-priors detrending for a series at <see cref="ResamplingRateHz"/>; default 500 (cut-off about
    /// 0.035–0.04 Hz at 4 Hz). For Lomb–Scargle on beat times the beat-indexed series is detrended with
    /// λ · (mean beat rate / ResamplingRateHz)², which keeps the same cut-off frequency.
    /// </summary>
    public double SmoothnessLambda { get; init; } = Signal.Detrending.DefaultSmoothnessLambda;

    /// <summary>Welch settings (used when <see cref="Method"/> is Welch).</summary>
    public WelchOptions Welch { get; init; } = WelchOptions.Default;

    /// <summary>Lomb–Scargle settings (used when <see cref="Method"/> is Lomb); the frequency range is set from the bands and <see cref="LowFrequencyLimit"/>.</summary>
    public LombScargleOptions Lomb { get; init; } = LombScargleOptions.Default;

    /// <summary>Samples the Lomb–Scargle periodogram uses; default the beat times.</summary>
    public LombSamples LombSamples { get; init; } = LombSamples.BeatTimes;

    /// <summary>Burg settings (used when <see cref="Method"/> is Burg); default order 16.</summary>
    public BurgOptions Burg { get; init; } = BurgOptions.Default;

    /// <summary>Scaling of the spectrum; default none (ms²/Hz, powers in ms²).</summary>
    public SpectrumNormalization Normalization { get; init; } = SpectrumNormalization.None;

    /// <summary>Lowest frequency counted; default the spectrum's resolution.</summary>
    public LowFrequencyLimit LowFrequencyLimit { get; init; } = LowFrequencyLimit.Resolution;

    /// <summary>Band integration rule; default interpolated edges.</summary>
    public BandIntegration Integration { get; init; } = BandIntegration.Interpolated;

    /// <summary>Which band powers add up to <c>HRV_TP</c>; default <see cref="TotalPowerRule.AllBands"/>.</summary>
    public TotalPowerRule TotalPower { get; init; } = TotalPowerRule.AllBands;

    /// <summary>Definition of LFn and HFn; default Task Force n.u. of LF + HF.</summary>
    public NormalizedUnitsRule NormalizedUnits { get; init; } = NormalizedUnitsRule.LfPlusHf;

    /// <summary>The five bands; default Task Force / NeuroKit2 edges.</summary>
    public FrequencyBands Bands { get; init; } = FrequencyBands.Default;
}
