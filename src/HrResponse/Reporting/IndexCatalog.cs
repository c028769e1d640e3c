using HrResponse.Reporting.Definitions;

namespace HrResponse.Reporting;

/// <summary>
/// Definitions of every index the library writes, keyed by index-table name: unit, definition (formula, estimator,
/// NaN rule) and reference, grouped by analysis area. The CLI's table output takes units from here, and the
/// documentation's index reference (docs/indices.md, <c>hrresponse indices</c>) is generated from it.
/// </summary>
public static class IndexCatalog
{
    private static readonly (string Title, IReadOnlyList<IndexDefinition> Definitions)[] GroupList =
    [
        ("Exercise test", ExerciseDefinitions.All),
        ("Time domain", TimeDomainDefinitions.All),
        ("Frequency domain", FrequencyDomainDefinitions.All),
        ("Nonlinear and autonomic", NonlinearDefinitions.All),
        ("Beat quality", QualityDefinitions.All),
        ("Live DFA α1 thresholds", StreamingDefinitions.All),
        ("ECG R peaks", EcgDefinitions.All),
        ("Autonomic reflex tests", AutonomicDefinitions.All),
    ];

    private static readonly IndexDefinition[] Entries = [.. GroupList.SelectMany(g => g.Definitions)];

    private static readonly Dictionary<string, IndexDefinition> ByName =
        Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>The definitions grouped by analysis area, with a title per group, in table order.</summary>
    public static IReadOnlyList<(string Title, IReadOnlyList<IndexDefinition> Definitions)> Groups => GroupList;

    /// <summary>All definitions, in table order.</summary>
    public static IReadOnlyList<IndexDefinition> All => Entries;

    /// <summary>The definition of an index, or <c>null</c> when it is not in the catalog.</summary>
    /// <param name="name">Index-table name, e.g. <c>HRV_RMSSD</c>.</param>
    public static IndexDefinition? Find(string name) => ByName.GetValueOrDefault(name);
}
