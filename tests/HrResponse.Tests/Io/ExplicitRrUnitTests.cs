using HrResponse.Io;
using HrResponse.Tests.Cli;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>
/// Issue 14: an explicit RR unit (<see cref="CsvReadOptions.RrUnit"/>, the CLI's <c>--rr-unit</c>) or a unit in the RR
/// header (<c>rr_ms</c>) always wins. A file <c>rr_ms</c> with 10, 11, 25, 27 used to fail in the CSV reader (values
/// implausible for milliseconds) and then be read by the RR text fallback in seconds (×1000) with no unit reported.
/// Now the read fails with the CSV reader's message, which says why; and the RR text reader honours explicit and header
/// units itself and reports the unit it used. The message proposes the other unit only where the values are plausible
/// in it (10–27 are not: 3.3 bpm as seconds); the CLI names its option instead of the library's.
/// </summary>
[TestFixture]
public sealed class ExplicitRrUnitTests
{
    private const string SmallValuesWithMsHeader = "rr_ms\n10\n11\n25\n27\n";

    private const string SecondsWithMsHeader = "rr_ms\n0.8\n0.81\n0.79\n0.82\n";

    [Test]
    public void Open_MsHeaderWithValuesThatLookLikeSeconds_FailsAndSaysWhy()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(SmallValuesWithMsHeader), "small.csv"));

        Assert.That(ex!.Message, Does.Contain("cannot be RR intervals in milliseconds (header 'rr_ms' says milliseconds), nor in seconds (a median heart rate of 3.3 bpm)"));
        Assert.That(ex.Message, Does.Not.Contain("RrUnit = Seconds"), "reading them as seconds would fail again");
        Assert.That(ex.Message, Does.Not.Contain("RR text log"), "no fallback to a reader that guesses the unit");
    }

    [Test]
    public void Open_MsHeaderWithValuesInSeconds_FailsAndNamesTheSettingThatReadsThem()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(SecondsWithMsHeader), "s.csv"));

        Assert.That(ex!.Message, Does.Contain("look like seconds, but header 'rr_ms' says milliseconds"));
        Assert.That(ex.Message, Does.Contain("set RrUnit = Seconds or fix the header"));
        var read = RecordingReader.Open(new StringReader(SecondsWithMsHeader), "s.csv",
            new RecordingOpenOptions { Csv = new CsvReadOptions { RrUnit = RrUnit.Seconds } });
        Assert.That(read.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800, 810, 790, 820 }).Within(1e-9), "the advice works");
    }

    [TestCase("rr_ms\n10\n11\n25\n27\n")]
    [TestCase("rr\n10\n11\n25\n27\n")]
    [TestCase("10\n11\n25\n27\n")]
    [TestCase("rr_ms\n0.8\n0.81\n0.79\n")]
    [TestCase("rr\n0.8\n0.81\n0.79\n")]
    public void Open_ExplicitMillisecondsWithValuesThatLookLikeSeconds_FailsAndSaysWhy(string text)
    {
        var options = new RecordingOpenOptions { Csv = new CsvReadOptions { RrUnit = RrUnit.Milliseconds } };

        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(text), "small.csv", options));

        Assert.That(ex!.Message, Does.Contain(text.Contains("0.8") ? "look like seconds" : "cannot be RR intervals in milliseconds"));
        Assert.That(ex.Message, Does.Contain("set by option (RrUnit = Milliseconds)"));
    }

    [Test]
    public void Open_MsHeaderFile_FailsAndSaysWhy()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-unit-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, SmallValuesWithMsHeader);
        try
        {
            var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(path));
            Assert.That(ex!.Message, Does.Contain("cannot be RR intervals in milliseconds").And.Contain("rr_ms"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Open_ExplicitSecondsOnSmallValues_ReadsSeconds()
    {
        var options = new RecordingOpenOptions { Csv = new CsvReadOptions { RrUnit = RrUnit.Seconds } };

        var opened = RecordingReader.Open(new StringReader("rr\n0.8\n0.81\n0.79\n"), "s.csv", options);

        Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800, 810, 790 }).Within(1e-9));
        Assert.That(opened.CsvReport!.RrUnit, Is.EqualTo(RrUnit.Seconds));
    }

    [Test]
    public void RrTextReader_MsHeaderWithSmallValues_FailsAndSaysWhy()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("timestamp rr_ms\n1 10\n2 11\n3 25\n"), "log.txt"));
        Assert.That(ex!.Message, Does.Contain("cannot be RR intervals in milliseconds").And.Contain("header 'rr_ms' says milliseconds"));

        var seconds = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("timestamp rr_ms\n1 0.8\n2 0.81\n3 0.79\n"), "log.txt"));
        Assert.That(seconds!.Message, Does.Contain("look like seconds").And.Contain("set RrUnit = Seconds"));
    }

    [Test]
    public void RrTextReader_ExplicitMillisecondsWithSmallValues_FailsAndSaysWhy()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("10\n11\n25\n27\n"), "log.txt", RrUnit.Milliseconds));

        Assert.That(ex!.Message, Does.Contain("set by option (RrUnit = Milliseconds)"));
    }

    [Test]
    public void RrTextReader_ExplicitSeconds_WinsOverTheValues()
    {
        // Median 25: by the values this would be milliseconds; told seconds, and 25 s is not an RR interval: refused.
        Assert.Throws<HrDataFormatException>(() => RrTextReader.Read(new StringReader("25\n26\n24\n"), "log.txt", RrUnit.Seconds));

        var read = RrTextReader.Read(new StringReader("0.8 0.8\n1.6 0.8\n2.41 0.81\n"), "log.txt", RrUnit.Seconds);
        Assert.That(read.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800, 800, 810 }).Within(1e-9));
        Assert.That(read.Report.RrUnit, Is.EqualTo(RrUnit.Seconds));
        Assert.That(read.Report.RrUnitReason, Is.EqualTo("set by option (RrUnit = Seconds)"));
    }

    [TestCase("rr_ms\n800\n810\n790\n", RrUnit.Milliseconds, "header 'rr_ms' says milliseconds")]
    [TestCase("timestamp rr\n1 0.8\n2 0.81\n3 0.79\n", RrUnit.Seconds, "median value 0.8 < 20, so seconds")]
    [TestCase("800\n810\n790\n", RrUnit.Milliseconds, "median value 800 >= 20, so milliseconds")]
    public void RrTextReader_Report_SaysTheUnitAndWhy(string text, RrUnit unit, string reason)
    {
        var read = RrTextReader.Read(new StringReader(text), "log.txt");

        Assert.That(read.Report.RrUnit, Is.EqualTo(unit));
        Assert.That(read.Report.RrUnitReason, Is.EqualTo(reason));
    }

    [Test]
    public void RrTextReader_PluralHeader_IsNotAUnit()
    {
        var read = RrTextReader.Read(new StringReader("timestamp RRs\n1 800\n2 810\n"), "log.txt");

        Assert.That(read.Report.RrUnit, Is.EqualTo(RrUnit.Milliseconds));
        Assert.That(read.Report.RrUnitReason, Does.StartWith("median value"));
    }

    [Test]
    public void Open_RrTextFallback_HonoursTheExplicitUnit()
    {
        // Space-separated "time rr" lines are not a CSV table: the RR text reader reads them, with the caller's unit.
        var options = new RecordingOpenOptions { Csv = new CsvReadOptions { RrUnit = RrUnit.Seconds } };

        var opened = RecordingReader.Open(new StringReader("0.8 0.8\n1.6 0.8\n2.41 0.81\n"), "log.txt", options);

        Assert.That(opened.Format, Is.EqualTo(InputFormat.RrText));
        Assert.That(opened.DeviceReport!.RrUnit, Is.EqualTo(RrUnit.Seconds));
        Assert.That(opened.DeviceReport.RrUnitReason, Is.EqualTo("set by option (RrUnit = Seconds)"));
    }

    [Test]
    public void Cli_MsHeaderWithSmallValues_FailsWithTheReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-unit-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, SmallValuesWithMsHeader);
        try
        {
            foreach (var args in new[] { new[] { "hrv", path, "--format", "json" }, new[] { "hrv", path, "--rr-unit", "ms", "--format", "json" } })
            {
                var (code, output, error) = CliRunner.Run(args);
                Assert.That(code, Is.Not.Zero, string.Join(' ', args) + " must fail, not read the values as seconds: " + output);
                Assert.That(error, Does.Contain("cannot be RR intervals in milliseconds"), string.Join(' ', args));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Cli_MsHeaderWithValuesInSeconds_NamesTheOptionThatReadsThem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-unit-cli-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, SecondsWithMsHeader);
        try
        {
            var (code, _, error) = CliRunner.Run("hrv", path);
            Assert.That(code, Is.Not.Zero);
            Assert.That(error, Does.Contain("look like seconds, but header 'rr_ms' says milliseconds; give --rr-unit s or fix the header"));
            var (forced, _, forcedError) = CliRunner.Run("hrv", path, "--rr-unit", "ms");
            Assert.That(forced, Is.Not.Zero);
            Assert.That(forcedError, Does.Contain("set by option (--rr-unit ms)").And.Not.Contain("RrUnit"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Cli_RrTextInput_ReportsRrUnitAndReason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-unit-cli-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, Enumerable.Range(0, 40).Select(i => $"{(i + 1) * 0.8:0.###} {800 + (i % 3 * 10)}"));
        try
        {
            var (code, output, error) = CliRunner.Run("hrv", path, "--format", "json", "--domains", "time");
            Assert.That(code, Is.Zero, error);
            Assert.That(output, Does.Contain("\"format\": \"rr-text\""));
            Assert.That(output, Does.Contain("\"rr_unit\": \"ms\""));
            Assert.That(output, Does.Contain("\"rr_unit_reason\": \"median value 810 >= 20, so milliseconds\""));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
