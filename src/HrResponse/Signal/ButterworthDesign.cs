using System.Numerics;
using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Digital Butterworth filters as cascades of second-order sections, designed like scipy's
/// <c>signal.butter(order, Wn, btype, output="sos", fs=fs)</c>: analog prototype, frequency pre-warping and the
/// bilinear transform. A band-pass of order N has 2N poles (N sections), as in scipy.
/// </summary>
/// <remarks>
/// Each section is scaled so that the cascade has gain 1 in the pass band (at 0 Hz for a low-pass, at the Nyquist
/// frequency for a high-pass, at the pre-warped geometric centre for a band-pass), so the overall transfer function
/// equals scipy's; the split into sections may differ. Reference: Butterworth S (1930), <i>On the theory of filter
/// amplifiers</i>, Wireless Engineer 7:536–541; Oppenheim and Schafer, <i>Discrete-Time Signal Processing</i>, §7.1.
/// </remarks>
public static class ButterworthDesign
{
    /// <summary>A low-pass filter.</summary>
    /// <param name="order">Filter order, 1 to 20.</param>
    /// <param name="cutoffHz">−3 dB frequency in Hz, in <c>(0, samplingRateHz / 2)</c>.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive.</param>
    /// <returns>The sections, first-order section (if any) first.</returns>
    /// <exception cref="ArgumentException">An argument is outside its range.</exception>
    public static SecondOrderSection[] LowPass(int order, double cutoffHz, double samplingRateHz)
    {
        Check(order, samplingRateHz);
        CheckFrequency(cutoffHz, samplingRateHz, nameof(cutoffHz));
        var wa = Warp(cutoffHz, samplingRateHz);
        var poles = Prototype(order).Select(p => p * wa).ToList();
        return Build(Bilinear(poles, samplingRateHz), zerosAtPlusOne: 0, zerosAtMinusOne: order, 0, samplingRateHz);
    }

    /// <summary>A high-pass filter.</summary>
    /// <param name="order">Filter order, 1 to 20.</param>
    /// <param name="cutoffHz">−3 dB frequency in Hz, in <c>(0, samplingRateHz / 2)</c>.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive.</param>
    /// <returns>The sections, first-order section (if any) first.</returns>
    /// <exception cref="ArgumentException">An argument is outside its range.</exception>
    public static SecondOrderSection[] HighPass(int order, double cutoffHz, double samplingRateHz)
    {
        Check(order, samplingRateHz);
        CheckFrequency(cutoffHz, samplingRateHz, nameof(cutoffHz));
        var wa = Warp(cutoffHz, samplingRateHz);
        var poles = Prototype(order).Select(p => wa / p).ToList();
        return Build(Bilinear(poles, samplingRateHz), zerosAtPlusOne: order, zerosAtMinusOne: 0, samplingRateHz / 2, samplingRateHz);
    }

    /// <summary>A band-pass filter with 2 × <paramref name="order"/> poles.</summary>
    /// <param name="order">Order of the low-pass prototype, 1 to 20 (scipy's <c>N</c>).</param>
    /// <param name="lowHz">Lower −3 dB frequency in Hz, in <c>(0, highHz)</c>.</param>
    /// <param name="highHz">Upper −3 dB frequency in Hz, in <c>(lowHz, samplingRateHz / 2)</c>.</param>
    /// <param name="samplingRateHz">Sampling rate in Hz; finite and positive.</param>
    /// <returns>The <paramref name="order"/> sections.</returns>
    /// <exception cref="ArgumentException">An argument is outside its range.</exception>
    public static SecondOrderSection[] BandPass(int order, double lowHz, double highHz, double samplingRateHz)
    {
        Check(order, samplingRateHz);
        CheckFrequency(lowHz, samplingRateHz, nameof(lowHz));
        CheckFrequency(highHz, samplingRateHz, nameof(highHz));
        if (!(lowHz < highHz))
            throw new ArgumentException(
                $"Must be below highHz ({Guard.Show(highHz)} Hz); it is {Guard.Show(lowHz)} Hz.", nameof(lowHz));
        var w1 = Warp(lowHz, samplingRateHz);
        var w2 = Warp(highHz, samplingRateHz);
        var bw = w2 - w1;
        var w0Squared = w1 * w2;
        var poles = new List<Complex>(2 * order);
        foreach (var p in Prototype(order))
        {
            var pl = p * (bw / 2);
            var root = Complex.Sqrt((pl * pl) - w0Squared);
            poles.Add(pl + root);
            poles.Add(pl - root);
        }

        // The analog centre sqrt(w1 w2) maps to this digital frequency.
        var centreHz = Math.Atan(Math.Sqrt(w0Squared) / (2 * samplingRateHz)) * samplingRateHz / Math.PI;
        return Build(Bilinear(poles, samplingRateHz), zerosAtPlusOne: order, zerosAtMinusOne: order, centreHz, samplingRateHz);
    }

    private static void Check(int order, double samplingRateHz)
    {
        if (order is < 1 or > 20)
            throw new ArgumentOutOfRangeException(nameof(order), order, $"Must be in [1, 20]; it is {order}.");
        Guard.Positive(samplingRateHz, nameof(samplingRateHz));
    }

    private static void CheckFrequency(double hz, double samplingRateHz, string name)
    {
        if (!(hz > 0 && hz < samplingRateHz / 2))
            throw new ArgumentOutOfRangeException(
                name, hz,
                $"Must be in (0, {Guard.Show(samplingRateHz / 2)}) Hz, i.e. below half the sampling rate of " +
                $"{Guard.Show(samplingRateHz)} Hz; it is {Guard.Show(hz)} Hz.");
    }

    private static double Warp(double hz, double fs) => 2 * fs * Math.Tan(Math.PI * hz / fs);

    /// <summary>Poles of the analog Butterworth prototype with cutoff 1 rad/s: −exp(iπm/(2N)), m = −N+1, −N+3, …, N−1.</summary>
    private static IEnumerable<Complex> Prototype(int order)
    {
        for (var m = -order + 1; m < order; m += 2)
            yield return -Complex.Exp(new Complex(0, Math.PI * m / (2.0 * order)));
    }

    private static List<Complex> Bilinear(List<Complex> analogPoles, double fs)
    {
        var fs2 = 2 * fs;
        return analogPoles.Select(s => (fs2 + s) / (fs2 - s)).ToList();
    }

    private static SecondOrderSection[] Build(
        List<Complex> poles, int zerosAtPlusOne, int zerosAtMinusOne, double referenceHz, double fs)
    {
        const double Tolerance = 1e-10;
        var complexUpper = poles.Where(p => p.Imaginary > Tolerance).OrderBy(p => p.Magnitude).ToList();
        var reals = poles.Where(p => Math.Abs(p.Imaginary) <= Tolerance).Select(p => p.Real).OrderBy(r => r).ToList();
        var denominators = new List<(double A1, double A2, int Order)>();
        for (var i = 0; i + 1 < reals.Count; i += 2)
            denominators.Add((-(reals[i] + reals[i + 1]), reals[i] * reals[i + 1], 2));
        if (reals.Count % 2 == 1) denominators.Insert(0, (-reals[^1], 0, 1));
        foreach (var p in complexUpper) denominators.Add((-2 * p.Real, p.Magnitude * p.Magnitude, 2));

        var plus = zerosAtPlusOne;
        var minus = zerosAtMinusOne;
        var sections = new SecondOrderSection[denominators.Count];
        for (var k = 0; k < denominators.Count; k++)
        {
            var (a1, a2, order) = denominators[k];
            // Distribute the zeros: each section takes as many zeros as poles, mixing +1 and −1 for band-passes.
            var roots = new List<double>(2);
            for (var j = 0; j < order; j++)
            {
                if (plus > 0 && (minus == 0 || plus >= minus)) { roots.Add(1); plus--; }
                else { roots.Add(-1); minus--; }
            }

            double b0 = 1, b1, b2;
            if (roots.Count == 1) { b1 = -roots[0]; b2 = 0; }
            else { b1 = -(roots[0] + roots[1]); b2 = roots[0] * roots[1]; }
            var section = new SecondOrderSection(b0, b1, b2, a1, a2);
            var gain = section.Magnitude(referenceHz, fs);
            sections[k] = new SecondOrderSection(b0 / gain, b1 / gain, b2 / gain, a1, a2);
        }

        return sections;
    }
}
