using System.Globalization;
using System.Text;
using HrResponse.Ecg;
using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Opens any recording the library reads, judging the format by the content, not only the extension: ECG tables by a
/// header naming an ECG column (<c>ecg_360hz</c>, <c>MLII</c>, <c>lead_ii</c>); FIT by its header signature; TCX and GPX
/// by the XML root element; Polar HRM by its <c>[Params]</c> section; Polar Flow session CSV exports by their summary
/// header (<c>Name,Sport,Date,Start time,...</c>); BLE packet logs by lines that decode as Heart
/// Rate Measurement packets; WFDB records by a header (<c>.hea</c>) record line; EDF, EDF+ and BDF files by their
/// header (<see cref="EdfReader"/>); WFDB annotation listings printed by <c>rdann</c> (or the PhysioBank ATM) by their
/// <c>Time Sample # Type</c> header, read as annotated beats; everything else as a CSV table
/// (RR intervals, beat times or heart-rate samples, see <see cref="RecordingCsvReader"/>), and RR text logs the CSV
/// reader rejects (space-separated <c>time rr</c> lines) with <see cref="RrTextReader"/>.
/// </summary>
/// <remarks>
/// <para>RR units: an explicit <see cref="CsvReadOptions.RrUnit"/> (in <see cref="RecordingOpenOptions.Csv"/>) or a
/// unit in the RR column's header (<c>rr_ms</c>, <c>rr_s</c>) always wins, for CSV tables and RR text logs alike. When
/// the values contradict it (e.g. a median below 20 for milliseconds), the read fails with an
/// <see cref="HrDataFormatException"/> that gives the median, the declared unit and where it came from; it never falls
/// back to a reader that would guess another unit.</para>
/// <para>ECG inputs (an ECG table, a WFDB record without annotation file) become beats by R-peak detection
/// (<see cref="EcgRecording.FromEcg"/> with <see cref="RecordingOpenOptions.EcgRecording"/>); the report gives the
/// detector, the peaks and its warnings. The table's other signal columns (e.g. a continuous blood pressure
/// <c>bp_250hz_mmhg</c>) become <see cref="Recording.Channels"/> and its marker column <see cref="Recording.Markers"/>.
/// Detection reads at most the first 64 KiB of the input.</para>
/// <para>To force a reader, call it directly (<see cref="FitReader"/>, <see cref="TcxReader"/>, <see cref="GpxReader"/>,
/// <see cref="PolarHrmReader"/>, <see cref="PolarFlowCsvReader"/>, <see cref="RrTextReader"/>, <see cref="BleLogReader"/>, <see cref="WfdbReader"/>,
/// <see cref="EcgCsvReader"/>, <see cref="EdfReader"/>, <see cref="RecordingCsvReader"/>).</para>
/// </remarks>
public static class RecordingReader
{
    private const int HeadBytes = 64 * 1024;

    /// <summary>Opens a file of any supported format into a recording, with the typed report of the reader that ran.</summary>
    /// <param name="path">Path of the file (for a WFDB record, its <c>.hea</c> header).</param>
    /// <param name="options">Settings per kind of input; <c>null</c> for <see cref="RecordingOpenOptions.Default"/>.</param>
    /// <returns>The recording, the format found, the report and notes.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, an option group is <c>null</c>, or an option is out of range.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/> (<see cref="FileNotFoundException.FileName"/> is the path).</exception>
    /// <exception cref="HrDataFormatException">
    /// The content cannot be read as any supported format: the message names the file and, where it applies, the line,
    /// column and text. For a table that is neither CSV nor RR text, the CSV reader's error is the one raised.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RecordingOpenResult Open(string path, RecordingOpenOptions? options = null)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        options = Validate(options);
        if (!File.Exists(path)) throw new FileNotFoundException($"The file '{path}' does not exist.", path);
        // An EDF file is streamed and only its ECG decoded: it has its own limit (EdfReadOptions.MaxFileBytes).
        if (IsLargeEdf(path, options.MaxInputBytes)) return FromEdf(path, options);
        BoundedFile.EnsureWithinLimit(path, options.MaxInputBytes, "RecordingOpenOptions.MaxInputBytes");
        // A small regular file is read once: the sniffs and the CSV reader use the same bytes (as they would read them).
        var bytes = ReadIfSmall(path);
        if (bytes is null ? EdfReader.IsEdfFile(path) : EdfReader.IsEdf(bytes))
            return FromEdf(path, options);
        if (bytes is null ? EcgCsvReader.LooksLikeEcg(path) : EcgCsvReader.LooksLikeEcg(new StreamReader(new MemoryStream(bytes))))
        {
            RejectRecordingId(options, path, "an ECG table");
            return FromEcg(EcgCsvReader.Read(path, options.Ecg), path, options);
        }
        var format = bytes is null ? Detect(path) : Detect(path, bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes)));
        if (format == DeviceFormat.Wfdb || (format is null && path.EndsWith(".hea", StringComparison.OrdinalIgnoreCase)))
            return FromWfdb(path, options);
        if (format is { } device && device != DeviceFormat.RrText)
        {
            RejectRecordingId(options, path, $"a device file ({device})");
            return FromDevice(device switch
            {
                DeviceFormat.Fit => FitReader.Read(path),
                DeviceFormat.Tcx => TcxReader.Read(path),
                DeviceFormat.Gpx => GpxReader.Read(path),
                DeviceFormat.PolarHrm => PolarHrmReader.Read(path),
                DeviceFormat.PolarFlowCsv => PolarFlowCsvReader.Read(path),
                _ => BleLogReader.Read(path),
            }, path, options, null);
        }

        var text = bytes is null ? null : FileText(bytes);
        if (format is null && IsRdannListing(text ?? Encoding.UTF8.GetString(Head(path, HeadBytes))))
            return FromRdann(text ?? File.ReadAllText(path), path, options);
        try
        {
            return FromCsv(text is null
                ? RecordingCsvReader.Read(path, CsvOptions(options))
                : RecordingCsvReader.ReadText(text, path, CsvOptions(options)), path);
        }
        catch (HrDataFormatException ex) when (format == DeviceFormat.RrText && !ex.IsUnitConflict && options.Csv.RecordingIdColumn is null)
        {
            return FromDevice(RrTextReader.Read(path, options.Csv.RrUnit), path, options, FallbackNote(ex));
        }
    }

    /// <summary>Bytes of an EDF header's fixed part, enough for <see cref="EdfReader.IsEdf"/>.</summary>
    private const int EdfHeadBytes = 256;

    /// <summary>True for a regular file longer than <paramref name="limit"/> that starts with an EDF header.</summary>
    private static bool IsLargeEdf(string path, long limit) =>
        new FileInfo(path).Length > limit && EdfReader.IsEdfFile(path);

    /// <summary>The first <paramref name="count"/> bytes of a file (fewer when it is shorter).</summary>
    private static byte[] Head(string path, int count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var head = new byte[count];
        return head[..stream.ReadAtLeast(head, count, throwOnEndOfStream: false)];
    }

    /// <summary>Largest file <see cref="Open(string, RecordingOpenOptions?)"/> reads once into memory for its sniffs and the CSV read.</summary>
    private const long ReadOnceMaxBytes = 16L << 20;

    /// <summary>The bytes of a regular file of at most <see cref="ReadOnceMaxBytes"/>, or <c>null</c> (larger, or no length: a device or pipe).</summary>
    private static byte[]? ReadIfSmall(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        long length;
        try
        {
            length = stream.CanSeek ? stream.Length : 0;
        }
        catch (NotSupportedException)
        {
            return null;
        }

        if (length <= 0 || length > ReadOnceMaxBytes) return null;
        var bytes = new byte[length];
        var n = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (n != bytes.Length || stream.ReadByte() >= 0) return null;
        return bytes;
    }

    /// <summary>The text of file bytes as <see cref="File.ReadAllText(string)"/> decodes them (UTF-8 unless a byte order mark says otherwise).</summary>
    private static string FileText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Opens text of any text format (CSV tables, ECG tables, Polar HRM, RR text, BLE packet logs, TCX, GPX) into a
    /// recording, judging the format by the content as <see cref="Open(string, RecordingOpenOptions?)"/> does.
    /// </summary>
    /// <param name="reader">The text; read to the end, not disposed.</param>
    /// <param name="name">Name of the input in the result, the reports and error messages (e.g. a file name).</param>
    /// <param name="options">Settings per kind of input; <c>null</c> for <see cref="RecordingOpenOptions.Default"/>.</param>
    /// <returns>The recording, the format found, the report and notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="name"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An option group is <c>null</c>, or an option is out of range.</exception>
    /// <exception cref="HrDataFormatException">
    /// The content cannot be read as any supported text format, or it is a WFDB header or FIT data, which need the file
    /// (and, for WFDB, the signal files beside it): open those by path.
    /// </exception>
    public static RecordingOpenResult Open(TextReader reader, string name, RecordingOpenOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        options = Validate(options);
        var text = reader.ReadToEnd();
        using (var probe = new StringReader(text))
        {
            if (EcgCsvReader.LooksLikeEcg(probe))
            {
                RejectRecordingId(options, name, "an ECG table");
                return FromEcg(EcgCsvReader.Read(new StringReader(text), name, options.Ecg), name, options);
            }
        }

        if (EdfReader.IsEdf(System.Text.Encoding.Latin1.GetBytes(text[..Math.Min(text.Length, EdfHeadBytes)])))
            throw new HrDataFormatException(name, null, null, null, "The content is an EDF or BDF header; EDF is a binary format: open the file by path.");
        var head = text.Length > HeadBytes ? text[..HeadBytes] : text;
        var format = DetectText(head, truncated: text.Length > HeadBytes);
        if (format is { } textDevice && textDevice != DeviceFormat.RrText) RejectRecordingId(options, name, $"a device file ({textDevice})");
        switch (format)
        {
            case DeviceFormat.Wfdb or DeviceFormat.Fit:
                throw new HrDataFormatException(name, null, null, null, format == DeviceFormat.Wfdb
                    ? "The text is a WFDB header; a WFDB record needs its signal and annotation files beside it, so open the .hea file by path."
                    : "FIT is a binary format; open the file by path.");
            case DeviceFormat.Tcx or DeviceFormat.Gpx:
                using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))
                    return FromDevice(format == DeviceFormat.Tcx ? TcxReader.Read(stream, name) : GpxReader.Read(stream, name), name, options, null);
            case DeviceFormat.PolarHrm:
                return FromDevice(PolarHrmReader.Read(new StringReader(text), name), name, options, null);
            case DeviceFormat.BleLog:
                return FromDevice(BleLogReader.Read(new StringReader(text), name), name, options, null);
            case DeviceFormat.PolarFlowCsv:
                return FromDevice(PolarFlowCsvReader.Read(new StringReader(text), name), name, options, null);
        }

        if (format is null && IsRdannListing(head)) return FromRdann(text, name, options);
        try
        {
            return FromCsv(RecordingCsvReader.Read(new StringReader(text), name, CsvOptions(options)), name);
        }
        catch (HrDataFormatException ex) when (format == DeviceFormat.RrText && !ex.IsUnitConflict && options.Csv.RecordingIdColumn is null)
        {
            return FromDevice(RrTextReader.Read(new StringReader(text), name, options.Csv.RrUnit), name, options, FallbackNote(ex));
        }
    }

    private static RecordingOpenOptions Validate(RecordingOpenOptions? options)
    {
        if (options is null) return RecordingOpenOptions.Default;
        if (options.Csv is null || options.Ecg is null || options.EcgRecording is null || options.Wfdb is null || options.Edf is null)
            throw new ArgumentException("RecordingOpenOptions.Csv, Ecg, EcgRecording, Wfdb and Edf must not be null; leave them at their defaults.", nameof(options));
        if (!(options.MinEcgSamplingRateHz > 0 && options.MaxEcgSamplingRateHz > options.MinEcgSamplingRateHz && double.IsFinite(options.MaxEcgSamplingRateHz)))
        {
            throw new ArgumentException(
                $"RecordingOpenOptions.MinEcgSamplingRateHz and MaxEcgSamplingRateHz must be finite with 0 < Min < Max; they are {options.MinEcgSamplingRateHz} and {options.MaxEcgSamplingRateHz}.",
                nameof(options));
        }

        if (options.MaxInputBytes <= 0)
            throw new ArgumentException($"RecordingOpenOptions.MaxInputBytes must be positive; it is {options.MaxInputBytes}.", nameof(options));
        return options;
    }

    private static CsvReadOptions CsvOptions(RecordingOpenOptions options) =>
        options.Subject is { } subject ? options.Csv with { Subject = subject } : options.Csv;

    private static string FallbackNote(HrDataFormatException ex) =>
        "Not read as a CSV table (" + ex.Message + "); read as an RR text log instead.";

    /// <summary>True when the text's first content line is the column header of an rdann annotation listing.</summary>
    private static bool IsRdannListing(string text) => FirstContentLines(text, truncated: true) is { Length: > 0 } lines && RdannListing.LooksLike(lines[0]);

    /// <summary>An rdann annotation listing: read as the annotation table it lists (annotated beats, NN intervals by default).</summary>
    private static RecordingOpenResult FromRdann(string text, string name, RecordingOpenOptions options)
    {
        var (csv, note) = RdannListing.ToCsv(text, name);
        var result = FromCsv(RecordingCsvReader.ReadText(csv, name, CsvOptions(options)), name);
        return result with { Notes = [note, .. result.Notes] };
    }

    // CsvReadOptions.RecordingIdColumn selects rows of a long-format CSV table; every other format holds one recording.
    private static void RejectRecordingId(RecordingOpenOptions options, string name, string what)
    {
        if (options.Csv.RecordingIdColumn is { } column)
        {
            throw new HrDataFormatException(name, null, null, null,
                $"CsvReadOptions.RecordingIdColumn '{column}' selects the rows of one recording in a CSV table, but this input is {what}, which holds one recording.");
        }
    }

    internal static RecordingOpenResult FromCsv(RecordingReadResult result, string name)
    {
        var report = result.Report;
        var notes = new List<string>();
        if (report.Skipped.Count > 0)
        {
            notes.Add(string.Join("; ", report.Skipped.GroupBy(s => s.Reason, StringComparer.Ordinal)
                .Select(g => Inv($"{g.Count()} line(s) skipped: {g.Key} (first on line {g.First().Line})"))));
        }

        if (report.RebuiltRrLines.Count > 0)
            notes.Add(Inv($"{report.RebuiltRrLines.Count} empty RR cell(s) rebuilt from the time column (first on line {report.RebuiltRrLines[0]})"));
        if (report.ColumnsIgnored.Count > 0) notes.Add("Columns not used: " + string.Join("; ", report.ColumnsIgnored));
        return new RecordingOpenResult
        {
            Recording = result.Recording,
            Format = report.Content switch
            {
                CsvContent.BeatTimes => InputFormat.BeatTimes,
                CsvContent.HeartRateSamples => InputFormat.HeartRateSamples,
                _ => InputFormat.RrIntervals,
            },
            Name = name,
            CsvReport = report,
            Notes = notes,
        };
    }

    private static RecordingOpenResult FromDevice(DeviceReadResult result, string name, RecordingOpenOptions options, string? fallbackNote)
    {
        var report = result.Report;
        var limitNotes = new List<string>();
        var recording = RrLimitCheck.Apply(result.Recording, options.Csv, name, limitNotes);
        return new RecordingOpenResult
        {
            Recording = options.Subject is { } subject ? recording.WithSubject(subject) : recording,
            Format = report.Format switch
            {
                DeviceFormat.Fit => InputFormat.Fit,
                DeviceFormat.Tcx => InputFormat.Tcx,
                DeviceFormat.Gpx => InputFormat.Gpx,
                DeviceFormat.PolarHrm => InputFormat.PolarHrm,
                DeviceFormat.RrText => InputFormat.RrText,
                DeviceFormat.BleLog => InputFormat.BleLog,
                DeviceFormat.PolarFlowCsv => InputFormat.PolarFlowCsv,
                _ => InputFormat.Wfdb,
            },
            Name = name,
            DeviceReport = report,
            Notes = [.. fallbackNote is null ? [] : new[] { fallbackNote }, .. limitNotes, .. report.Skipped],
        };
    }

    /// <summary>An ECG table: R peaks detected in its first signal, then beats as from any other file.</summary>
    private static RecordingOpenResult FromEcg(EcgCsvContent content, string name, RecordingOpenOptions options)
    {
        var signal = content.Signals[0];
        var detected = DetectBeats(signal, options, options.Subject ?? options.Csv.Subject, name);
        var notes = new List<string>(detected.Peaks.Warnings.Select(w => w.Message));
        notes.AddRange(content.Notes);
        if (content.Signals.Count > 1)
        {
            notes.Add(Inv($"The table has {content.Signals.Count} signal columns ({string.Join(", ", content.Signals.Select(s => s.Name))}); ") +
                $"the beats come from the first, '{signal.Name}'; the others are kept as channels. Choose another with EcgCsvOptions.SignalColumn.");
        }

        var recording = detected.Recording;
        if (content.Signals.Count > 1 || content.Markers.Count > 0)
        {
            var channels = content.Signals.Skip(1).Select(ToChannel).ToArray();
            recording = Recording.Create(recording.Beats, markers: content.Markers, channels: channels, subject: recording.Subject, ecg: recording.Ecg);
        }

        return new RecordingOpenResult
        {
            Recording = recording,
            Format = InputFormat.Ecg,
            Name = name,
            EcgReport = new EcgReadReport
            {
                Source = content.Source,
                SignalName = signal.Name,
                SignalNames = [.. content.Signals.Select(s => s.Name)],
                SampleCount = signal.Count,
                SamplingRateHz = content.SamplingRateHz,
                SamplingRateSource = content.SamplingRateSource,
                TimeColumn = content.TimeColumn,
                SkippedLineCount = content.SkippedLineCount,
                ReaderNotes = content.Notes,
                Peaks = detected.Peaks,
            },
            Notes = notes,
        };
    }

    /// <summary>A further signal column of an ECG table (e.g. continuous blood pressure) as a channel on the same time axis.</summary>
    private static SampledChannel ToChannel(EcgSignal s)
    {
        var times = new double[s.Count];
        for (var i = 0; i < times.Length; i++) times[i] = s.TimeOfSample(i);
        return SampledChannel.Create(s.Name, s.Unit, times, s.Samples);
    }

    /// <summary>
    /// A WFDB record: the ECG and the annotated beats (as <see cref="RecordingOpenOptions.Wfdb"/> selects them);
    /// without an annotation file, R peaks are detected in the ECG as for an ECG table.
    /// </summary>
    /// <summary>
    /// Beats from an ECG, with the ECG's sampling rate checked against <see cref="RecordingOpenOptions.MinEcgSamplingRateHz"/>
    /// and <see cref="RecordingOpenOptions.MaxEcgSamplingRateHz"/>, and any refusal of the detector raised as a format
    /// error that names the file.
    /// </summary>
    private static EcgRecordingResult DetectBeats(EcgSignal ecg, RecordingOpenOptions options, SubjectInfo? subject, string name)
    {
        var fs = ecg.SamplingRateHz;
        if (!(fs >= options.MinEcgSamplingRateHz && fs <= options.MaxEcgSamplingRateHz))
        {
            throw new HrDataFormatException(name, null, null, null,
                Inv($"The ECG '{ecg.Name}' is sampled at {fs:G6} Hz, outside the range {options.MinEcgSamplingRateHz:G6}–{options.MaxEcgSamplingRateHz:G6} Hz ") +
                "(RecordingOpenOptions.MinEcgSamplingRateHz/MaxEcgSamplingRateHz) in which R peaks can be found; check the sampling rate or the time column.");
        }

        try
        {
            return EcgRecording.FromEcg(ecg, options.EcgRecording, subject);
        }
        catch (ArgumentException ex) when (ex.ParamName is not nameof(options) and not "options")
        {
            var message = ex.ParamName is { } p ? ex.Message.Replace($" (Parameter '{p}')", string.Empty, StringComparison.Ordinal) : ex.Message;
            throw new HrDataFormatException(name, null, null, null, "Beats could not be found in the ECG: " + message, ex);
        }
    }

    private static RecordingOpenResult FromWfdb(string path, RecordingOpenOptions options)
    {
        RejectRecordingId(options, path, "a WFDB record");
        var record = WfdbReader.ReadRecord(path, options.Wfdb);
        var subject = options.Subject ?? options.Csv.Subject;
        Recording recording;
        RPeakResult? peaks = null;
        var notes = new List<string>(record.Notes);
        if (record.AnnotationPath is null)
        {
            var detected = DetectBeats(record.Ecg, options, subject, path);
            recording = detected.Recording;
            peaks = detected.Peaks;
            notes.AddRange(detected.Peaks.Warnings.Select(w => w.Message));
        }
        else
        {
            if (record.Beats.Count == 0)
                throw new HrDataFormatException(record.AnnotationPath, null, null, null,
                    Inv($"The annotation file yields no NN interval ({record.BeatCount} beats, {record.NonNormalBeatCount} not normal)."));
            // Annotated beats obey the same physiological limits as every other reader's (CsvReadOptions.MinRrMs/MaxRrMs, median HR).
            recording = RrLimitCheck.Apply(
                Recording.Create(record.Beats, markers: record.Markers, subject: subject, ecg: record.Ecg), options.Csv, record.AnnotationPath, notes);
        }

        return new RecordingOpenResult
        {
            Recording = recording,
            Format = InputFormat.Wfdb,
            Name = path,
            WfdbReport = new WfdbReadReport
            {
                HeaderPath = record.HeaderPath,
                Header = record.Header,
                SignalName = record.Ecg.Name,
                SignalIndex = record.SignalIndex,
                SamplingRateHz = record.Ecg.SamplingRateHz,
                EcgSampleCount = record.Ecg.Count,
                Annotator = record.Options.Annotator,
                AnnotationPath = record.AnnotationPath,
                BeatsSource = peaks is null ? WfdbBeatsSource.Annotations : WfdbBeatsSource.RPeakDetection,
                Peaks = peaks,
                AnnotatedBeatCount = record.BeatCount,
                NonNormalBeatCount = record.NonNormalBeatCount,
                LeftOutIntervalCount = record.LeftOutIntervalCount,
                ReaderNotes = record.Notes,
            },
            Notes = notes,
        };
    }

    /// <summary>An EDF, EDF+ or BDF file: R peaks detected in its ECG signal, its annotations as markers.</summary>
    private static RecordingOpenResult FromEdf(string path, RecordingOpenOptions options)
    {
        RejectRecordingId(options, path, "an EDF file");
        var record = EdfReader.ReadRecord(path, options.Edf);
        var detected = DetectBeats(record.Ecg, options, options.Subject ?? options.Csv.Subject, path);
        var recording = record.Markers.Count == 0 && record.Channels.Count == 0
            ? detected.Recording
            : Recording.Create(detected.Recording.Beats, markers: record.Markers, channels: record.Channels, subject: detected.Recording.Subject, ecg: detected.Recording.Ecg);
        var notes = new List<string>(record.Notes);
        notes.AddRange(detected.Peaks.Warnings.Select(w => w.Message));
        return new RecordingOpenResult
        {
            Recording = recording,
            Format = InputFormat.Edf,
            Name = path,
            EdfReport = new EdfReadReport
            {
                Path = path,
                Header = record.Header,
                SignalName = record.Ecg.Name,
                SignalIndex = record.SignalIndex,
                SamplingRateHz = record.Ecg.SamplingRateHz,
                EcgSampleCount = record.Ecg.Count,
                AnnotationCount = record.Markers.Count,
                Peaks = detected.Peaks,
                ReaderNotes = record.Notes,
            },
            Notes = notes,
        };
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The device format of a file judged by its content, or <c>null</c> when it is none of them (e.g. a CSV table).</summary>
    /// <param name="path">Path of the file.</param>
    internal static DeviceFormat? Detect(string path)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        using var stream = File.OpenRead(path);
        var buffer = new byte[HeadBytes];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Detect(path, buffer.AsSpan(0, n));
    }

    /// <summary>The device format of the file at <paramref name="path"/> from its first bytes (at most 64 KiB), as <see cref="Detect(string)"/>.</summary>
    private static DeviceFormat? Detect(string path, ReadOnlySpan<byte> head)
    {
        if (path.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) && !FitReader.IsFit(head)
            && WfdbReader.LooksLikeHeader(Encoding.UTF8.GetString(head).Split('\n'), requireSignalLines: false))
            return DeviceFormat.Wfdb;
        return Detect(head);
    }

    /// <summary>The device format of content judged from its first bytes, or <c>null</c> when it is none of them.</summary>
    /// <param name="head">The first bytes of the content (up to 64 KiB are enough).</param>
    internal static DeviceFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (FitReader.IsFit(head)) return DeviceFormat.Fit;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return DetectText(Encoding.UTF8.GetString(head), truncated: head.Length == HeadBytes);
    }

    /// <summary>The device format of text judged from its start; <paramref name="truncated"/> when the text is cut, so its last line may be partial.</summary>
    private static DeviceFormat? DetectText(string text, bool truncated)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('<')) return DetectXml(trimmed);
        var content = FirstContentLines(text, truncated);
        if (content.Length == 0) return null;
        if (content.Any(l => l.StartsWith("[Params]", StringComparison.OrdinalIgnoreCase))) return DeviceFormat.PolarHrm;
        if (PolarFlowCsvReader.LooksLikePolarFlowCsv(content[0])) return DeviceFormat.PolarFlowCsv;
        // Before WFDB: ISO-timed packet lines ('2024-01-01T10:00:00Z 16 46 20 03') also parse as a WFDB record line.
        // A BLE log with a damaged packet is still a BLE log: its reader then names the bad line. Most lines, the
        // first included, must decode as packets.
        if (BleLogReader.IsPacketLine(content[0]) && content.Count(BleLogReader.IsPacketLine) * 5 >= content.Length * 4) return DeviceFormat.BleLog;
        if (WfdbReader.LooksLikeHeader(content, requireSignalLines: true)) return DeviceFormat.Wfdb;
        return LooksLikeRrText(content) ? DeviceFormat.RrText : null;
    }

    /// <summary>
    /// The first 50 lines that are not blank and do not start with '#', trimmed, as splitting the whole text at LF would
    /// give them (less its last line when <paramref name="truncated"/>, as that line may be cut); stops at the 51st, after
    /// which none of the first 50 can be the last line, so a long text is not split to its end.
    /// </summary>
    internal static string[] FirstContentLines(string text, bool truncated)
    {
        const int Wanted = 50;
        var content = new List<string>(Wanted + 1);
        var span = text.AsSpan();
        var nonEmptyLines = 0;
        var lastIsContent = false;
        var start = 0;
        while (start <= span.Length && content.Count <= Wanted)
        {
            var newline = span[start..].IndexOf('\n');
            var end = newline < 0 ? span.Length : start + newline;
            var line = span[start..end].Trim();
            start = end + 1;
            if (line.IsEmpty) continue;
            nonEmptyLines++;
            lastIsContent = line[0] != '#';
            if (lastIsContent) content.Add(line.ToString());
        }

        var atEnd = start > span.Length;
        if (atEnd && truncated && nonEmptyLines > 1 && lastIsContent && content.Count <= Wanted) content.RemoveAt(content.Count - 1);
        if (content.Count > Wanted) content.RemoveRange(Wanted, content.Count - Wanted);
        return [.. content];
    }

    private static DeviceFormat? DetectXml(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length) return null;
            var c = text[lt + 1];
            if (c is '?' or '!')
            {
                var close = text.IndexOf('>', lt);
                if (close < 0) return null;
                i = close + 1;
                continue;
            }

            var end = lt + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('>' or '/')) end++;
            var name = text[(lt + 1)..end];
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) name = name[(colon + 1)..];
            return name switch
            {
                "TrainingCenterDatabase" => DeviceFormat.Tcx,
                "gpx" => DeviceFormat.Gpx,
                _ => null,
            };
        }

        return null;
    }

    private static bool LooksLikeRrText(string[] lines)
    {
        static string[] Cells(string l) => l.Split([',', ';', '\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var first = Cells(lines[0]);
        var start = 0;
        // A line of separators only (",,,") has no cell: such content is not an RR text log.
        if (first.Length == 0) return false;
        if (!RrTextReader.IsNumber(first[0]))
        {
            static string Norm(string h) => h.Trim('"').ToUpperInvariant().Replace("_", string.Empty, StringComparison.Ordinal)
                .Replace(" ", string.Empty, StringComparison.Ordinal);
            var hasRr = first.Any(h => Norm(h) is "RR" or "RRMS" or "RRI" or "RRINTERVAL" or "IBI");
            var allKnown = first.All(h => Norm(h) is "RR" or "RRMS" or "RRI" or "RRINTERVAL" or "IBI" or "TIMESTAMP" or "TIME"
                or "DATE" or "DATETIME" or "SINCESTART");
            if (!hasRr || !allKnown) return false;
            start = 1;
            // A header alone is no RR text log: the CSV reader's "no data rows" is the message that fits.
            return lines.Length > 1 && lines.Skip(start).All(l => Cells(l).All(RrTextReader.IsNumber));
        }

        return lines.Skip(start).All(l => Cells(l) is { Length: 1 or 2 } c && c.All(RrTextReader.IsNumber));
    }
}
