namespace HrResponse.Signal;

/// <summary>Settings of <see cref="EcgFilter.Clean"/>. The defaults suit display and detection of adult ECG.</summary>
public sealed record EcgFilterOptions
{
    /// <summary>Lower edge (−3 dB) of the Butterworth band-pass in Hz; removes baseline wander. Default 0.5 Hz.</summary>
    public double LowCutHz { get; init; } = 0.5;

    /// <summary>
    /// Upper edge (−3 dB) of the band-pass in Hz; removes muscle noise. Default 40 Hz. When it is not below half the
    /// sampling rate only the high-pass part is applied.
    /// </summary>
    public double HighCutHz { get; init; } = 40;

    /// <summary>Order of the Butterworth prototype (each pass; the zero-phase result has twice the attenuation). Default 2.</summary>
    public int Order { get; init; } = 2;

    /// <summary>Mains frequency in Hz for the notch (50 in Europe, 60 in the Americas), or <c>null</c> for no notch. Default 50 Hz.
    /// The notch is skipped when this is not below half the sampling rate.</summary>
    public double? PowerlineHz { get; init; } = 50;

    /// <summary>Quality factor of the notch (centre / bandwidth). Default 30.</summary>
    public double NotchQualityFactor { get; init; } = 30;

    /// <summary>The defaults.</summary>
    public static EcgFilterOptions Default { get; } = new();
}
