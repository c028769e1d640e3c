using HrResponse.Internal;

namespace HrResponse.Signal;

/// <summary>
/// Applies cascades of second-order sections (see <see cref="SecondOrderSection"/>): once forward (causal, like
/// scipy's <c>sosfilt</c> with zero initial state) or forward and backward (zero phase, like scipy's
/// <c>sosfiltfilt</c>).
/// </summary>
public static class SosFilter
{
    /// <summary>
    /// Filters causally in transposed direct form II, starting from rest (zero state). The output lags the input by
    /// the filter's group delay.
    /// </summary>
    /// <param name="signal">Input samples; not changed.</param>
    /// <param name="sections">The cascade, applied in order; at least one section.</param>
    /// <returns>A new array of the same length.</returns>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is empty.</exception>
    public static double[] Filter(ReadOnlySpan<double> signal, ReadOnlySpan<SecondOrderSection> sections)
    {
        if (sections.IsEmpty) throw new ArgumentException("Must contain at least one section; it is empty.", nameof(sections));
        var y = signal.ToArray();
        foreach (var s in sections) Run(y, s, 0, 0, reverse: false);
        return y;
    }

    /// <summary>
    /// Zero-phase filtering: forward, then backward over the result, so the output has no delay and the squared
    /// magnitude response of the cascade. As scipy's <c>sosfiltfilt</c> (default <c>padtype="odd"</c>), the signal is
    /// first extended at both ends by <c>3 (2 S + 1 − z)</c> samples of odd reflection (S sections, z the number of
    /// first-order sections; fewer when the signal is shorter) and each pass starts from the steady state for its
    /// first sample, which keeps edge transients small.
    /// </summary>
    /// <param name="signal">Input samples; not changed. An empty input gives an empty output.</param>
    /// <param name="sections">The cascade; at least one section.</param>
    /// <returns>A new array of the same length.</returns>
    /// <exception cref="ArgumentException"><paramref name="sections"/> is empty.</exception>
    public static double[] FilterZeroPhase(ReadOnlySpan<double> signal, ReadOnlySpan<SecondOrderSection> sections)
    {
        if (sections.IsEmpty) throw new ArgumentException("Must contain at least one section; it is empty.", nameof(sections));
        var n = signal.Length;
        if (n == 0) return [];
        var firstOrder = 0;
        foreach (var s in sections) if (s.IsFirstOrder) firstOrder++;
        var padLength = Math.Min(3 * ((2 * sections.Length) + 1 - firstOrder), n - 1);
        var ext = OddExtension(signal, padLength);

        // Steady-state initial conditions for a unit step at each section's input, scaled by the DC gain before it.
        var zi = new (double Z1, double Z2)[sections.Length];
        var scale = 1.0;
        for (var k = 0; k < sections.Length; k++)
        {
            var s = sections[k];
            var y = s.DcGain;
            var z2 = s.B2 - (s.A2 * y);
            var z1 = s.B1 - (s.A1 * y) + z2;
            zi[k] = (z1 * scale, z2 * scale);
            scale *= y;
        }

        var x0 = ext[0];
        for (var k = 0; k < sections.Length; k++) Run(ext, sections[k], zi[k].Z1 * x0, zi[k].Z2 * x0, reverse: false);
        var y0 = ext[^1];
        for (var k = 0; k < sections.Length; k++) Run(ext, sections[k], zi[k].Z1 * y0, zi[k].Z2 * y0, reverse: true);
        return ext.AsSpan(padLength, n).ToArray();
    }

    /// <summary>Odd extension by <paramref name="padLength"/> samples: <c>2 x[0] − x[k]</c> before, <c>2 x[n−1] − x[n−1−k]</c> after.</summary>
    internal static double[] OddExtension(ReadOnlySpan<double> x, int padLength)
    {
        var n = x.Length;
        var ext = new double[n + (2 * padLength)];
        for (var k = 1; k <= padLength; k++)
        {
            ext[padLength - k] = (2 * x[0]) - x[k];
            ext[padLength + n - 1 + k] = (2 * x[n - 1]) - x[n - 1 - k];
        }

        x.CopyTo(ext.AsSpan(padLength));
        return ext;
    }

    private static void Run(double[] data, SecondOrderSection s, double z1, double z2, bool reverse)
    {
        double b0 = s.B0, b1 = s.B1, b2 = s.B2, a1 = s.A1, a2 = s.A2;
        if (!reverse)
        {
            for (var i = 0; i < data.Length; i++)
            {
                var x = data[i];
                var y = (b0 * x) + z1;
                z1 = (b1 * x) - (a1 * y) + z2;
                z2 = (b2 * x) - (a2 * y);
                data[i] = y;
            }
        }
        else
        {
            for (var i = data.Length - 1; i >= 0; i--)
            {
                var x = data[i];
                var y = (b0 * x) + z1;
                z1 = (b1 * x) - (a1 * y) + z2;
                z2 = (b2 * x) - (a2 * y);
                data[i] = y;
            }
        }
    }

    internal static void CheckFinite(ReadOnlySpan<double> signal, string paramName)
    {
        for (var i = 0; i < signal.Length; i++)
            if (!double.IsFinite(signal[i]))
                throw new ArgumentException(
                    $"Samples must be finite; {paramName}[{i}] is {Guard.Show(signal[i])}. Fill or cut missing samples first.",
                    paramName);
    }
}
