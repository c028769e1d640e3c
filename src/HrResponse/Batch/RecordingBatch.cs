using HrResponse.Io;

namespace HrResponse.Batch;

/// <summary>
/// Analyses many recording files: in parallel, results in input order, one file's failure never stopping the others
/// (<see cref="FileBatch"/> with <see cref="RecordingReader"/> and <see cref="RecordingAnalysis"/> as the work). What
/// <c>hrresponse batch</c> does for the table it writes, for library users who keep the results as objects.
/// </summary>
public static class RecordingBatch
{
    /// <summary>
    /// Opens and analyses every file (<see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/>, then
    /// <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?, IProgress{RecordingAnalysisProgress}?, CancellationToken)"/>),
    /// <see cref="RecordingBatchOptions.MaxDegreeOfParallelism"/> files at a time, and yields one item per file in
    /// input order as soon as it and every file before it are done.
    /// </summary>
    /// <remarks>
    /// <para>Isolation: any failure of one file (a format error, a missing or unreadable file, an unexpected exception)
    /// becomes that file's <see cref="RecordingBatchItem.Error"/>; the batch goes on. Only cancellation ends it.</para>
    /// <para>Memory: files are analysed in chunks of 4 × the degree of parallelism, so at most one chunk of results is
    /// held beyond what the caller keeps, however many files there are.</para>
    /// <para>The paths are read when enumeration starts (to know the total); nothing runs before that.</para>
    /// </remarks>
    /// <param name="paths">The files, in the order the results should come back.</param>
    /// <param name="options">Reading, analysis and parallelism settings; null for the defaults.</param>
    /// <param name="progress">Receives a report after each chunk (synchronously, on the enumerating thread); null for none.</param>
    /// <param name="cancellationToken">Ends the batch: the running analyses stop within about a second and enumeration throws.</param>
    /// <returns>One item per path, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null or holds a null path (when enumeration starts).</exception>
    /// <exception cref="ArgumentException">The options are invalid (when enumeration starts; the message names the setting).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<RecordingBatchItem> Analyze(
        IEnumerable<string> paths,
        RecordingBatchOptions? options = null,
        IProgress<RecordingBatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new RecordingBatchOptions();
        if (options.MaxDegreeOfParallelism is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxDegreeOfParallelism,
                $"{nameof(RecordingBatchOptions.MaxDegreeOfParallelism)} must be in [1, 1024]; it is {options.MaxDegreeOfParallelism}.");
        }

        var analysis = options.Analysis ?? RecordingAnalysisOptions.Default;
        analysis.ThrowIfInvalid(nameof(options));
        var files = paths.ToList();
        for (var i = 0; i < files.Count; i++)
            if (files[i] is null) throw new ArgumentNullException(nameof(paths), $"Path {i} is null.");
        return Run(files, options, analysis, progress, cancellationToken);
    }

    private static IEnumerable<RecordingBatchItem> Run(List<string> files, RecordingBatchOptions options, RecordingAnalysisOptions analysis,
        IProgress<RecordingBatchProgress>? progress, CancellationToken cancellationToken)
    {
        foreach (var item in FileBatch.Run(files, (path, ct) => One(path, options, analysis, ct), options.MaxDegreeOfParallelism, progress, cancellationToken))
        {
            yield return new RecordingBatchItem
            {
                Path = item.Path,
                Index = item.Index,
                Result = item.Result,
                Error = item.Failure is null ? null : Describe(item.Path, item.Failure),
            };
        }
    }

    private static RecordingAnalysisResult One(string path, RecordingBatchOptions options, RecordingAnalysisOptions analysis, CancellationToken cancellationToken)
    {
        var recording = RecordingReader.Open(path, options.Open).Recording;
        if (options.SubjectOf?.Invoke(path) is { } subject) recording = recording.WithSubject(subject);
        return RecordingAnalysis.Compute(recording, analysis, progress: null, cancellationToken);
    }

    // Format, missing-file and permission errors name the file themselves; anything else is unexpected and says so.
    private static string Describe(string path, Exception ex) =>
        ex is HrDataFormatException or IOException or UnauthorizedAccessException
            ? ex.Message
            : $"{path}: unexpected {ex.GetType().Name}: {ex.Message}";
}
