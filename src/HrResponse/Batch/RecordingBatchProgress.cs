namespace HrResponse.Batch;

/// <summary>How far a batch has come: files finished (analysed or failed) of all files.</summary>
/// <param name="CompletedCount">Files finished so far, failed ones included.</param>
/// <param name="FailedCount">Files finished without a result.</param>
/// <param name="TotalCount">Files in the batch.</param>
public readonly record struct RecordingBatchProgress(int CompletedCount, int FailedCount, int TotalCount);
