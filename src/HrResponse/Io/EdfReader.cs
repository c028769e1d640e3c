using System.Buffers.Binary;
using System.Globalization;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads the ECG of an EDF, EDF+ or BDF file (European Data Format: Kemp B, Värri A, Rosa AC, Nielsen KD, Gade J,
/// "A simple format for exchange of digitized polygraphic recordings", Electroencephalogr Clin Neurophysiol
/// 82:391–393, 1992; Kemp B, Olivan J, "European data format 'plus' (EDF+)", Clin Neurophysiol 114:1755–1761, 2003;
/// BDF: BioSemi's 24-bit variant), the format of Holter and polysomnography exports and of many PhysioNet databases.
/// </summary>
/// <remarks>
/// <para>Only the chosen signal (<see cref="EdfReadOptions.Signal"/>) and the signals in mmHg (blood pressure,
/// <see cref="EdfRecord.Channels"/>) are decoded, data record by data record; stored values become physical ones by the
/// header's linear map, the ECG in mV where its unit allows. EDF+ annotations become markers. A recording that stops early (fewer complete data records than the header declares, or a count of −1)
/// is read as far as it goes, with a note. An EDF+D file whose data records are not contiguous is refused: the ECG
/// must be one uniform series for R-peak detection; export the continuous part.</para>
/// </remarks>
public static class EdfReader
{
    /// <summary>
    /// True when <paramref name="head"/> (the first bytes of a file; at least the header's fixed 256) starts like an EDF
    /// or BDF header: the version field and a header size of 256 × (signals + 1).
    /// </summary>
    /// <param name="head">The first bytes of the content.</param>
    public static bool IsEdf(ReadOnlySpan<byte> head) => EdfHeaderParser.LooksLikeEdf(head);

    /// <summary>True when the file at <paramref name="path"/> starts with an EDF or BDF header (<see cref="IsEdf(ReadOnlySpan{byte})"/> on its first 256 bytes).</summary>
    /// <param name="path">Path of the file.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or blank.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool IsEdfFile(string path)
    {
        InputPath.Check(path, nameof(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[EdfHeaderParser.FixedBytes];
        return EdfHeaderParser.LooksLikeEdf(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
    }

    /// <summary>Reads the header, the ECG signal and the annotations of an EDF, EDF+ or BDF file.</summary>
    /// <param name="path">Path of the file.</param>
    /// <param name="options">Which signal is the ECG; <c>null</c> for <see cref="EdfReadOptions.Default"/>.</param>
    /// <returns>The header, the ECG in physical units, the markers and notes.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or blank, or an option is invalid (a <see cref="EdfReadOptions.Signal"/> the file does not have, or one that is an annotation signal; a limit that is not positive).</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="HrDataFormatException">
    /// The file is not EDF or BDF, its header is damaged (the message names the field and its text), it holds no
    /// complete data record, no signal is labelled as an ECG among several, or it is a discontinuous EDF+D recording.
    /// </exception>
    public static EdfRecord ReadRecord(string path, EdfReadOptions? options = null)
    {
        InputPath.Check(path, nameof(path));
        options ??= EdfReadOptions.Default;
        if (options.MaxFileBytes <= 0)
            throw new ArgumentException($"EdfReadOptions.MaxFileBytes must be positive; it is {options.MaxFileBytes}.", nameof(options));
        if (!File.Exists(path)) throw new FileNotFoundException($"The file '{path}' does not exist.", path);

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var header = ReadHeader(stream, path);
        var index = ChooseSignal(header, options, path);
        var signal = header.Signals[index];
        if (!(header.DataRecordSeconds > 0))
        {
            throw new HrDataFormatException(path, null, "duration of a data record", "0",
                "The EDF header gives data records a duration of 0 s, which only an annotation-only EDF+ file may: there is no sampled signal to read as an ECG.");
        }

        var bytesPerSample = header.IsBdf ? 3 : 2;
        var recordBytes = header.Signals.Sum(s => (long)s.SamplesPerRecord) * bytesPerSample;
        if (recordBytes > Array.MaxLength)
            throw new HrDataFormatException(path, null, null, null, Inv($"The EDF header makes each data record {recordBytes:N0} bytes long, more than one buffer holds; the header is damaged."));
        var notes = new List<string>();
        var records = RecordsToRead(header, stream.Length, recordBytes, notes);
        if (records == 0)
            throw new HrDataFormatException(path, null, null, null, Inv($"The EDF file holds no complete data record ({recordBytes:N0} bytes each after the {header.HeaderBytes:N0}-byte header)."));
        if (header.HeaderBytes + (records * recordBytes) > options.MaxFileBytes)
        {
            throw new HrDataFormatException(path, null, null, null,
                Inv($"The EDF file's header and {records:N0} data records need {header.HeaderBytes + (records * recordBytes):N0} bytes, more than the limit of {options.MaxFileBytes:N0} (EdfReadOptions.MaxFileBytes); it was not read."));
        }

        if (records * signal.SamplesPerRecord > Array.MaxLength)
            throw new HrDataFormatException(path, null, null, null, Inv($"The signal '{signal.Label}' has {records * signal.SamplesPerRecord:N0} samples, more than one array holds."));
        var (unit, toUnit) = Unit(signal.PhysicalDimension);
        var scale = (signal.PhysicalMaximum - signal.PhysicalMinimum) / (signal.DigitalMaximum - signal.DigitalMinimum);
        if (!double.IsFinite(scale * toUnit) || !double.IsFinite(signal.PhysicalMinimum * toUnit) || !double.IsFinite(signal.PhysicalMaximum * toUnit))
        {
            throw new HrDataFormatException(path, null, $"physical minimum and maximum of signal {index} '{signal.Label}'",
                Inv($"{signal.PhysicalMinimum:G6} {signal.PhysicalMaximum:G6}"), "The physical range of the ECG signal is too large to map stored values to finite numbers.");
        }

        var pressures = PressureSignals(header, index, notes);
        var decoded = new List<(int Index, double Gain, double Offset)> { (index, scale * toUnit, signal.PhysicalMinimum * toUnit) };
        decoded.AddRange(pressures.Select(p => (p, Scale(header.Signals[p]), header.Signals[p].PhysicalMinimum)));
        if (records * pressures.Sum(p => (long)header.Signals[p].SamplesPerRecord) > Array.MaxLength)
            throw new HrDataFormatException(path, null, null, null, "The EDF file's pressure signals have more samples than arrays hold.");
        var (values, markers, firstOnset) = ReadRecords(stream, header, decoded, records, recordBytes, notes, path);
        if (unit.Length == 0 && signal.PhysicalDimension.Length > 0)
            notes.Add($"The ECG's unit '{signal.PhysicalDimension}' is not a voltage; its values are used as they are.");
        return new EdfRecord
        {
            Path = path,
            Header = header,
            SignalIndex = index,
            Ecg = EcgSignal.Create(values[0], signal.SamplingRateHz, Name(signal, index), unit.Length > 0 ? unit : signal.PhysicalDimension, firstOnset),
            Channels = [.. pressures.Select((p, k) => Channel(header.Signals[p], p, values[k + 1], firstOnset))],
            Markers = markers,
            DataRecordCount = records,
            Notes = notes,
        };
    }

    /// <summary>
    /// The signals in mmHg (blood pressure, e.g. a finger-pressure waveform for the Valsalva manoeuvre) other than the ECG,
    /// with a physical range that maps to finite values; one that does not is noted and left out.
    /// </summary>
    private static List<int> PressureSignals(EdfHeader header, int ecg, List<string> notes)
    {
        var found = new List<int>();
        for (var s = 0; s < header.Signals.Count; s++)
        {
            var info = header.Signals[s];
            if (s == ecg || info.IsAnnotation || !info.PhysicalDimension.Trim().Equals("mmHg", StringComparison.OrdinalIgnoreCase)) continue;
            if (double.IsFinite(Scale(info))) found.Add(s);
            else notes.Add($"The pressure signal '{info.Label}' has a physical range too large to map to finite values; it was not read.");
        }

        return found;
    }

    private static double Scale(EdfSignalInfo s) => (s.PhysicalMaximum - s.PhysicalMinimum) / (s.DigitalMaximum - s.DigitalMinimum);

    private static string Name(EdfSignalInfo s, int index) => string.IsNullOrWhiteSpace(s.Label) ? Inv($"signal {index}") : s.Label;

    /// <summary>A decoded signal as a channel on the ECG's time axis: sample k at onset + k / rate.</summary>
    private static SampledChannel Channel(EdfSignalInfo s, int index, double[] values, double onset)
    {
        var times = new double[values.Length];
        for (var k = 0; k < times.Length; k++) times[k] = onset + (k / s.SamplingRateHz);
        return SampledChannel.Create(Name(s, index), "mmHg", times, values);
    }

    /// <summary>The header: its fixed 256 bytes, then 256 per signal.</summary>
    private static EdfHeader ReadHeader(FileStream stream, string path)
    {
        var fixedPart = new byte[EdfHeaderParser.FixedBytes];
        if (stream.ReadAtLeast(fixedPart, fixedPart.Length, throwOnEndOfStream: false) < fixedPart.Length || !EdfHeaderParser.LooksLikeEdf(fixedPart))
        {
            throw new HrDataFormatException(path, null, null, null,
                "Not an EDF or BDF file: it does not start with an EDF header (version '0' or 0xFF 'BIOSEMI', then 256 bytes of fields).");
        }

        var ns = EdfHeaderParser.SignalCount(fixedPart, path);
        var signalPart = new byte[EdfHeaderParser.FixedBytes * ns];
        if (stream.ReadAtLeast(signalPart, signalPart.Length, throwOnEndOfStream: false) < signalPart.Length)
            throw new HrDataFormatException(path, null, null, null, Inv($"The EDF header declares {ns} signals but the file ends inside their {signalPart.Length} bytes of fields."));
        return EdfHeaderParser.Parse(fixedPart, signalPart, path);
    }

    /// <summary>
    /// The samples of each decoded signal over every data record, <c>offset + (d − dmin) × gain</c> (gain and offset in
    /// the output unit), the EDF+ annotations, and the first record's onset (0 for plain EDF). The first decoded signal
    /// (the ECG) sets the tolerance of the continuity check.
    /// </summary>
    private static (double[][] Values, List<Marker> Markers, double FirstOnset) ReadRecords(
        FileStream stream, EdfHeader header, List<(int Index, double Gain, double Offset)> decoded, long records, long recordBytes, List<string> notes, string path)
    {
        var bytesPerSample = header.IsBdf ? 3 : 2;
        var offsets = new int[header.Signals.Count];
        for (var s = 1; s < offsets.Length; s++) offsets[s] = offsets[s - 1] + (header.Signals[s - 1].SamplesPerRecord * bytesPerSample);
        var annotationSignals = Enumerable.Range(0, header.Signals.Count).Where(s => header.Signals[s].IsAnnotation).ToArray();
        var values = decoded.Select(d => new double[records * header.Signals[d.Index].SamplesPerRecord]).ToArray();
        var ecg = header.Signals[decoded[0].Index];
        var markers = new List<Marker>();
        var unreadable = 0;
        double? firstOnset = null;
        var buffer = new byte[recordBytes];
        for (long r = 0; r < records; r++)
        {
            stream.ReadExactly(buffer);
            for (var j = 0; j < decoded.Count; j++)
            {
                var (index, gain, offset) = decoded[j];
                var signal = header.Signals[index];
                var raw = buffer.AsSpan(offsets[index], signal.SamplesPerRecord * bytesPerSample);
                var samples = values[j];
                var o = r * signal.SamplesPerRecord;
                for (var k = 0; k < signal.SamplesPerRecord; k++)
                {
                    int d = header.IsBdf
                        ? (raw[(3 * k) + 2] << 24 | raw[(3 * k) + 1] << 16 | raw[3 * k] << 8) >> 8
                        : BinaryPrimitives.ReadInt16LittleEndian(raw.Slice(2 * k, 2));
                    samples[o + k] = offset + ((d - signal.DigitalMinimum) * gain);
                }
            }

            for (var a = 0; a < annotationSignals.Length; a++)
            {
                var s = annotationSignals[a];
                var onset = EdfAnnotationParser.Read(buffer.AsSpan(offsets[s], header.Signals[s].SamplesPerRecord * bytesPerSample), markers, ref unreadable);
                if (a != 0 || onset is not { } start) continue;
                firstOnset ??= start;
                CheckContinuous(header, ecg, r, start, firstOnset.Value, path);
            }
        }

        if (unreadable > 0) notes.Add(Inv($"{unreadable} EDF+ annotation list(s) could not be read and were skipped (the rest of their data records' annotations too)."));
        return (values, markers, firstOnset ?? 0);
    }

    /// <summary>Complete data records to read: the header's count, fewer when the file ends early (noted), all there are when the count is −1 (noted).</summary>
    private static long RecordsToRead(EdfHeader header, long fileBytes, long recordBytes, List<string> notes)
    {
        var available = Math.Max(0, fileBytes - header.HeaderBytes) / recordBytes;
        if (header.DataRecordCount < 0)
        {
            notes.Add(Inv($"The header gives the number of data records as -1 (the recording was not closed); the file holds {available:N0} complete records, which were read."));
            return available;
        }

        if (available < header.DataRecordCount)
        {
            notes.Add(Inv($"The file ends after {available:N0} complete data records of the {header.DataRecordCount:N0} its header declares ({(header.DataRecordCount - available) * header.DataRecordSeconds:0.###} s missing at the end); the records present were read."));
            return available;
        }

        var extra = fileBytes - header.HeaderBytes - (header.DataRecordCount * recordBytes);
        if (extra > 0) notes.Add(Inv($"{extra:N0} bytes after the {header.DataRecordCount:N0} data records the header declares were not read."));
        return header.DataRecordCount;
    }

    /// <summary>Refuses a data record whose EDF+ onset is not where the previous records end (an EDF+D gap or overlap).</summary>
    private static void CheckContinuous(EdfHeader header, EdfSignalInfo signal, long record, double onset, double firstOnset, string path)
    {
        var expected = firstOnset + (record * header.DataRecordSeconds);
        if (Math.Abs(onset - expected) <= 0.5 / signal.SamplingRateHz) return;
        throw new HrDataFormatException(path, null, null, null,
            Inv($"The EDF+ recording is discontinuous: data record {record} starts at {onset:0.###} s, not at {expected:0.###} s where the records before it end. ") +
            "R peaks need one uniform ECG series; export the continuous parts as separate files.");
    }

    private static int ChooseSignal(EdfHeader header, EdfReadOptions options, string path)
    {
        var signals = header.Signals;
        string Labels() => string.Join(", ", signals.Select((s, i) => Inv($"{i} '{s.Label}'")));
        if (options.Signal is { } wanted)
        {
            var found = -1;
            for (var i = 0; i < signals.Count && found < 0; i++)
                if (string.Equals(signals[i].Label, wanted.Trim(), StringComparison.OrdinalIgnoreCase)) found = i;
            if (found < 0 && int.TryParse(wanted, NumberStyles.None, CultureInfo.InvariantCulture, out var k) && k < signals.Count) found = k;
            if (found < 0)
                throw new ArgumentException($"EdfReadOptions.Signal must be a signal label or a 0-based index of the file's {signals.Count} signals ({Labels()}); it is '{wanted}'.", nameof(options));
            if (signals[found].IsAnnotation)
                throw new ArgumentException($"EdfReadOptions.Signal '{wanted}' is the annotation signal, which holds text, not an ECG; signals: {Labels()}.", nameof(options));
            return found;
        }

        for (var i = 0; i < signals.Count; i++)
            if (!signals[i].IsAnnotation && EcgLeadName.IsEcgLead(signals[i].Label)) return i;
        var ordinary = Enumerable.Range(0, signals.Count).Where(i => !signals[i].IsAnnotation).ToArray();
        if (ordinary.Length == 1) return ordinary[0];
        throw new HrDataFormatException(path, null, null, null, ordinary.Length == 0
            ? "The EDF file holds only annotations, no signal to read as an ECG."
            : $"No signal of the EDF file is labelled as an ECG (ECG…, EKG… or a lead name); signals: {Labels()}. Choose the ECG with EdfReadOptions.Signal (label or index).");
    }

    /// <summary>The output unit and the factor into it: voltages become mV; anything else stays (empty unit, factor 1).</summary>
    private static (string Unit, double Factor) Unit(string dimension) => dimension.Trim() switch
    {
        "mV" or "mv" => ("mV", 1),
        "uV" or "µV" or "μV" or "UV" or "uv" => ("mV", 1e-3),
        "nV" or "nv" => ("mV", 1e-6),
        "V" or "v" => ("mV", 1e3),
        _ => (string.Empty, 1),
    };

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
