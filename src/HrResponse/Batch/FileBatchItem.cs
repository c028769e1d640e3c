namespace HrResponse.Batch;

/// <summary>The outcome of one file of a <see cref="FileBatch"/>: what the work returned for it, or the exception it met.</summary>
/// <typeparam name="T">What the work returns per file.</typeparam>
public sealed record FileBatchItem<T>
    where T : class
{
    /// <summary>The file's path, as passed in.</summary>
    public required string Path { get; init; }

    /// <summary>The file's position in the input, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>What the work returned; null when it threw (<see cref="Failure"/>).</summary>
    public T? Result { get; init; }

    /// <summary>The exception the work threw for this file; null when it returned. The caller words it for its users.</summary>
    public Exception? Failure { get; init; }

    /// <summary>True when the work returned a result.</summary>
    public bool Succeeded => Failure is null;
}
