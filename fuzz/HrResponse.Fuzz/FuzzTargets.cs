using System.Text;
using HrResponse.Io;

namespace HrResponse.Fuzz;

/// <summary>
/// One fuzz target per reader: any bytes must give a result or <see cref="HrDataFormatException"/>; any other exception
/// is a crash. Used by the SharpFuzz/AFL++ harness (<c>Program</c>) and replayed over the committed corpus by the tests.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The readers that can be fuzzed, by the name used on the command line and as corpus folder.</summary>
    public static IReadOnlyList<string> Names { get; } = ["csv", "rrtext", "fit", "tcx", "gpx", "hrm", "ble", "ecg", "wfdb", "edf", "open", "longcsv"];

    /// <summary>Separators of the WFDB target's input: header text, then signal bytes, then annotation bytes.</summary>
    public static readonly byte[] DatSeparator = "\n--dat--\n"u8.ToArray();

    /// <summary>See <see cref="DatSeparator"/>.</summary>
    public static readonly byte[] AtrSeparator = "\n--atr--\n"u8.ToArray();

    /// <summary>Runs the target <paramref name="name"/> on <paramref name="data"/>; rethrows anything but a format error.</summary>
    /// <returns>True when the input was read, false when it was refused with <see cref="HrDataFormatException"/>.</returns>
    public static bool Run(string name, ReadOnlySpan<byte> data)
    {
        try
        {
            Read(name, data);
            return true;
        }
        catch (HrDataFormatException ex) when (ex.Message.Length <= HrDataFormatException.MaxProblemLength + 4096)
        {
            return false;
        }
    }

    private static void Read(string name, ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data);
        switch (name)
        {
            case "csv": RecordingCsvReader.Read(new StringReader(text), "fuzz.csv"); break;
            case "rrtext": RrTextReader.Read(new StringReader(text), "fuzz.txt"); break;
            case "fit": FitReader.Read(WithValidCrc(data), "fuzz.fit"); break;
            case "tcx": TcxReader.Read(new MemoryStream(data.ToArray()), "fuzz.tcx"); break;
            case "gpx": GpxReader.Read(new MemoryStream(data.ToArray()), "fuzz.gpx"); break;
            case "hrm": PolarHrmReader.Read(new StringReader(text), "fuzz.hrm"); break;
            case "ble": BleLogReader.Read(new StringReader(text), "fuzz.log"); break;
            case "ecg": EcgCsvReader.Read(new StringReader(text), "fuzz-ecg.csv"); break;
            case "wfdb": ReadWfdb(data); break;
            case "edf": ReadEdf(data); break;
            case "open": OpenFile(data); break;
            case "longcsv": ReadLongFormat(text); break;
            default: throw new ArgumentException($"Unknown fuzz target '{name}'; use one of {string.Join(", ", Names)}.", nameof(name));
        }
    }

    /// <summary>The input as a WFDB record <c>r</c> (header, signal file r.dat, annotations r.atr) in a private folder.</summary>
    private static void ReadWfdb(ReadOnlySpan<byte> data)
    {
        var dat = data.IndexOf(DatSeparator);
        var header = dat < 0 ? data : data[..dat];
        var rest = dat < 0 ? [] : data[(dat + DatSeparator.Length)..];
        var atr = rest.IndexOf(AtrSeparator);
        var signal = atr < 0 ? rest : rest[..atr];
        var annotations = atr < 0 ? [] : rest[(atr + AtrSeparator.Length)..];
        var dir = Scratch();
        File.WriteAllBytes(Path.Combine(dir, "r.hea"), header.ToArray());
        File.WriteAllBytes(Path.Combine(dir, "r.dat"), signal.ToArray());
        var atrPath = Path.Combine(dir, "r.atr");
        if (atr >= 0) File.WriteAllBytes(atrPath, annotations.ToArray());
        else File.Delete(atrPath);
        RecordingReader.Open(Path.Combine(dir, "r.hea"));
    }

    /// <summary>The input as an EDF/BDF file read by <see cref="EdfReader"/> (header, ECG signal, annotations).</summary>
    private static void ReadEdf(ReadOnlySpan<byte> data)
    {
        var path = Path.Combine(Scratch(), "input.edf");
        File.WriteAllBytes(path, data.ToArray());
        EdfReader.ReadRecord(path);
    }

    /// <summary>
    /// The input as a long-format CSV table whose first column names each row's recording: every recording listed is
    /// opened from the table (at most 16), and the first is also read with the option alone; the two reads must agree
    /// (same intervals, heart rate, skipped lines and columns, or the same error), else the target fails as a crash.
    /// </summary>
    private static void ReadLongFormat(string text)
    {
        var table = LongFormatCsvTable.Read(new StringReader(text), "fuzz-long.csv", "1");
        for (var i = 0; i < table.RecordingIds.Count && i < 16; i++)
        {
            var id = table.RecordingIds[i];
            string fromTable, byOption;
            try
            {
                var opened = table.Open(id);
                fromTable = Describe(opened.Recording, opened.CsvReport!);
            }
            catch (HrDataFormatException ex)
            {
                fromTable = ex.Message;
            }

            if (i > 0) continue;
            try
            {
                var read = RecordingCsvReader.Read(new StringReader(text), "fuzz-long.csv", new CsvReadOptions { RecordingIdColumn = "1", RecordingId = id });
                byOption = Describe(read.Recording, read.Report);
            }
            catch (HrDataFormatException ex)
            {
                byOption = ex.Message;
            }

            if (fromTable != byOption)
                throw new InvalidOperationException($"LongFormatCsvTable.Open and the RecordingIdColumn option disagree on '{id}':\n{fromTable}\n---\n{byOption}");
        }
    }

    private static string Describe(Recording recording, RecordingReadReport report) =>
        string.Join(";", recording.Beats.Milliseconds.ToArray()) + "|" + string.Join(";", recording.HeartRate.Bpm.ToArray()) + "|" +
        string.Join(";", report.Skipped.Select(k => $"{k.Line}:{k.Reason}")) + "|" + report.DataRowCount + "|" +
        report.OtherRecordingsRowCount + "|" + string.Join(";", report.ColumnsUsed) + "|" + string.Join(";", report.ColumnsIgnored);

    /// <summary>The input as a file of unknown format opened the way the tool opens any file (format detected from content).</summary>
    private static void OpenFile(ReadOnlySpan<byte> data)
    {
        var path = Path.Combine(Scratch(), "input");
        File.WriteAllBytes(path, data.ToArray());
        RecordingReader.Open(path);
    }

    private static readonly ushort[] CrcTable =
        [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];

    /// <summary>
    /// The FIT input with its file CRC recomputed and its header CRC zeroed (meaning "not given"), so mutations reach the
    /// message decoder instead of stopping at the CRC check (the <c>open</c> target keeps CRCs as they are).
    /// </summary>
    private static byte[] WithValidCrc(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        if (bytes.Length < 12 || bytes[0] is not (12 or 14)) return bytes;
        int headerSize = bytes[0];
        if (headerSize == 14 && bytes.Length >= 14) bytes[12] = bytes[13] = 0;
        var dataSize = BitConverter.ToUInt32(bytes, 4);
        var end = headerSize + (long)dataSize;
        if (end + 2 > bytes.Length) return bytes;
        ushort crc = 0;
        for (var i = 0; i < end; i++)
        {
            var b = bytes[i];
            var tmp = CrcTable[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ CrcTable[b & 0xF]);
            tmp = CrcTable[crc & 0xF];
            crc = (ushort)(((crc >> 4) & 0x0FFF) ^ tmp ^ CrcTable[(b >> 4) & 0xF]);
        }

        bytes[end] = (byte)crc;
        bytes[end + 1] = (byte)(crc >> 8);
        return bytes;
    }

    private static string Scratch()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hrresponse-fuzz-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
