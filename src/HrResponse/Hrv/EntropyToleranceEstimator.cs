namespace HrResponse.Hrv;

/// <summary>Which standard deviation the entropy tolerance r = factor · SD uses.</summary>
public enum EntropyToleranceEstimator
{
    /// <summary>Sample standard deviation, dividing by N − 1 (NeuroKit2's <c>np.std(rri, ddof=1)</c>).</summary>
    SampleStandardDeviation,

    /// <summary>Population standard deviation, dividing by N (Richman &amp; Moorman's and many MATLAB codes' <c>std(x, 1)</c>).</summary>
    PopulationStandardDeviation,

    /// <summary>
    /// Squared deviations divided by N + 1: pyHRV 0.4's <c>sample_entropy</c> default, <c>np.std(nn, ddof=-1) * 0.2</c>
    /// (a slightly smaller r than either standard estimator).
    /// </summary>
    DivideByNPlus1,
}
