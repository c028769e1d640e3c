namespace HrResponse.Hrv.Internal;

/// <summary>Correlation dimension, Higuchi and Katz fractal dimensions, Lempel–Ziv complexity.</summary>
internal static class FractalIndices
{
    public static double CorrelationDimension(ReadOnlySpan<double> x) => double.NaN;

    public static double Higuchi(ReadOnlySpan<double> x, int kMax) => double.NaN;

    public static double Katz(ReadOnlySpan<double> x) => double.NaN;

    public static double LempelZiv(ReadOnlySpan<double> x) => double.NaN;
}
