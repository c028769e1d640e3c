namespace HrResponse.Io;

/// <summary>
/// One signal of an EDF/EDF+/BDF header (Kemp B et al., "A simple format for exchange of digitized polygraphic
/// recordings", Electroencephalogr Clin Neurophysiol 82:391–393, 1992; Kemp B, Olivan J, "European data format 'plus'
/// (EDF+)", Clin Neurophysiol 114:1755–1761, 2003): the fields of the header's signal part, as written.
/// </summary>
public sealed record EdfSignalInfo
{
    /// <summary>Label, e.g. <c>ECG II</c>, <c>EKG</c>, <c>EEG Fpz-Cz</c> or <c>EDF Annotations</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Transducer type, e.g. <c>AgAgCl electrode</c>; may be empty.</summary>
    public string TransducerType { get; init; } = string.Empty;

    /// <summary>Physical dimension (unit) of the physical values, e.g. <c>uV</c> or <c>mV</c>; may be empty.</summary>
    public string PhysicalDimension { get; init; } = string.Empty;

    /// <summary>Physical value of <see cref="DigitalMinimum"/>, in <see cref="PhysicalDimension"/> (0 for an annotation signal).</summary>
    public required double PhysicalMinimum { get; init; }

    /// <summary>Physical value of <see cref="DigitalMaximum"/>, in <see cref="PhysicalDimension"/> (0 for an annotation signal).</summary>
    public required double PhysicalMaximum { get; init; }

    /// <summary>Smallest stored integer value.</summary>
    public required int DigitalMinimum { get; init; }

    /// <summary>Largest stored integer value.</summary>
    public required int DigitalMaximum { get; init; }

    /// <summary>Prefiltering, e.g. <c>HP:0.1Hz LP:75Hz</c>; may be empty.</summary>
    public string Prefiltering { get; init; } = string.Empty;

    /// <summary>Samples of this signal in each data record.</summary>
    public required int SamplesPerRecord { get; init; }

    /// <summary>
    /// Sampling rate in Hz: <see cref="SamplesPerRecord"/> / <see cref="EdfHeader.DataRecordSeconds"/>; NaN when the
    /// data-record duration is 0 (an annotation-only EDF+ file).
    /// </summary>
    public required double SamplingRateHz { get; init; }

    /// <summary>True for an EDF+/BDF+ annotation signal (<c>EDF Annotations</c>, <c>BDF Annotations</c>), which holds text, not samples.</summary>
    public bool IsAnnotation { get; init; }
}
