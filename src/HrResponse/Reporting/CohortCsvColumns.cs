namespace HrResponse.Reporting;

/// <summary>
/// Which input columns of a cohort table hold which summary value (<see cref="CohortCsv"/>). Give at most one of
/// <see cref="Hr60"/> / <see cref="Hrr60"/> and one of <see cref="Hr120"/> / <see cref="Hrr120"/>.
/// </summary>
public sealed record CohortCsvColumns
{
    /// <summary>Resting heart rate column (bpm).</summary>
    public required string Rest { get; init; }

    /// <summary>Peak heart rate column (bpm).</summary>
    public required string Peak { get; init; }

    /// <summary>Heart rate at 1 min of recovery (bpm), or <c>null</c>.</summary>
    public string? Hr60 { get; init; }

    /// <summary>Heart-rate recovery at 1 min (bpm), or <c>null</c>.</summary>
    public string? Hrr60 { get; init; }

    /// <summary>Heart rate at 2 min of recovery (bpm), or <c>null</c>.</summary>
    public string? Hr120 { get; init; }

    /// <summary>Heart-rate recovery at 2 min (bpm), or <c>null</c>.</summary>
    public string? Hrr120 { get; init; }

    /// <summary>Age column (years).</summary>
    public required string Age { get; init; }

    /// <summary>Sex column, or <c>null</c>; values are matched against <see cref="MaleValues"/> and <see cref="FemaleValues"/>.</summary>
    public string? Sex { get; init; }

    /// <summary>Beta-blocker column (1/0, true/false, yes/no, y/n), or <c>null</c>.</summary>
    public string? BetaBlocker { get; init; }

    /// <summary>Cell texts meaning male (case-insensitive). Default <c>m</c>, <c>male</c>, <c>man</c>, <c>men</c>, <c>1</c>.</summary>
    public IReadOnlyList<string> MaleValues { get; init; } = ["m", "male", "man", "men", "1"];

    /// <summary>Cell texts meaning female (case-insensitive). Default <c>f</c>, <c>female</c>, <c>w</c>, <c>woman</c>, <c>women</c>, <c>0</c>, <c>2</c>.</summary>
    public IReadOnlyList<string> FemaleValues { get; init; } = ["f", "female", "w", "woman", "women", "0", "2"];
}
