namespace HrResponse.Io;

/// <summary>What <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> found in an input and read it as.</summary>
/// <remarks>
/// The format says which typed report of <see cref="RecordingOpenResult"/> is set: the CSV report for
/// <see cref="RrIntervals"/>, <see cref="BeatTimes"/> and <see cref="HeartRateSamples"/>; the ECG report for
/// <see cref="Ecg"/>; the WFDB report for <see cref="Wfdb"/>; the EDF report for <see cref="Edf"/>; the device report
/// for every other value.
/// </remarks>
public enum InputFormat
{
    /// <summary>A CSV table of RR intervals, optionally with a time column (<see cref="CsvContent.RrIntervals"/>).</summary>
    RrIntervals,

    /// <summary>A CSV table of beat (R-peak) times (<see cref="CsvContent.BeatTimes"/>).</summary>
    BeatTimes,

    /// <summary>A CSV table of heart-rate samples with times (<see cref="CsvContent.HeartRateSamples"/>).</summary>
    HeartRateSamples,

    /// <summary>A table of raw ECG samples (<see cref="EcgCsvReader"/>); the beats are the R peaks detected in its first signal.</summary>
    Ecg,

    /// <summary>
    /// A PhysioNet WFDB record (<see cref="WfdbReader"/>): the beats of its annotation file, or R peaks detected in
    /// its ECG when it has none.
    /// </summary>
    Wfdb,

    /// <summary>Garmin FIT binary activity file (<see cref="FitReader"/>).</summary>
    Fit,

    /// <summary>Garmin Training Center XML (<see cref="TcxReader"/>).</summary>
    Tcx,

    /// <summary>GPS Exchange Format with heart-rate extensions (<see cref="GpxReader"/>).</summary>
    Gpx,

    /// <summary>Polar HRM text file (<see cref="PolarHrmReader"/>).</summary>
    PolarHrm,

    /// <summary>RR-interval text log that is not a CSV table the CSV reader takes, e.g. space-separated <c>time rr</c> lines (<see cref="RrTextReader"/>).</summary>
    RrText,

    /// <summary>Log of Bluetooth Heart Rate Measurement packets (<see cref="BleLogReader"/>).</summary>
    BleLog,

    /// <summary>
    /// An EDF, EDF+ or BDF file (<see cref="EdfReader"/>): the beats are the R peaks detected in its ECG signal, its
    /// EDF+ annotations the markers.
    /// </summary>
    Edf,

    /// <summary>Polar Flow session CSV export (<see cref="PolarFlowCsvReader"/>): heart rate each second, no RR intervals.</summary>
    PolarFlowCsv,
}
