namespace HrResponse.Batch;

/// <summary>
/// Runs one piece of work per file over many files: in parallel, results in input order, one file's failure never
/// stopping the others, memory bounded by one chunk. The engine of <see cref="RecordingBatch"/> and of
/// <c>hrresponse batch</c>, for any per-file work (reading only, an exercise test, a custom pipeline).
/// </summary>
public static class FileBatch
{
    /// <summary>
    /// Calls <paramref name="work"/> for every path, <paramref name="maxDegreeOfParallelism"/> files at a time, and
    /// yields one item per path in input order as soon as it and every path before it are done.
    /// </summary>
    /// <remarks>
    /// <para>Isolation: any exception of the work for one file (except <see cref="OutOfMemoryException"/>, and an
    /// <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> is cancelled) becomes that
    /// file's <see cref="FileBatchItem{T}.Failure"/>; the batch goes on. Only cancellation ends it.</para>
    /// <para>Memory: files run in chunks of 4 × the degree of parallelism, so at most one chunk of results is held
    /// beyond what the caller keeps, however many files there are.</para>
    /// <para>The paths are read when enumeration starts (to know the total); nothing runs before that. A file cut
    /// short by cancellation is never yielded: its chunk ends the enumeration with the exception.</para>
    /// </remarks>
    /// <typeparam name="T">What the work returns per file.</typeparam>
    /// <param name="paths">The files, in the order the results should come back.</param>
    /// <param name="work">The work for one file, given its path and the batch's cancellation token; called on worker
    /// threads, so it must be thread-safe. It should return, or throw to say the file failed; null is taken as a failure.</param>
    /// <param name="maxDegreeOfParallelism">Files worked on at once, 1–1,024. The order of the results does not depend on it.</param>
    /// <param name="progress">Receives a report after each chunk (synchronously, on the enumerating thread, after that
    /// chunk's items were yielded); null for none.</param>
    /// <param name="cancellationToken">Ends the batch: no new file starts, and enumeration throws
    /// <see cref="OperationCanceledException"/> once the running ones have returned.</param>
    /// <returns>One item per path, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> or <paramref name="work"/> is null, or a path is null (when enumeration starts).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is outside 1–1,024.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static IEnumerable<FileBatchItem<T>> Run<T>(
        IEnumerable<string> paths,
        Func<string, CancellationToken, T> work,
        int maxDegreeOfParallelism,
        IProgress<RecordingBatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(work);
        if (maxDegreeOfParallelism is < 1 or > 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                $"The degree of parallelism must be in [1, 1024]; it is {maxDegreeOfParallelism}.");
        }

        var files = paths.ToList();
        for (var i = 0; i < files.Count; i++)
            if (files[i] is null) throw new ArgumentNullException(nameof(paths), $"Path {i} is null.");
        return Chunks(files, work, maxDegreeOfParallelism, progress, cancellationToken);
    }

    private static IEnumerable<FileBatchItem<T>> Chunks<T>(List<string> files, Func<string, CancellationToken, T> work, int jobs,
        IProgress<RecordingBatchProgress>? progress, CancellationToken cancellationToken)
        where T : class
    {
        var chunkSize = 4 * jobs;
        var failed = 0;
        for (var start = 0; start < files.Count; start += chunkSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = new FileBatchItem<T>[Math.Min(chunkSize, files.Count - start)];
            var first = start;
            try
            {
                Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
                    i => items[i] = One(files[first + i], first + i, work, cancellationToken));
            }
            catch (AggregateException ex) when (cancellationToken.IsCancellationRequested && ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                throw new OperationCanceledException(cancellationToken);
            }

            foreach (var item in items)
            {
                if (!item.Succeeded) failed++;
                yield return item;
            }

            progress?.Report(new RecordingBatchProgress(start + items.Length, failed, files.Count));
        }
    }

    private static FileBatchItem<T> One<T>(string path, int index, Func<string, CancellationToken, T> work, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var result = work(path, cancellationToken) ?? throw new InvalidOperationException($"{path}: the batch work returned no result.");
            return new FileBatchItem<T> { Path = path, Index = index, Result = result };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The batch must outlive any one file, whatever went wrong with it.
            return new FileBatchItem<T> { Path = path, Index = index, Failure = ex };
        }
    }
}
