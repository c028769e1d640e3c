namespace HrResponse.Io;

/// <summary>
/// A parsed single-segment WFDB header (<c>.hea</c>): the record line and the signal lines (header(5) man page,
/// Moody GB, WFDB Programmer's Guide, PhysioNet).
/// </summary>
public sealed record WfdbHeader
{
    /// <summary>Record name as written on the record line.</summary>
    public required string RecordName { get; init; }

    /// <summary>Sampling frequency in frames per second (Hz); 250 when the header gives none (WFDB's default).</summary>
    public required double SamplingFrequencyHz { get; init; }

    /// <summary>Counter frequency in Hz (the <c>fs/counter</c> form), or <c>null</c> when absent.</summary>
    public double? CounterFrequencyHz { get; init; }

    /// <summary>Counter value of sample 0 (the <c>(base)</c> form); 0 when absent.</summary>
    public double BaseCounter { get; init; }

    /// <summary>Number of samples per signal (frames), or <c>null</c> when the header gives none or 0.</summary>
    public long? SampleCount { get; init; }

    /// <summary>Time of day of sample 0, or <c>null</c> when absent.</summary>
    public TimeSpan? BaseTime { get; init; }

    /// <summary>Date of sample 0, or <c>null</c> when absent.</summary>
    public DateOnly? BaseDate { get; init; }

    /// <summary>The signal specifications in header order.</summary>
    public IReadOnlyList<WfdbSignalInfo> Signals { get; init; } = [];

    /// <summary>Comment lines (text after <c>#</c>) in file order, e.g. age and sex of the subject.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];
}
