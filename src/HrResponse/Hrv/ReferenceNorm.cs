namespace HrResponse.Hrv;

/// <summary>A population norm of one index: mean and standard deviation, in the index's own unit.</summary>
/// <param name="Mean">Population mean.</param>
/// <param name="StandardDeviation">Population standard deviation; greater than 0.</param>
public sealed record ReferenceNorm(double Mean, double StandardDeviation)
{
    /// <summary>The z-score <c>(value − Mean) / StandardDeviation</c>.</summary>
    /// <param name="value">Value of the index.</param>
    public double ZScore(double value) => (value - Mean) / StandardDeviation;
}
