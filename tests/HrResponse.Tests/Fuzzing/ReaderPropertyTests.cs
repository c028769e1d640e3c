using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HrResponse.Fuzz;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Fuzzing;

/// <summary>
/// Issue 15, item 7: every reader, on any bytes or text (random, built from format tokens, or a damaged seed file),
/// gives a result or <see cref="HrDataFormatException"/> within a time bound proportional to the input's size.
/// </summary>
[Category("Property")]
public class ReaderPropertyTests
{
    /// <summary>Allowed time per input byte on top of <see cref="PropertyCheck.BaseBound"/>.</summary>
    private static readonly TimeSpan PerByte = TimeSpan.FromMilliseconds(0.5);

    private static readonly string[] Tokens =
    [
        ",", ";", "\t", "|", " ", "\n", "\r\n", "\r", "\"", "#", "sep=;", "sep=,", "rr_ms", "rr", "RR", "time_s", "time", "hr_bpm", "hr",
        "bpm", "ms", "s", "marker", "ecg", "0", "1", "-1", "25", "800", "812.5", "0,8", "1e308", "-1e308", "1e-320", "NaN", "Infinity",
        "-0", "60000", "999999999999", "1700000000000", "2024-01-01T10:00:00Z", "16", "4E", "20", "03", "FF", "[Params]", "[HRData]",
        "Version=106", "Interval=238", "SMode=000000000", "<", ">", "</", "/>", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"a\">]>",
        "<TrainingCenterDatabase>", "<Trackpoint>", "<Time>", "<HeartRateBpm><Value>", "</Value></HeartRateBpm>", "<gpx>", "<trkpt>",
        "<gpxdata:hr>", "<ns3:hr>", "r 1 250 1000", "r.dat 16 200 16 0 0 0 0 MLII", "../../etc/passwd", "/dev/zero", "\0", "\u00A0", "\uFEFF",
    ];

    /// <summary>Text built from format tokens, up to <paramref name="maxTokens"/> of them.</summary>
    private static Gen<byte[]> TokenText(int maxTokens) =>
        from n in Gen.Choose(0, maxTokens)
        from parts in Gen.ArrayOf(Gen.Elements(Tokens), n)
        select Encoding.UTF8.GetBytes(string.Concat(parts));

    private static Gen<byte[]> RandomBytes(int maxLength) =>
        from n in Gen.Choose(0, maxLength)
        from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n)
        select bytes;

    /// <summary>A seed file of the reader's corpus damaged by up to 8 edits (flip, insert, delete, truncate, repeat a slice).</summary>
    private static Gen<byte[]> DamagedSeed(string reader)
    {
        var seeds = FuzzCorpusTests.CorpusFiles(reader).Select(File.ReadAllBytes).ToArray();
        var edit = from op in Gen.Choose(0, 4)
                   from at in Gen.Choose(0, int.MaxValue)
                   from value in Gen.Choose(0, 255)
                   from length in Gen.Choose(1, 64)
                   select (Op: op, At: at, Value: value, Length: length);
        return from seed in Gen.Elements(seeds)
               from n in Gen.Choose(1, 8)
               from edits in Gen.ArrayOf(edit, n)
               select Damage(seed, edits);
    }

    private static byte[] Damage(byte[] seed, (int Op, int At, int Value, int Length)[] edits)
    {
        var bytes = new List<byte>(seed);
        foreach (var (op, at, value, length) in edits)
        {
            var i = bytes.Count == 0 ? 0 : at % bytes.Count;
            switch (op)
            {
                case 0 when bytes.Count > 0: bytes[i] = (byte)value; break;
                case 1: bytes.Insert(i, (byte)value); break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(i, Math.Min(length, bytes.Count - i)); break;
                case 3: bytes.RemoveRange(i, bytes.Count - i); break;
                case 4 when bytes.Count > 0: bytes.InsertRange(i, bytes.GetRange(i, Math.Min(length, bytes.Count - i))); break;
            }
        }

        return [.. bytes];
    }

    private static Gen<byte[]> AnyInput(string reader) =>
        Gen.Frequency((3, DamagedSeed(reader)), (2, TokenText(200)), (1, RandomBytes(2000)));

    public static IEnumerable<string> Readers => FuzzTargets.Names;

    [TestCaseSource(nameof(Readers))]
    public void Read_AnyBytes_ResultOrFormatErrorWithinBound(string reader)
    {
        var cases = reader is "wfdb" or "open" ? 60 : 150;
        PropertyCheck.ForAll(AnyInput(reader), cases, bytes =>
            PropertyCheck.Ok(PropertyCheck.Within(bytes.Length, PerByte, () => FuzzTargets.Run(reader, bytes))));
    }

    [Test]
    public void Open_AnyText_ResultOrFormatErrorWithinBound()
    {
        PropertyCheck.ForAll(Gen.Frequency((2, TokenText(300)), (1, DamagedSeed("open"))), 150, bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            PropertyCheck.Ok(PropertyCheck.Within(bytes.Length, PerByte, () => RecordingReader.Open(new StringReader(text), "any.txt"),
                typeof(HrDataFormatException)));
        });
    }

    [Test]
    public void OpenAndAnalyze_AnyText_ResultOrFormatErrorWithinBound()
    {
        // The whole path of the tool: open, then the full analysis of whatever was read.
        PropertyCheck.ForAll(Gen.Frequency((1, TokenText(300)), (2, DamagedSeed("csv")), (1, DamagedSeed("rrtext"))), 60, bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            PropertyCheck.Ok(PropertyCheck.Within(bytes.Length, PerByte * 20, () =>
            {
                var opened = RecordingReader.Open(new StringReader(text), "any.csv");
                RecordingAnalysis.Compute(opened.Recording);
            }, typeof(HrDataFormatException)));
        });
    }
}
