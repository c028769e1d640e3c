namespace HrResponse.Hrv;

/// <summary>
/// The five HRV frequency bands. Defaults (Task Force 1996; NeuroKit2): ULF [0, 0.0033), VLF [0.0033, 0.04),
/// LF [0.04, 0.15), HF [0.15, 0.4), VHF [0.4, 0.5) Hz — lower edge inclusive, upper edge exclusive, so a spectral
/// point at exactly 0.15 Hz is HF, not LF. With exact (interpolated) band integration the edge rule only decides
/// which points a peak frequency can be.
/// </summary>
public sealed record FrequencyBands
{
    /// <summary>The Task Force (1996) / NeuroKit2 bands.</summary>
    public static FrequencyBands Default { get; } = new();

    /// <summary>Ultra-low frequency, default [0, 0.0033) Hz; meaningful on 24-h recordings only.</summary>
    public FrequencyBand Ulf { get; init; } = new(0, 0.0033);

    /// <summary>Very-low frequency, default [0.0033, 0.04) Hz.</summary>
    public FrequencyBand Vlf { get; init; } = new(0.0033, 0.04);

    /// <summary>Low frequency, default [0.04, 0.15) Hz.</summary>
    public FrequencyBand Lf { get; init; } = new(0.04, 0.15);

    /// <summary>High frequency, default [0.15, 0.4) Hz.</summary>
    public FrequencyBand Hf { get; init; } = new(0.15, 0.4);

    /// <summary>Very-high frequency, default [0.4, 0.5) Hz.</summary>
    public FrequencyBand Vhf { get; init; } = new(0.4, 0.5);

    /// <summary>The bands in order ULF, VLF, LF, HF, VHF with their short names.</summary>
    public IReadOnlyList<(string Name, FrequencyBand Band)> All =>
        [("ULF", Ulf), ("VLF", Vlf), ("LF", Lf), ("HF", Hf), ("VHF", Vhf)];

    /// <summary>Highest upper edge of the five bands, in Hz.</summary>
    public double MaximumHz => All.Max(b => b.Band.HighHz);
}
