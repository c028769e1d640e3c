namespace HrResponse.Io;

/// <summary>
/// One signal specification line of a WFDB header (header(5) man page of the WFDB Software Package, Moody GB,
/// WFDB Programmer's Guide, PhysioNet): <c>file format[xN][:skew][+offset] [gain[(baseline)][/units] [resolution
/// [zero [initial [checksum [blocksize [description]]]]]]]</c>.
/// </summary>
public sealed record WfdbSignalInfo
{
    /// <summary>Name of the signal file, relative to the header's folder.</summary>
    public required string FileName { get; init; }

    /// <summary>Storage format code (e.g. 212, 16, 80).</summary>
    public required int Format { get; init; }

    /// <summary>Samples of this signal per frame (the <c>xN</c> suffix); 1 when absent.</summary>
    public int SamplesPerFrame { get; init; } = 1;

    /// <summary>Skew in frames (the <c>:skew</c> suffix): the signal's sample for frame <c>t</c> is stored in frame <c>t + skew</c>; 0 when absent.</summary>
    public int Skew { get; init; }

    /// <summary>Bytes before the first sample in the signal file (the <c>+offset</c> suffix); 0 when absent.</summary>
    public long ByteOffset { get; init; }

    /// <summary>ADC units per physical unit. 200 when the header gives 0 or nothing (WFDB's default gain).</summary>
    public double Gain { get; init; } = 200;

    /// <summary>True when the header gave no gain or a gain of 0 and <see cref="Gain"/> is the default 200.</summary>
    public bool GainIsDefault { get; init; }

    /// <summary>ADC value that corresponds to 0 physical units; defaults to <see cref="AdcZero"/>.</summary>
    public int Baseline { get; init; }

    /// <summary>Physical units; <c>mV</c> when absent.</summary>
    public string Units { get; init; } = "mV";

    /// <summary>ADC resolution in bits; 0 when absent.</summary>
    public int AdcResolution { get; init; }

    /// <summary>ADC value at the centre of the ADC's range; 0 when absent.</summary>
    public int AdcZero { get; init; }

    /// <summary>The signal's first sample in ADC units as the header gives it, or <c>null</c> when absent.</summary>
    public int? InitialValue { get; init; }

    /// <summary>16-bit checksum of all samples as the header gives it, or <c>null</c> when absent.</summary>
    public int? Checksum { get; init; }

    /// <summary>Block size in bytes (0 for ordinary files).</summary>
    public int BlockSize { get; init; }

    /// <summary>Description (lead name such as <c>MLII</c>), or empty.</summary>
    public string Description { get; init; } = string.Empty;
}
