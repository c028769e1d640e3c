using HrResponse.Io;

namespace HrResponse.Batch;

/// <summary>
/// Analyses many recording files: in parallel, results in input order, one file's failure never stopping the others.
/// What <c>hrresponse batch</c> does for the table it writes, for library users who keep the results as objects.
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
        var jobs = options.MaxDegreeOfParallelism;
        var chunkSize = 4 * jobs;
        var failed = 0;
        for (var start = 0; start < files.Count; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = new RecordingBatchItem[Math.Min(chunkSize, files.Count - start)];
            var first = start;
            Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
                i => items[i] = One(files[first + i], first + i, options, analysis, cancellationToken));
            foreach (var item in items)
            {
                if (!item.Succeeded) failed++;
                yield return item;
            }

            progress?.Report(new RecordingBatchProgress(start + items.Length, failed, files.Count));
        }
    }

    private static RecordingBatchItem One(string path, int index, RecordingBatchOptions options, RecordingAnalysisOptions analysis, CancellationToken cancellationToken)
    {
        try
        {
            var recording = RecordingReader.Open(path, options.Open).Recording;
            if (options.SubjectOf?.Invoke(path) is { } subject) recording = recording.WithSubject(subject);
            var result = RecordingAnalysis.Compute(recording, analysis, progress: null, cancellationToken);
            return new RecordingBatchItem { Path = path, Index = index, Result = result };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The batch must outlive any one file, whatever went wrong with it.
            var message = ex is HrDataFormatException or IOException or UnauthorizedAccessException
                ? ex.Message
                : $"{path}: unexpected {ex.GetType().Name}: {ex.Message}";
            return new RecordingBatchItem { Path = path, Index = index, Error = message };
        }
    }
}
