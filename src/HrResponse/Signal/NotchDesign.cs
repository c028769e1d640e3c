using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Second-order IIR notch (band-stop) filter for power-line interference, designed like scipy's
/// <c>signal.iirnotch(f0, Q, fs)</c>: zeros on the unit circle at <c>f0</c>, −3 dB bandwidth <c>f0 / Q</c>.
/// </summary>
/// <remarks>Reference: Orfanidis SJ, <i>Introduction to Signal Processing</i>, Prentice-Hall 1996, §11.3.</remarks>
public static class NotchDesign
{
    /// <summary>Designs the notch.</summary>
    /// <param name="frequencyHz">Centre frequency in Hz (50 or 60 for mains), in <c>(0, samplingRateHz / 2)</c>.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive.</param>
    /// <param name="qualityFactor">Centre frequency divided by the −3 dB bandwidth; positive. Default 30 (≈1.7 Hz wide at 50 Hz).</param>
    /// <returns>One section with unit gain at 0 Hz and at the Nyquist frequency.</returns>
    /// <exception cref="ArgumentException">An argument is outside its range.</exception>
    public static SecondOrderSection Notch(double frequencyHz, double samplingRateHz, double qualityFactor = 30)
    {
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
        Guard.Positive(qualityFactor, nameof(qualityFactor));
        if (!(frequencyHz > 0 && frequencyHz < samplingRateHz / 2))
            throw new ArgumentOutOfRangeException(
                nameof(frequencyHz), frequencyHz,
                $"Must be in (0, {Guard.Show(samplingRateHz / 2)}) Hz (below half the sampling rate); it is {Guard.Show(frequencyHz)} Hz.");
        var w0 = 2 * Math.PI * frequencyHz / samplingRateHz;
        var bandwidth = w0 / qualityFactor;
        var beta = Math.Tan(bandwidth / 2);
        var gain = 1 / (1 + beta);
        var cos = Math.Cos(w0);
        return new SecondOrderSection(gain, -2 * gain * cos, gain, -2 * gain * cos, (2 * gain) - 1);
    }
}
