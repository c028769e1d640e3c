namespace HrResponse.Signal;

/// <summary>Settings of <see cref="LombScargleSpectrum"/>.</summary>
public sealed record LombScargleOptions
{
    /// <summary>Defaults: 5 frequencies per peak width, from one step to half the mean rate, density scaling, automatic algorithm.</summary>
    public static LombScargleOptions Default { get; } = new();

    /// <summary>
    /// Frequencies per peak width 1/T (astropy's <c>samples_per_peak</c>); the grid step is
    /// <c>1 / (oversampling · (t_last − t₀))</c>. Default 5; at least 1.
    /// </summary>
    public double OversamplingFactor { get; init; } = 5;

    /// <summary>Lowest frequency in Hz; null (default) for one grid step.</summary>
    public double? MinimumFrequencyHz { get; init; }

    /// <summary>Highest frequency in Hz; null (default) for half the mean sampling rate.</summary>
    public double? MaximumFrequencyHz { get; init; }

    /// <summary>Units of the result; default <see cref="LombScaling.Density"/>.</summary>
    public LombScaling Scaling { get; init; } = LombScaling.Density;

    /// <summary>Evaluation algorithm; default <see cref="LombAlgorithm.Auto"/>.</summary>
    public LombAlgorithm Algorithm { get; init; } = LombAlgorithm.Auto;
}
