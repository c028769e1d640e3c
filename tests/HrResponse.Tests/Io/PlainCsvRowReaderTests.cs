using System.Globalization;
using System.Text;
using System.Text.Json;
using HrResponse.Io;
using HrResponse.Io.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>
/// The span-based reader of plain CSV rows (issue 16) against the CsvHelper reader it stands in for: on edge-case
/// texts, the bad-input corpus and every CSV file of ../shared/data, both give the same recording and report, or the
/// same error (file, line, column, text, message).
/// </summary>
public class PlainCsvRowReaderTests
{
    private static readonly string[] EdgeCases =
    [
        "",
        "\n",
        "\n\n  \n",
        "rr_ms\n",
        "rr_ms",
        "800\n810\n790\n",
        "800\n810\n790",
        "800\r\n810\r\n790\r\n",
        "rr_ms\r\n800\r\n\r\n810\r\n790",
        "# comment\nrr_ms\n800\n# mid comment\n810\n   \n790\n\t\n805\n",
        "sep=;\nrr_ms;power_w\n800;100\n810;100\n790;110\n",
        "sep=,\n",
        "time_s,rr_ms,power_w\n0.8,800,0\n1.61,810,0\n2.4,790,50\n3.2,800,50\n",
        "time_s,rr_ms,power_w,\n0.8,800,0,\n1.61,810,0,\n2.4,790,50,\n",
        "time_s,rr_ms\n0.8,800\n1.61,810,5\n2.4,790\n",
        "time_s,rr_ms,power_w\n0.8,800,0\n1.61,810\n2.4,790,50\n",
        "time_s,rr_ms\n0.8,800\n,\n2.4,790\n3.2,800\n",
        "time_s,rr_ms\n0.8,800\n1.6,\n2.4,790\n3.2,800\n",
        "rr_ms\n800\nabc\n790\n",
        "rr_ms\n800\nNaN\n790\n",
        "rr_ms\n800\nInfinity\n790\n",
        "rr_ms\n800\n-5\n790\n",
        "rr_ms\n800\n0\n790\n",
        "rr;hr\n0,812;73\n0,790;75\n0,801;74\n",
        "0,812\n0,790\n0,801\n",
        "rr\t marker\n812\tstart\n790\tstart\n801\twork\n805\t\n800\twork\n",
        "rr_ms,event\n800,rest\n810,rest\n790,exercise stage 1\n800,exercise stage 1\n805,recovery\n",
        " rr_ms , time_s \n 800 , 0.8 \n 810 , 1.61 \n 790 , 2.4 \n",
        "time_s,rr_ms\n0.8,800\n1.6,810\n1.5,790\n3.2,800\n",
        "time,hr\n0,70\n1,72\n2,71\n3,73\n",
        "beat_time_s\n0.8\n1.6\n2.4\n3.3\n",
        "rr_s\n0.8\n0.81\n0.79\n",
        "rr_ms\n0.8\n0.81\n0.79\n",
        "a,b\n1,2\n3,4\n",
        "rr_ms,x\n800,\n810,\n790,\n",
        "rr_ms\n1e3\n8.1e2\n+790\n",
        "rr_ms\n800\n810\0\n790\n",
        "rr_ms\n800\n810\n790\n\n\n",
        "sample,time_s,symbol\n18,0.05,+\n77,0.213889,N\n370,1.027778,N\n662,1.838889,V\n946,2.627778,N\n1231,3.419444,N\n",
        "time_s,symbol\n1.0,N\n1.8, N \n2.6,\n3.4,X\n",
        "rr_ms,beat_type\n800,N\n810,V\n790,N\n",
        "time,hr\n2024-05-02T10:42:01Z,70\n2024-05-02 10:42:02,71\n,\n2024-05-02T10:47:02.5+00:00,80\n",
        "Phone timestamp;HR [bpm]\n2026-07-26T21:56:27.765;70\n2026-07-26T21:56:28.766;71\n",
    ];

    private static IEnumerable<TestCaseData> EdgeCaseData() =>
        EdgeCases.Select((t, i) => new TestCaseData(t).SetName($"PlainRows_EdgeCase_{i:00}"));

    [TestCaseSource(nameof(EdgeCaseData))]
    public void PlainRows_EdgeCase_SameAsCsvHelper(string text)
    {
        Assert.That(CsvText.IsPlain(text), Is.True, "the case must take the plain path");
        AssertSame(text, "case.csv", CsvReadOptions.Default);
    }

    [TestCase("rr;hr\n0,812;73\n0,790;75\n", ",")]
    [TestCase("rr_ms,hr\n812,73\n790,75\n801,74\n", ".")]
    public void PlainRows_WithCulture_SameAsCsvHelper(string text, string decimalSeparator)
    {
        // The tests run in globalization-invariant mode: a culture is the invariant one with its decimal separator set.
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = decimalSeparator;
        AssertSame(text, "case.csv", CsvReadOptions.Default with { Culture = culture });
    }

    [Test]
    public void PlainRows_WithColumnOptions_SameAsCsvHelper()
    {
        const string text = "t,ibi,watts,note\n0.8,800,0,a\n1.61,810,0,a\n2.4,790,50,b\n3.2,800,50,b\n";
        AssertSame(text, "case.csv", CsvReadOptions.Default with { RrColumn = "ibi", TimeColumn = "t", LoadColumn = "watts", MarkerColumn = "note" });
        AssertSame(text, "case.csv", CsvReadOptions.Default with { RrColumn = "nope" });
        AssertSame(text, "case.csv", CsvReadOptions.Default with { RrUnit = RrUnit.Seconds });
    }

    [Test]
    public void IsPlain_RefusesQuotesNonAsciiAndLoneCarriageReturns()
    {
        Assert.That(CsvText.IsPlain("rr\n\"800\"\n"), Is.False);
        Assert.That(CsvText.IsPlain("rr\n800\r810\n"), Is.False);
        Assert.That(CsvText.IsPlain("rr\n800\r"), Is.False);
        Assert.That(CsvText.IsPlain("rr µs\n800\n"), Is.False);
        Assert.That(CsvText.IsPlain("rr\r\n800\r\n"), Is.True);
    }

    [Test]
    public void PlainRows_BadInputCorpus_SameAsCsvHelper()
    {
        var dir = Path.Combine(SharedData.RepositoryRoot, "tests", "HrResponse.Tests", "TestData");
        var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories);
        Assert.That(files, Has.Length.GreaterThan(10));
        foreach (var file in files) AssertSame(File.ReadAllText(file), file, CsvReadOptions.Default);
    }

    [Test]
    public void PlainRows_SharedDataCsvFiles_SameAsCsvHelper()
    {
        var files = Directory.GetFiles(SharedData.Data(), "*.csv", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length < 3_000_000).Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.GreaterThan(50));
        var plain = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (CsvText.IsPlain(text)) plain++;
            AssertSame(text, file, CsvReadOptions.Default);
        }

        Assert.That(plain, Is.GreaterThan(files.Length / 2), "most real files must take the plain path");
    }

    private static void AssertSame(string text, string source, CsvReadOptions options)
    {
        var fast = Outcome(text, source, options, allowPlainPath: true);
        var slow = Outcome(text, source, options, allowPlainPath: false);
        Assert.That(fast, Is.EqualTo(slow), $"{source}: the plain reader differs from CsvHelper's");
    }

    /// <summary>Everything a read gives: the report and the recording's series, or the error's fields.</summary>
    private static string Outcome(string text, string source, CsvReadOptions options, bool allowPlainPath)
    {
        RecordingReadResult result;
        try
        {
            result = new CsvReadSession(text, source, options, allowPlainPath).Run();
        }
        catch (HrDataFormatException ex)
        {
            return $"error: {ex.Source}|{ex.Line}|{ex.Column}|{ex.OffendingText}|{ex.Message}";
        }

        var sb = new StringBuilder();
        sb.AppendLine(JsonSerializer.Serialize(result.Report));
        var r = result.Recording;
        sb.AppendLine(Join(r.Beats.Milliseconds.ToArray())).AppendLine(Join(r.Beats.BeatTimesSeconds.ToArray()));
        sb.AppendLine(Join(r.HeartRate.TimesSeconds.ToArray())).AppendLine(Join(r.HeartRate.Bpm.ToArray()));
        foreach (var m in r.Markers) sb.AppendLine(FormattableString.Invariant($"marker {m}"));
        foreach (var c in (r.Load is null ? [] : new[] { r.Load }).Concat(r.Channels))
            sb.AppendLine($"{c.Name} {c.Unit} ").AppendLine(Join(c.TimesSeconds.ToArray())).AppendLine(Join(c.Values.ToArray()));
        return sb.ToString();
    }

    private static string Join(double[] values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
