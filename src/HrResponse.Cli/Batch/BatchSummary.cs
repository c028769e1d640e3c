namespace HrResponse.Cli.Batch;

/// <summary>What a batch run did.</summary>
/// <param name="Selected">Files in this shard.</param>
/// <param name="Skipped">Files skipped because <c>--resume</c> found them in the output.</param>
/// <param name="Succeeded">Files analysed and written.</param>
/// <param name="Failures">Files that failed, with the reason.</param>
internal sealed record BatchSummary(int Selected, int Skipped, int Succeeded, IReadOnlyList<(string File, string Reason)> Failures);
