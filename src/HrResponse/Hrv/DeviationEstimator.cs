namespace HrResponse.Hrv;

/// <summary>The divisor of a standard deviation.</summary>
public enum DeviationEstimator
{
    /// <summary>Sample standard deviation: squared deviations from the mean divided by <c>N − 1</c> (numpy <c>ddof=1</c>).</summary>
    SampleNMinus1 = 0,

    /// <summary>Population standard deviation: squared deviations from the mean divided by <c>N</c> (numpy <c>ddof=0</c>).</summary>
    PopulationN = 1,
}
