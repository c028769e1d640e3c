namespace HrResponse.Signal;

/// <summary>
/// One second-order section (biquad) of an IIR filter, normalised so that <c>a0 = 1</c>:
/// <c>H(z) = (B0 + B1 z⁻¹ + B2 z⁻²) / (1 + A1 z⁻¹ + A2 z⁻²)</c>. A first-order section has <c>B2 = A2 = 0</c>.
/// Cascades of sections (SOS) are numerically safer than one high-order polynomial (scipy's <c>output="sos"</c>).
/// </summary>
/// <param name="B0">Numerator coefficient of z⁰.</param>
/// <param name="B1">Numerator coefficient of z⁻¹.</param>
/// <param name="B2">Numerator coefficient of z⁻².</param>
/// <param name="A1">Denominator coefficient of z⁻¹ (a0 is 1).</param>
/// <param name="A2">Denominator coefficient of z⁻².</param>
public readonly record struct SecondOrderSection(double B0, double B1, double B2, double A1, double A2)
{
    /// <summary>Gain of the section at zero frequency, <c>(B0 + B1 + B2) / (1 + A1 + A2)</c>.</summary>
    public double DcGain => (B0 + B1 + B2) / (1 + A1 + A2);

    /// <summary>True when the section is first order (<c>B2 = A2 = 0</c>).</summary>
    public bool IsFirstOrder => B2 == 0 && A2 == 0;

    /// <summary>Magnitude of the frequency response at <paramref name="frequencyHz"/>.</summary>
    /// <param name="frequencyHz">Frequency in Hz, in <c>[0, samplingRateHz / 2]</c>.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz.</param>
    public double Magnitude(double frequencyHz, double samplingRateHz)
    {
        var w = 2 * Math.PI * frequencyHz / samplingRateHz;
        var z1 = System.Numerics.Complex.FromPolarCoordinates(1, -w);
        var z2 = z1 * z1;
        var num = B0 + (B1 * z1) + (B2 * z2);
        var den = 1 + (A1 * z1) + (A2 * z2);
        return (num / den).Magnitude;
    }
}
