namespace HrResponse.Cli.Batch;

/// <summary>Formats of the batch results file.</summary>
internal enum BatchOutputFormat
{
    /// <summary>One CSV row per file: <c>file</c> then every index column in a stable order.</summary>
    Csv,

    /// <summary>One JSON document per line (the same shape as <c>--format json</c> of a single file).</summary>
    Jsonl,
}
