namespace HrResponse;

/// <summary>
/// A result that flattens to an index table: names in NeuroKit2's style (<c>HRV_RMSSD</c>, <c>HRR_60s</c>, ...)
/// mapped to values, NaN where an index could not be computed. The names are the CSV/JSON columns of the CLI.
/// </summary>
public interface IIndexTableSource
{
    /// <summary>The indices of this result in a stable order.</summary>
    IReadOnlyDictionary<string, double> ToIndexTable();
}
