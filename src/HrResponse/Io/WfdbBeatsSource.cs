namespace HrResponse.Io;

/// <summary>Where the beats of a WFDB record opened by <see cref="RecordingReader"/> came from.</summary>
public enum WfdbBeatsSource
{
    /// <summary>The beat annotations of the record's annotation file (<see cref="WfdbReadOptions.Annotator"/>).</summary>
    Annotations,

    /// <summary>R peaks detected in the record's ECG, because it has no annotation file.</summary>
    RPeakDetection,
}
