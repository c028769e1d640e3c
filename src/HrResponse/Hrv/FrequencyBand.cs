namespace HrResponse.Hrv;

/// <summary>A frequency band <c>[LowHz, HighHz)</c>: a frequency f belongs to it when <c>LowHz ≤ f &lt; HighHz</c>.</summary>
/// <param name="LowHz">Lower edge in Hz (inclusive), ≥ 0.</param>
/// <param name="HighHz">Upper edge in Hz (exclusive), greater than <paramref name="LowHz"/>.</param>
public readonly record struct FrequencyBand(double LowHz, double HighHz)
{
    /// <summary>Width in Hz.</summary>
    public double WidthHz => HighHz - LowHz;

    /// <summary>True when <c>LowHz ≤ f &lt; HighHz</c>.</summary>
    /// <param name="frequencyHz">Frequency in Hz.</param>
    public bool Contains(double frequencyHz) => frequencyHz >= LowHz && frequencyHz < HighHz;

    /// <summary>The band as a half-open interval in hertz, e.g. <c>[0.04, 0.15) Hz</c> (invariant culture).</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{LowHz}, {HighHz}) Hz");
}
