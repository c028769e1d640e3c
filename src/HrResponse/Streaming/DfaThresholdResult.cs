namespace HrResponse.Streaming;

/// <summary>Heart rate (and power) at α1 = 0.75 and 0.5 from rolling DFA α1 over an exercise.</summary>
public sealed record DfaThresholdResult : IIndexTableSource
{
    /// <summary>Fit of α1 against heart rate (bpm).</summary>
    public required DfaThresholdFit HeartRate { get; init; }

    /// <summary>Fit of α1 against mean power in each window (W), or <c>null</c> when no power was given.</summary>
    public DfaThresholdFit? Power { get; init; }

    /// <summary>Snapshots with α1 outside [<see cref="MinAlpha1"/>, <see cref="MaxAlpha1"/>] or NaN that were left out.</summary>
    public required int ExcludedCount { get; init; }

    /// <summary>Lowest α1 used in the fit (setting).</summary>
    public required double MinAlpha1 { get; init; }

    /// <summary>Highest α1 used in the fit (setting).</summary>
    public required double MaxAlpha1 { get; init; }

    /// <summary>Highest artifact percentage of a window used in the fit (setting).</summary>
    public required double MaxArtifactPercent { get; init; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["DFA_HR_VT1"] = HeartRate.Alpha075.Value,
        ["DFA_HR_VT2"] = HeartRate.Alpha050.Value,
        ["DFA_HR_R2"] = HeartRate.RSquared,
        ["DFA_Power_VT1"] = Power?.Alpha075.Value ?? double.NaN,
        ["DFA_Power_VT2"] = Power?.Alpha050.Value ?? double.NaN,
        ["DFA_Power_R2"] = Power?.RSquared ?? double.NaN,
    };
}
