namespace HrResponse.Signal;

/// <summary>Settings of <see cref="WelchSpectrum"/>. Defaults: 300-s Hann segments, 50 % overlap, FFT length the next
/// power of two, each segment's mean removed (Kubios-like).</summary>
public sealed record WelchOptions
{
    /// <summary>Kubios-like defaults: 300-s Hann segments, 50 % overlap, next-power-of-two FFT, segment mean removed.</summary>
    public static WelchOptions Default { get; } = new();

    /// <summary>
    /// NeuroKit2's settings (<c>signal_psd(method="welch")</c>): segments of half the series
    /// (<see cref="WelchSegmentRule.HalfSeries"/>), Hann, 50 % overlap, FFT length twice the segment, no per-segment
    /// detrending (NeuroKit2 removes the mean of the whole series before).
    /// </summary>
    public static WelchOptions NeuroKit2 { get; } = new()
    {
        SegmentRule = WelchSegmentRule.HalfSeries,
        NfftRule = NfftRule.TwiceSegmentLength,
        SegmentDetrending = DetrendingMethod.None,
    };

    /// <summary>Segment length for <see cref="WelchSegmentRule.Fixed"/>; default 300 s. Segments longer than the series are clipped to it.</summary>
    public TimeSpan Segment { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// Segment length in samples for <see cref="WelchSegmentRule.Fixed"/> (SciPy's <c>nperseg</c>), overriding
    /// <see cref="Segment"/>; null (default) uses <see cref="Segment"/>. At least 1; clipped to the series length.
    /// </summary>
    public int? SegmentSampleCount { get; init; }

    /// <summary>How the segment length is chosen; default <see cref="WelchSegmentRule.Fixed"/>.</summary>
    public WelchSegmentRule SegmentRule { get; init; } = WelchSegmentRule.Fixed;

    /// <summary>Overlap between successive segments as a fraction in [0, 1); default 0.5. Overlap in samples is <c>floor(fraction · segment)</c>.</summary>
    public double OverlapFraction { get; init; } = 0.5;

    /// <summary>Taper of each segment; default <see cref="WindowFunction.Hann"/> (periodic form, as SciPy).</summary>
    public WindowFunction Window { get; init; } = WindowFunction.Hann;

    /// <summary>Explicit FFT length ≥ segment length; null (default) applies <see cref="NfftRule"/>.</summary>
    public int? Nfft { get; init; }

    /// <summary>FFT length rule when <see cref="Nfft"/> is null; default <see cref="NfftRule.NextPowerOfTwo"/>.</summary>
    public NfftRule NfftRule { get; init; } = NfftRule.NextPowerOfTwo;

    /// <summary>
    /// What is removed from each segment before windowing: <see cref="DetrendingMethod.Mean"/> (default, SciPy's
    /// <c>detrend="constant"</c>), <see cref="DetrendingMethod.Linear"/> or <see cref="DetrendingMethod.None"/>.
    /// </summary>
    public DetrendingMethod SegmentDetrending { get; init; } = DetrendingMethod.Mean;
}
