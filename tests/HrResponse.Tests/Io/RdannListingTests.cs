using System.Globalization;
using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>WFDB annotation listings as <c>rdann</c> and the PhysioBank ATM print them, opened as annotated beats.</summary>
public class RdannListingTests
{
    /// <summary>Record 100's annotations (100_atr.csv) printed as rdann prints them: m:ss.sss (h:mm:ss.sss past an hour), sample, type, sub, chan, num, aux.</summary>
    private static string Mitdb100Listing()
    {
        var text = new StringBuilder("      Time   Sample #  Type  Sub Chan  Num\tAux\n");
        foreach (var c in File.ReadLines(SharedData.Data("mitdb", "100_atr.csv")).Skip(1).Select(l => l.Split(',')))
        {
            var sample = long.Parse(c[0], CultureInfo.InvariantCulture);
            var t = TimeSpan.FromMilliseconds(Math.Round(sample / 360.0 * 1000));
            var time = t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{time,12} {sample,10} {c[2],5} {0,4} {0,4} {0,4}{(c[2] == "+" ? "\t(N" : "")}\n");
        }

        return text.ToString();
    }

    [Test]
    public void Open_Mitdb100Listing_SameNnIntervalsAsTheAnnotationTable()
    {
        var listing = Mitdb100Listing();

        var opened = RecordingReader.Open(new StringReader(listing), "100.txt");
        var table = RecordingReader.Open(SharedData.Data("mitdb", "100_atr.csv"));

        Assert.That(opened.Format, Is.EqualTo(InputFormat.BeatTimes));
        Assert.That(opened.Notes[0], Does.StartWith("Read as a WFDB annotation listing (rdann); sampling rate 360 Hz from its sample numbers and times"));
        Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(table.Recording.Beats.Milliseconds.ToArray()).Within(0.0011));
        Assert.That(opened.Recording.Beats.GapBefore.ToArray(), Is.EqualTo(table.Recording.Beats.GapBefore.ToArray()));
    }

    [Test]
    public void Open_ListingFile_DetectedByItsHeader()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrr-rdann-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Mitdb100Listing());
        try
        {
            var opened = RecordingReader.Open(path);

            Assert.That(opened.CsvReport!.ColumnsUsed, Has.Some.StartsWith("symbol: beat annotations (WFDB mnemonics) of 2273 beats, 34 not normal"));
            Assert.That(opened.Recording.Beats.Count, Is.EqualTo(2204));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Open_ListingWithABadLine_FailsNamingIt()
    {
        const string Listing = "      Time   Sample #  Type  Sub Chan  Num\tAux\n    0:00.214         77     N    0    0    0\n    garbage\n";

        var ex = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(Listing), "x.txt"));

        Assert.That(ex!.Line, Is.EqualTo(3));
        Assert.That(ex.Message, Does.Contain("'time sample type [sub chan num [aux]]'"));
    }

    [Test]
    public void Open_ListingAtAnOddRate_KeepsTheFractionalRate()
    {
        // 128.5 Hz is no whole number: the rate is kept as the sample numbers and times give it.
        var text = new StringBuilder("      Time   Sample #  Type  Sub Chan  Num\tAux\n");
        for (var i = 0; i < 200; i++)
        {
            var sample = 100 + (i * 103);
            text.Append(CultureInfo.InvariantCulture, $"{TimeSpan.FromMilliseconds(Math.Round(sample / 128.5 * 1000)).ToString(@"m\:ss\.fff", CultureInfo.InvariantCulture),12} {sample,10}     N    0    0    0\n");
        }

        var opened = RecordingReader.Open(new StringReader(text.ToString()), "odd.txt");

        Assert.That(opened.Notes[0], Does.Contain("sampling rate 128.5 Hz"));
        Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.All.EqualTo(103 / 128.5 * 1000).Within(0.01));
    }
}
