namespace HrResponse.Io;

/// <summary>
/// The header of an EDF, EDF+ or BDF file (see <see cref="EdfSignalInfo"/> for the references): identification, start,
/// data-record layout and signals.
/// </summary>
public sealed record EdfHeader
{
    /// <summary>True for BDF (BioSemi, 24-bit samples; version field <c>0xFF BIOSEMI</c>); false for EDF (16-bit).</summary>
    public required bool IsBdf { get; init; }

    /// <summary>
    /// The reserved field: <c>EDF+C</c> (EDF+, continuous), <c>EDF+D</c> (EDF+, possibly discontinuous), <c>BDF+C</c>,
    /// <c>BDF+D</c>, <c>24BIT</c> (BDF), or empty for plain EDF.
    /// </summary>
    public string Reserved { get; init; } = string.Empty;

    /// <summary>True when <see cref="Reserved"/> marks EDF+ or BDF+ (annotations and time-keeping in an annotation signal).</summary>
    public bool IsPlus => Reserved.StartsWith("EDF+", StringComparison.Ordinal) || Reserved.StartsWith("BDF+", StringComparison.Ordinal);

    /// <summary>The variant as a name: <see cref="Reserved"/> for EDF+/BDF+ (<c>EDF+C</c>, <c>EDF+D</c>, ...), else <c>BDF</c> or <c>EDF</c>.</summary>
    public string Variant => IsPlus ? Reserved : IsBdf ? "BDF" : "EDF";

    /// <summary>Local patient identification, as written (EDF+: code, sex, birthdate, name).</summary>
    public string PatientId { get; init; } = string.Empty;

    /// <summary>Local recording identification, as written (EDF+: <c>Startdate dd-MMM-yyyy</c>, admin code, technician, equipment).</summary>
    public string RecordingId { get; init; } = string.Empty;

    /// <summary>
    /// Start date and time of the recording in the clock of the recording site (EDF has no time zone), or <c>null</c>
    /// when the fields cannot be read. The two-digit year is 1985–2084 as the EDF specification clips it; an EDF+
    /// <c>Startdate</c> with a four-digit year in <see cref="RecordingId"/> wins.
    /// </summary>
    public DateTime? StartTime { get; init; }

    /// <summary>Number of bytes in the header: 256 × (number of signals + 1).</summary>
    public required int HeaderBytes { get; init; }

    /// <summary>Number of data records as the header gives it; −1 when the recording was not closed (then counted from the file size).</summary>
    public required long DataRecordCount { get; init; }

    /// <summary>Duration of a data record in seconds (0 only for annotation-only EDF+ files).</summary>
    public required double DataRecordSeconds { get; init; }

    /// <summary>The signals, in file order.</summary>
    public required IReadOnlyList<EdfSignalInfo> Signals { get; init; }
}
