namespace HrResponse.Signal;

/// <summary>Settings of <see cref="BurgSpectrum"/>.</summary>
public sealed record BurgOptions
{
    /// <summary>Defaults: order 16, 65 537 frequencies from 0 to fs/2.</summary>
    public static BurgOptions Default { get; } = new();

    /// <summary>
    /// Autoregressive model order p, ≥ 1; default 16 (Boardman et al. 2002 found 16 adequate for 4-Hz HRV series;
    /// Kubios' default). Reduced to N − 1 for shorter series.
    /// </summary>
    public int Order { get; init; } = 16;

    /// <summary>
    /// Number of evenly spaced frequencies from 0 to fs/2 at which the model spectrum is evaluated, ≥ 2; default
    /// 65 537 (3·10⁻⁵ Hz apart at 4 Hz). AR peaks of strongly periodic series are very narrow, and band powers are
    /// integrated from these points: with 4 097 points a series of two sines lost half its power between them.
    /// </summary>
    public int FrequencyPoints { get; init; } = 65537;
}
