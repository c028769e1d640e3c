using System.Globalization;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Issue 15: a BLE packet log with one bad packet is recognised as a BLE log and the bad line is named.</summary>
public class BleLogDetectionTests
{
    private static string Log(int n, Func<int, string> time) =>
        string.Join("\n", Enumerable.Range(0, n).Select(i => $"{time(i)} 16 {(70 + (i % 5)).ToString("X2", CultureInfo.InvariantCulture)} 20 03")) + "\n";

    [Test]
    public void Open_BleLogWithOneBadPacket_NamesTheBadLineAsBlePacket()
    {
        var lines = Log(40, i => (i * 0.8).ToString("0.000", CultureInfo.InvariantCulture)).Split('\n').ToList();
        lines[20] = "16.000 16 4E 2";
        var e = Assert.Throws<HrDataFormatException>(() => RecordingReader.Open(new StringReader(string.Join("\n", lines)), "ble.txt"))!;
        Assert.That(e.Line, Is.EqualTo(21));
        Assert.That(e.Message, Does.Contain("BLE packet log").And.Not.Contain("CsvReadOptions"));
    }

    [TestCase("2024-01-01T10:00:{0:00}Z")]
    [TestCase("2024-01-01T10:00:{0:00}.250+01:00")]
    [TestCase("2024-01-01T10:00:{0:00}.5")]
    public void Open_BleLogWithIsoTimes_ReadAsBleLog(string format)
    {
        var text = Log(40, i => string.Format(CultureInfo.InvariantCulture, format, i));
        var result = RecordingReader.Open(new StringReader(text), "ble-iso.txt");
        Assert.That(result.Format, Is.EqualTo(InputFormat.BleLog));
        Assert.That(result.Recording.Beats.Count, Is.EqualTo(40));
    }
}
