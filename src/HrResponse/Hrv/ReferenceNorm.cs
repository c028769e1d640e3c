using HrResponse.Internal;

namespace HrResponse.Hrv;

/// <summary>A population norm of one index: mean and standard deviation, in the index's own unit.</summary>
/// <param name="Mean">Population mean; finite.</param>
/// <param name="StandardDeviation">Population standard deviation; finite and greater than 0.</param>
/// <exception cref="ArgumentOutOfRangeException">The mean is not finite or the SD is not a finite number &gt; 0.</exception>
public sealed record ReferenceNorm(double Mean, double StandardDeviation)
{
    /// <summary>Population mean.</summary>
    public double Mean { get; init; } = double.IsFinite(Mean)
        ? Mean
        : throw new ArgumentOutOfRangeException(nameof(Mean), Mean, $"Must be a finite number; it is {Guard.Show(Mean)}.");

    /// <summary>Population standard deviation.</summary>
    public double StandardDeviation { get; init; } = StandardDeviation > 0 && double.IsFinite(StandardDeviation)
        ? StandardDeviation
        : throw new ArgumentOutOfRangeException(nameof(StandardDeviation), StandardDeviation, $"Must be a finite number greater than 0; it is {Guard.Show(StandardDeviation)}.");

    /// <summary>The z-score <c>(value − Mean) / StandardDeviation</c>.</summary>
    /// <param name="value">Value of the index.</param>
    public double ZScore(double value) => (value - Mean) / StandardDeviation;
}
