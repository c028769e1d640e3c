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

    /// <summary>
    /// The threshold indices: HR at α1 = 0.75 and 0.5 (<c>DFA_HR_VT1</c>, <c>DFA_HR_VT2</c>, bpm) with the fit's R²
    /// (<c>DFA_HR_R2</c>), and the same for power when a load channel was given (<c>DFA_Power_*</c>). NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
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
