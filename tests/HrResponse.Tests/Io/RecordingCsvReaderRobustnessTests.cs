using System.Globalization;
using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Fixed-seed random CSV text: the reader either succeeds or throws HrDataFormatException with a location.</summary>
public class RecordingCsvReaderRobustnessTests
{
    private static readonly string[] Headers =
        ["rr_ms", "time_s", "hr", "since_start", "timestamp", "phase", "power_w", "x", "rr", "beat_time", "t", "mets", "vo2"];

    private static readonly string[] Cells =
        ["800", "0.8", "0,8", "-1", "0", "NaN", "", "\"5\"", "1.5", "1000", "abc", "rest", "12", "9e9", "810", "Infinity", " ", "60"];

    private static readonly string[] Separators = [",", ";", "\t"];

    private static readonly CsvReadOptions?[] Options =
    [
        null,
        new() { Content = CsvContent.BeatTimes },
        new() { MissingRr = MissingRrPolicy.Skip },
        new() { Content = CsvContent.HeartRateSamples },
        new() { RrUnit = RrUnit.Seconds, TimeColumn = "t" },
        new() { RrColumn = "x", MarkerColumn = "rr" },
        new() { Content = CsvContent.RrIntervals, LoadColumn = "vo2" },
        new() { MarkerColumn = "rr_ms" },
        new() { MarkerColumn = "time_s", Content = CsvContent.HeartRateSamples },
    ];

    [Test]
    public void Read_RandomCsvText_OnlyFormatExceptionsWithLocation()
    {
        var random = new Random(20261121);
        int succeeded = 0, rejected = 0;
        for (var k = 0; k < 3000; k++)
        {
            var text = RandomCsv(random);
            var options = Options[k % Options.Length];
            try
            {
                RecordingCsvReader.Read(new StringReader(text), "random.csv", options);
                succeeded++;
            }
            catch (HrDataFormatException e)
            {
                rejected++;
                if (e.Line is null)
                    Assert.That(e.Message, Does.Contain("empty").Or.Contain("blank or comments"), text);
            }
            catch (Exception e)
            {
                Assert.Fail($"{e.GetType().Name}: {e.Message} for input {text.Replace("\n", "\\n", StringComparison.Ordinal)} (options {k % Options.Length})");
            }
        }

        Assert.That(succeeded, Is.GreaterThan(20), "the generator must also produce readable files");
        Assert.That(rejected, Is.GreaterThan(20));
    }

    [Test]
    public void Read_OnlyColumnIsMarkerLabels_IsWrongColumnsNotACrash()
    {
        Assert.That(
            () => RecordingCsvReader.Read(new StringReader("phase\n0\n"), "f.csv", new CsvReadOptions { Content = CsvContent.BeatTimes }),
            Throws.TypeOf<HrDataFormatException>().With.Message.Contains("no usable columns"));
    }

    [Test]
    public void Read_RrColumnNamedAsMarkerColumn_IsReadAsLabels()
    {
        var r = RecordingCsvReader.Read(
            new StringReader("rr_ms,ibi\nA,800\nB,810\n"), "f.csv", new CsvReadOptions { MarkerColumn = "rr_ms" });
        Assert.That(r.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 810 }));
        Assert.That(r.Recording.Markers.Select(m => m.Label), Is.EqualTo(new[] { "A", "B" }));
    }

    private static string RandomCsv(Random random)
    {
        var separator = Separators[random.Next(Separators.Length)];
        var columns = random.Next(1, 5);
        var sb = new StringBuilder();
        if (random.Next(5) > 0)
            sb.Append(string.Join(separator, Enumerable.Range(0, columns).Select(_ => Headers[random.Next(Headers.Length)]))).Append('\n');
        var time = 0.0;
        var rows = random.Next(0, 8);
        for (var r = 0; r < rows; r++)
        {
            if (random.Next(10) == 0)
            {
                sb.Append(random.Next(2) == 0 ? "\n" : "# comment\n");
                continue;
            }

            var cells = random.Next(20) == 0 ? columns + 1 : columns;
            time += random.NextDouble() + 0.3;
            var t = time;
            sb.Append(string.Join(separator, Enumerable.Range(0, cells).Select(_ => random.Next(3) == 0
                ? t.ToString("0.###", CultureInfo.InvariantCulture)
                : Cells[random.Next(Cells.Length)])));
            sb.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }

        return sb.ToString();
    }
}
