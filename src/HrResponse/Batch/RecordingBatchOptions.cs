using HrResponse.Io;

namespace HrResponse.Batch;

/// <summary>Settings of <see cref="RecordingBatch.Analyze"/>: how each file is read and analysed, and how many at once.</summary>
public sealed record RecordingBatchOptions
{
    /// <summary>How each file is opened (<see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/>); null for the defaults.</summary>
    public RecordingOpenOptions? Open { get; init; }

    /// <summary>What is computed for each recording (<see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>); null for <see cref="RecordingAnalysisOptions.Default"/>.</summary>
    public RecordingAnalysisOptions? Analysis { get; init; }

    /// <summary>
    /// The subject of each file (age, sex, beta blockers, posture), given its path as passed in; null, or a null
    /// return, keeps what the file itself holds. Called on worker threads, so it must be thread-safe (a dictionary
    /// lookup is).
    /// </summary>
    public Func<string, SubjectInfo?>? SubjectOf { get; init; }

    /// <summary>
    /// Files analysed at once, 1–1,024; default the processor count. Results come back in input order whatever the
    /// value, and the numbers do not depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
