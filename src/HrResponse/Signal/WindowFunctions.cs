namespace HrResponse.Signal;

/// <summary>Generates window (taper) weights, with SciPy's <c>get_window</c> conventions.</summary>
public static class WindowFunctions
{
    /// <summary>The weights of <paramref name="window"/> for <paramref name="length"/> samples.</summary>
    /// <param name="window">The window.</param>
    /// <param name="length">Number of weights, ≥ 0.</param>
    /// <param name="periodic">
    /// True (default, SciPy's <c>get_window</c> and <c>welch</c>): the "DFT-even" form for spectral analysis, with
    /// period M = <paramref name="length"/>. False: the symmetric form for filter design, M = length − 1.
    /// </param>
    /// <returns>Weights w[n], n = 0..length−1, from <c>Σₖ aₖ (−1)ᵏ cos(2πkn/M)</c>. Length 1 gives [1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative length or unknown window.</exception>
    public static double[] Create(WindowFunction window, int length, bool periodic = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        double[] coefficients = window switch
        {
            WindowFunction.Rectangular => [1.0],
            WindowFunction.Hann => [0.5, 0.5],
            WindowFunction.Hamming => [0.54, 0.46],
            WindowFunction.Blackman => [0.42, 0.5, 0.08],
            WindowFunction.BlackmanHarris => [0.35875, 0.48829, 0.14128, 0.01168],
            _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Unknown window function."),
        };
        var w = new double[length];
        if (length == 0) return w;
        if (length == 1)
        {
            w[0] = 1.0;
            return w;
        }

        var m = periodic ? length : length - 1;
        for (var n = 0; n < length; n++)
        {
            double sum = 0;
            for (var k = 0; k < coefficients.Length; k++)
            {
                var sign = (k % 2 == 0) ? 1.0 : -1.0;
                sum += sign * coefficients[k] * Math.Cos(2.0 * Math.PI * k * n / m);
            }

            w[n] = sum;
        }

        return w;
    }
}
