namespace HrResponse.Reporting;

/// <summary>What <see cref="CohortCsv"/> did.</summary>
public sealed record CohortCsvSummary
{
    /// <summary>Number of data rows read and written.</summary>
    public required int RowCount { get; init; }

    /// <summary>Number of rows for which some index could not be computed.</summary>
    public required int RowsWithProblemsCount { get; init; }

    /// <summary>Count of each distinct problem message over all rows, most frequent first.</summary>
    public required IReadOnlyList<KeyValuePair<string, int>> ProblemCounts { get; init; }

    /// <summary>The result of each data row, in row order (what the written index columns hold), e.g. for charts of the cohort.</summary>
    public IReadOnlyList<Exercise.CohortResult> Results { get; init; } = [];
}
