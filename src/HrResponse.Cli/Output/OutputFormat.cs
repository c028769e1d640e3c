namespace HrResponse.Cli.Output;

/// <summary>Output formats of the commands.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for reading in a terminal.</summary>
    Table,

    /// <summary>CSV with a header row: one row per input, one column per index (NaN as empty cell).</summary>
    Csv,

    /// <summary>JSON: <c>{"file", "input", "settings", "indices", ...}</c> with NaN as null.</summary>
    Json,
}
