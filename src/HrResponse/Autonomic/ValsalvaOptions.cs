namespace HrResponse.Autonomic;

/// <summary>
/// Settings of <see cref="ValsalvaAnalysis"/>. The strain is taken, in this order, from
/// <see cref="StrainStartSeconds"/>/<see cref="StrainEndSeconds"/>, from markers whose labels start with one of
/// <see cref="StartMarkerLabels"/>/<see cref="EndMarkerLabels"/>, or detected (from the blood pressure when recorded,
/// else from the heart-rate response).
/// </summary>
public sealed record ValsalvaOptions
{
    /// <summary>The defaults.</summary>
    public static ValsalvaOptions Default { get; } = new();

    /// <summary>Strain start (phase I onset) in seconds on the recording's axis, or <c>null</c>. Give both times or neither.</summary>
    public double? StrainStartSeconds { get; init; }

    /// <summary>Strain release (end of phase II, start of phase III) in seconds, or <c>null</c>. Give both times or neither.</summary>
    public double? StrainEndSeconds { get; init; }

    /// <summary>Marker labels (prefixes, case-insensitive) that mark the strain start. Default <c>vm_strain_start</c>, <c>strain_start</c>, <c>valsalva_start</c>.</summary>
    public IReadOnlyList<string> StartMarkerLabels { get; init; } = ["vm_strain_start", "strain_start", "valsalva_start"];

    /// <summary>Marker labels (prefixes, case-insensitive) that mark the release. Default <c>vm_strain_release</c>, <c>strain_release</c>, <c>strain_end</c>, <c>valsalva_end</c>.</summary>
    public IReadOnlyList<string> EndMarkerLabels { get; init; } = ["vm_strain_release", "strain_release", "strain_end", "valsalva_end"];

    /// <summary>Baseline before the strain for heart rate and systolic pressure. Default 30 s.</summary>
    public TimeSpan BaselineDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Window after release in which the longest RR interval of the Valsalva ratio is taken. Default 30 s.</summary>
    public TimeSpan RatioWindowAfterRelease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Strains shorter than this are reported (<see cref="ProblemCode.StrainTooShort"/>); the standard strain lasts 15 s
    /// (40 mmHg for 15 s). Default 12 s.
    /// </summary>
    public TimeSpan MinimumStrainDuration { get; init; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// With blood pressure: a strain whose mean pulse pressure during phase II falls by less than this percentage of
    /// the baseline pulse pressure is reported as too weak (<see cref="ProblemCode.StrainTooWeak"/>). Default 25 %.
    /// </summary>
    public double MinimumPulsePressureFallPercent { get; init; } = 25;
}
