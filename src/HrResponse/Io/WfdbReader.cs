using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads PhysioNet WFDB records: the header (<c>.hea</c>), one signal as an <see cref="EcgSignal"/> in physical units
/// and the beats of an annotation file (default <c>atr</c>) as RR intervals.
/// </summary>
/// <remarks>
/// <para>Formats follow the man pages header(5), signal(5) and annotation(5) of the WFDB Software Package (Moody GB,
/// WFDB Programmer's Guide, PhysioNet, https://physionet.org/physiotools/wag/). Header: record line
/// <c>name nsig [fs[/counter[(base)]] [nsamp [HH:MM:SS [DD/MM/YYYY]]]]</c> (fs defaults to 250 Hz) and one signal line per
/// signal. Signal formats 212, 16 and 80 are decoded, with several signals interleaved frame by frame, samples per
/// frame (<c>xN</c>), skew and byte offset; other formats and multi-segment records raise
/// <see cref="HrDataFormatException"/>. The MIT annotation format is decoded with its SKIP, NUM, SUB, CHN and AUX
/// words.</para>
/// <para>Physical value of a sample: <c>(adc − baseline) / gain</c>, gain in ADC units per physical unit (200 per mV
/// when the header gives 0 or none), baseline defaulting to the ADC zero. WFDB "invalid sample" codes (−2048 in
/// format 212, −32768 in 16, −128 in 80) are replaced by the previous sample and counted in the notes; the header's
/// initial value and checksum are checked and a mismatch is noted.</para>
/// <para>Beat time = annotation sample / fs seconds (sample 0 at 0 s); RR = difference of consecutive beat times in ms.
/// With <see cref="WfdbReadOptions.NormalBeatsOnly"/> only intervals between two normal beats are kept.</para>
/// <para>References: Goldberger AL et al. PhysioBank, PhysioToolkit, and PhysioNet. Circulation 101(23):e215–e220
/// (2000); Moody GB. WFDB Programmer's Guide (header(5), signal(5), annotation(5)), PhysioNet.</para>
/// </remarks>
public static class WfdbReader
{
    /// <summary>
    /// Reads a record into a recording: the annotated beats (RR intervals with gaps where non-normal beats were left
    /// out), the ECG, and rhythm changes as markers.
    /// </summary>
    /// <param name="recordPath">The <c>.hea</c> path or the record path without extension.</param>
    /// <param name="options">Signal, annotator and beat selection; <c>null</c> for <see cref="WfdbReadOptions.Default"/>.</param>
    /// <exception cref="HrDataFormatException">
    /// The header or a data file is malformed, missing or truncated, a format is not supported, or the record yields no
    /// RR interval (e.g. no annotation file: then read it with <see cref="ReadRecord"/> and detect R peaks in its ECG).
    /// </exception>
    public static DeviceReadResult Read(string recordPath, WfdbReadOptions? options = null)
    {
        var record = ReadRecord(recordPath, options);
        if (record.Beats.Count == 0)
        {
            var why = record.AnnotationPath is null
                ? $"there is no annotation file '{AnnotationPathFor(record.HeaderPath, record.Options.Annotator)}'"
                : $"the annotation file '{record.AnnotationPath}' yields no RR interval ({record.BeatCount} beats, {record.NonNormalBeatCount} not normal)";
            throw new HrDataFormatException(record.HeaderPath, null, null, null,
                $"The WFDB record has no beats: {why}. Open it with RecordingReader.Open, which detects R peaks in its ECG, or read it with WfdbReader.ReadRecord.");
        }

        var recording = Recording.Create(record.Beats, markers: record.Markers, ecg: record.Ecg);
        DateTimeOffset? start = record.Header is { BaseDate: { } d, BaseTime: { } t }
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + t
            : null;
        var report = new DeviceReadReport
        {
            Format = DeviceFormat.Wfdb,
            Source = record.HeaderPath,
            StartTime = start,
            StartTimeIsLocal = start is not null,
            Device = null,
            Sport = null,
            BeatCount = record.Beats.Count,
            Skipped = record.Notes,
        };
        return new DeviceReadResult(recording, report);
    }

    /// <summary>
    /// Reads a record's header, one signal and (when present) its annotations without requiring beats, e.g. to
    /// detect R peaks in the ECG when there is no annotation file.
    /// </summary>
    /// <param name="recordPath">The <c>.hea</c> path or the record path without extension.</param>
    /// <param name="options">Signal, annotator and beat selection; <c>null</c> for <see cref="WfdbReadOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The path is empty, or <see cref="WfdbReadOptions.Signal"/> names no signal of the record.</exception>
    /// <exception cref="HrDataFormatException">
    /// The header is malformed or multi-segment, the record has no signal, the signal file is missing or truncated, its
    /// format is not 212, 16 or 80, or the annotation file is truncated.
    /// </exception>
    public static WfdbRecord ReadRecord(string recordPath, WfdbReadOptions? options = null)
    {
        Io.Internal.InputPath.Check(recordPath, nameof(recordPath));
        options ??= WfdbReadOptions.Default;
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Annotator, nameof(options));
        var headerPath = recordPath.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) ? recordPath : recordPath + ".hea";
        if (!File.Exists(headerPath))
            throw new HrDataFormatException(headerPath, null, null, null, "The WFDB header file does not exist.");
        if (options.MaxHeaderBytes <= 0 || options.MaxFileBytes <= 0)
            throw new ArgumentException(
                $"WfdbReadOptions.MaxHeaderBytes and MaxFileBytes must be positive; they are {options.MaxHeaderBytes} and {options.MaxFileBytes}.",
                nameof(options));
        var header = WfdbHeaderParser.Parse(
            BoundedFile.ReadLines(headerPath, options.MaxHeaderBytes, "WfdbReadOptions.MaxHeaderBytes", "WFDB header file"), headerPath);
        if (header.Signals.Count == 0)
            throw new HrDataFormatException(headerPath, null, null, null, "The WFDB record has no signals (an annotation-only record); there is no ECG to read.");
        var index = ChooseSignal(header, options);
        var notes = new List<string>();
        var ecg = ReadSignal(headerPath, header, index, notes, options);

        var annotationPath = AnnotationPathFor(headerPath, options.Annotator);
        if (!File.Exists(annotationPath))
        {
            notes.Add($"no annotation file '{Path.GetFileName(annotationPath)}': no beats read");
            return new WfdbRecord
            {
                HeaderPath = headerPath, Header = header, SignalIndex = index, Ecg = ecg, Notes = notes, Options = options,
            };
        }

        var annotations = WfdbAnnotationDecoder.Decode(
            BoundedFile.ReadBytes(annotationPath, null, options.MaxFileBytes, "WfdbReadOptions.MaxFileBytes", "WFDB annotation file"), annotationPath);
        var (beats, beatCount, nonNormal, leftOut) = BuildIntervals(annotations, header.SamplingFrequencyHz, options.NormalBeatsOnly, notes);
        var markers = new List<Marker>();
        foreach (var a in annotations)
        {
            if (a.Code == WfdbCodes.Rhythm && !string.IsNullOrEmpty(a.Aux))
                markers.Add(new Marker(a.Sample / header.SamplingFrequencyHz, "rhythm " + a.Aux));
        }

        return new WfdbRecord
        {
            HeaderPath = headerPath,
            Header = header,
            SignalIndex = index,
            Ecg = ecg,
            AnnotationPath = annotationPath,
            Annotations = annotations,
            BeatCount = beatCount,
            NonNormalBeatCount = nonNormal,
            Beats = beats,
            LeftOutIntervalCount = leftOut,
            Markers = markers,
            Notes = notes,
            Options = options,
        };
    }

    /// <summary>True when the lines (comments allowed) start with a WFDB record line followed by its signal lines.</summary>
    /// <param name="lines">The first lines of a file, without line breaks.</param>
    /// <param name="requireSignalLines">When true, at least one signal line with a non-numeric file name and a known format must follow.</param>
    internal static bool LooksLikeHeader(IEnumerable<string> lines, bool requireSignalLines)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').Take(2).ToArray();
        if (content.Length == 0 || !WfdbHeaderParser.TryParseRecordLine(content[0], out var nsig)) return false;
        if (nsig == 0) return !requireSignalLines;
        return content.Length > 1 && WfdbHeaderParser.LooksLikeSignalLine(content[1]);
    }

    private static string AnnotationPathFor(string headerPath, string annotator) =>
        Path.ChangeExtension(headerPath, null) + "." + annotator;

    private static int ChooseSignal(WfdbHeader header, WfdbReadOptions options)
    {
        var wanted = options.Signal;
        var signals = header.Signals;
        if (wanted is not null)
        {
            for (var i = 0; i < signals.Count; i++)
            {
                if (string.Equals(signals[i].Description, wanted.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
            }

            if (int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < signals.Count) return k;
            throw new ArgumentException(
                $"WfdbReadOptions.Signal must be a signal description or a 0-based index of the record's {signals.Count} signals " +
                $"({string.Join(", ", signals.Select(s => s.Description))}); it is '{wanted}'.", nameof(options));
        }

        for (var i = 0; i < signals.Count; i++)
        {
            if (EcgLeadName.IsEcgLead(signals[i].Description)) return i;
        }

        return 0;
    }

    /// <summary>
    /// Bytes of the signal file the header's sample count needs (byte offset, then frames including the skew), or
    /// <c>null</c> when the header gives no count or the format is not one the decoder reads (it then reports that).
    /// </summary>
    private static long? BytesNeeded(WfdbHeader header, WfdbSignalInfo[] group)
    {
        if (header.SampleCount is not { } frames) return null;
        var frameSamples = 0.0;
        foreach (var s in group) frameSamples += s.SamplesPerFrame;
        var samples = (frames + (double)group.Max(s => s.Skew)) * frameSamples;
        double? bytes = group[0].Format switch
        {
            212 => Math.Ceiling(samples / 2) * 3,
            16 => samples * 2,
            80 => samples,
            _ => null,
        };
        var total = group[0].ByteOffset + bytes;
        return total is { } b && b >= 0 && b < 1e15 ? (long)b : null;
    }

    private static EcgSignal ReadSignal(string headerPath, WfdbHeader header, int index, List<string> notes, WfdbReadOptions options)
    {
        var signals = header.Signals;
        var sig = signals[index];
        // Signals stored in the same file are consecutive header lines with the same file name.
        var first = index;
        while (first > 0 && signals[first - 1].FileName == sig.FileName) first--;
        var last = index;
        while (last + 1 < signals.Count && signals[last + 1].FileName == sig.FileName) last++;
        var group = signals.Skip(first).Take(last - first + 1).ToArray();
        var folder = Path.GetDirectoryName(Path.GetFullPath(headerPath)) ?? ".";
        if (sig.FileName.Length == 0 || sig.FileName.Any(char.IsControl))
        {
            throw new HrDataFormatException(headerPath, null, null, null,
                $"signal {index + 1}'s file name is empty or holds a control character (a damaged header); it names no file that can be read");
        }

        var dataPath = Path.GetFullPath(Path.Combine(folder, sig.FileName));
        var inside = !Path.IsPathRooted(sig.FileName)
            && dataPath.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside && !options.AllowSignalFilesOutsideRecordFolder)
        {
            throw new HrDataFormatException(headerPath, null, "signal file", sig.FileName,
                $"The header names the signal file '{sig.FileName}', which is outside the record's folder '{folder}'; " +
                "signal files must lie beside the header (set WfdbReadOptions.AllowSignalFilesOutsideRecordFolder for a header you trust).");
        }

        if (!File.Exists(dataPath))
            throw new HrDataFormatException(dataPath, null, null, sig.FileName,
                $"The signal file '{sig.FileName}' named in the header does not exist.");
        var decoded = WfdbSignalDecoder.Decode(
            BoundedFile.ReadBytes(dataPath, BytesNeeded(header, group), options.MaxFileBytes, "WfdbReadOptions.MaxFileBytes", "WFDB signal file"),
            group, index - first, header.SampleCount, dataPath);
        if (decoded.Adc.Length == 0)
            throw new HrDataFormatException(dataPath, null, null, null, "The signal file holds no samples.");
        var name = sig.Description.Length > 0 ? sig.Description : "signal " + index.ToString(CultureInfo.InvariantCulture);
        if (decoded.InvalidCount > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{decoded.InvalidCount} invalid samples (WFDB invalid-sample code) of signal {name} replaced by the previous sample"));
        if (sig.InitialValue is { } iv && iv != decoded.FirstRaw)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"1 initial-value mismatch: signal {name} starts at {decoded.FirstRaw} ADC units, the header says {iv}"));
        if (sig.Checksum is { } cs && header.SampleCount is not null && unchecked((short)cs) != decoded.Checksum)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"1 checksum mismatch: signal {name} sums to {decoded.Checksum}, the header says {cs}"));
        if (sig.GainIsDefault)
            notes.Add($"1 signal without gain: {name} scaled with WFDB's default 200 ADC units per {sig.Units}");
        var physical = new double[decoded.Adc.Length];
        for (var i = 0; i < physical.Length; i++) physical[i] = (decoded.Adc[i] - sig.Baseline) / sig.Gain;
        return EcgSignal.Create(physical, header.SamplingFrequencyHz * sig.SamplesPerFrame, name, sig.Units);
    }

    private static (RrIntervals Beats, int BeatCount, int NonNormal, int LeftOut) BuildIntervals(
        List<WfdbAnnotation> annotations, double fs, bool normalOnly, List<string> notes)
    {
        var ms = new List<double>();
        var times = new List<double>();
        var gaps = new List<bool>();
        int beats = 0, nonNormal = 0, leftOut = 0, outOfOrder = 0;
        long previous = long.MinValue;
        var previousNormal = false;
        var pendingGap = false;
        foreach (var a in annotations)
        {
            if (!a.IsBeat) continue;
            beats++;
            var normal = a.IsNormalBeat;
            if (!normal) nonNormal++;
            if (previous != long.MinValue && a.Sample <= previous)
            {
                outOfOrder++;
                continue;
            }

            if (previous != long.MinValue)
            {
                if (normalOnly && !(normal && previousNormal))
                {
                    leftOut++;
                    pendingGap = true;
                }
                else
                {
                    ms.Add((a.Sample - previous) / fs * 1000.0);
                    times.Add(a.Sample / fs);
                    gaps.Add(pendingGap && ms.Count > 1);
                    pendingGap = false;
                }
            }

            previous = a.Sample;
            previousNormal = normal;
        }

        if (outOfOrder > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{outOfOrder} beat annotations not after the previous beat"));
        if (leftOut > 0)
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{leftOut} RR intervals that begin or end at one of the {nonNormal} non-normal beats (NN intervals only)"));
        var rr = ms.Count == 0 ? RrIntervals.Empty : RrIntervals.CreateTrusted([.. ms], [.. times], [.. gaps]);
        return (rr, beats, nonNormal, leftOut);
    }
}
