using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class BleHeartRatePacketTests
{
    private static IEnumerable<TestCaseData> AllFlagCombinations()
    {
        // Every combination of the five defined flag bits: HR format, contact status (2 bits), energy, RR.
        for (var flags = 0; flags < 32; flags++)
        {
            foreach (var rrCount in (flags & 0x10) != 0 ? new[] { 0, 1, 3 } : [0])
                yield return new TestCaseData((byte)flags, rrCount).SetName($"Parse_Flags0x{flags:X2}_{rrCount}Rr_DecodesEveryField");
        }
    }

    [TestCaseSource(nameof(AllFlagCombinations))]
    public void Parse_FlagCombination_DecodesEveryField(byte flags, int rrCount)
    {
        var bytes = new List<byte> { flags };
        var hr16 = (flags & 1) != 0;
        var hr = hr16 ? 0x0134 : 0x9B; // 308 or 155 bpm
        if (hr16) bytes.AddRange([(byte)(hr & 0xFF), (byte)(hr >> 8)]);
        else bytes.Add((byte)hr);
        if ((flags & 0x08) != 0) bytes.AddRange([0x10, 0x27]); // 10000 kJ
        int[] raw = [1024, 512, 0x0400 + 77];
        for (var i = 0; i < rrCount; i++) bytes.AddRange([(byte)(raw[i] & 0xFF), (byte)(raw[i] >> 8)]);

        var p = BleHeartRatePacket.Parse(bytes.ToArray());

        Assert.That(p.Flags, Is.EqualTo(flags));
        Assert.That(p.HeartRateBpm, Is.EqualTo(hr));
        Assert.That(p.HeartRateIs16Bit, Is.EqualTo(hr16));
        var expectedContact = (flags & 0x06) switch
        {
            0x06 => BleSensorContact.Detected,
            0x04 => BleSensorContact.NotDetected,
            _ => BleSensorContact.NotSupported,
        };
        Assert.That(p.SensorContact, Is.EqualTo(expectedContact));
        Assert.That(p.EnergyExpendedKilojoules, Is.EqualTo((flags & 0x08) != 0 ? 10000 : (int?)null));
        Assert.That(p.RrIntervalsRaw, Is.EqualTo(raw.Take(rrCount).ToArray()));
        Assert.That(p.RrIntervalsMs, Is.EqualTo(raw.Take(rrCount).Select(r => r * 1000.0 / 1024.0).ToArray()).Within(1e-12));
    }

    [Test]
    public void Parse_PolarH10StylePacket_RrInMilliseconds()
    {
        // flags 0x16: 8-bit HR, contact detected, RR present; HR 75; RR 0x0333 = 819/1024 s = 799.8 ms.
        var p = BleHeartRatePacket.Parse([0x16, 75, 0x33, 0x03]);
        Assert.That(p.HeartRateBpm, Is.EqualTo(75));
        Assert.That(p.RrIntervalsMs[0], Is.EqualTo(799.8046875).Within(1e-12));
    }

    [Test]
    public void Parse_ReservedBitsSet_Ignored()
    {
        var p = BleHeartRatePacket.Parse([0xE0, 60]);
        Assert.That(p.HeartRateBpm, Is.EqualTo(60));
    }

    [TestCase(new byte[0], 0)]
    [TestCase(new byte[] { 0x00 }, 1)]
    [TestCase(new byte[] { 0x01, 60 }, 1)]
    [TestCase(new byte[] { 0x08, 60, 1 }, 2)]
    [TestCase(new byte[] { 0x10, 60, 1 }, 2)]
    [TestCase(new byte[] { 0x10, 60, 1, 2, 3 }, 4)]
    [TestCase(new byte[] { 0x00, 60, 9 }, 2)]
    public void Parse_ShortOrOddPacket_ThrowsWithByteOffset(byte[] packet, int offset)
    {
        var ex = Assert.Throws<HrDataFormatException>(() => BleHeartRatePacket.Parse(packet));
        Assert.That(ex!.Column, Is.EqualTo($"byte {offset}"));
    }

    [Test]
    public void BleLog_HexLines_BuildBeatsAndHeartRate()
    {
        const string log = "# t hex\n0.0 16 4B 00 04\n1.02 16-4C-00-03-00-04\n2.00 0x064D\n3.1 164E0004\n";
        var result = BleLogReader.Read(new StringReader(log), "ble.log");
        var rec = result.Recording;
        Assert.That(rec.HeartRate.Bpm.ToArray(), Is.EqualTo(new double[] { 75, 76, 77, 78 }));
        Assert.That(rec.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0, 1.02, 2.0, 3.1 }));
        Assert.That(rec.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 1000, 750, 1000, 1000 }));
        // Beat clock: first RR packet at 0 s with 1 s of RR starts at -1 s.
        Assert.That(rec.Beats.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 0, 0.75, 1.75, 2.75 }).Within(1e-12));
        Assert.That(result.Report.Format, Is.EqualTo(DeviceFormat.BleLog));
    }

    [Test]
    public void BleLog_IsoTimesAndNoContact_Reported()
    {
        const string log = "2024-05-01T10:00:00Z 14 50 00 04\n2024-05-01T10:00:01.5Z 16 51 00 04\n";
        var result = BleLogReader.Read(new StringReader(log), "ble.log");
        Assert.That(result.Report.StartTime, Is.EqualTo(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(result.Recording.HeartRate.TimesSeconds[1], Is.EqualTo(1.5));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("1 packets whose sensor reported no skin contact"));
    }

    [Test]
    public void BleLog_BatchLoggedOutOfOrder_ResortedByTimeAndReported()
    {
        // Packets at 2 s and 3 s were logged before the one at 1 s (RR 800, 900, 700 ms by time).
        const string log = "0.0 16 4B 00 04\n2.0 16 4C 9A 03\n3.0 16 4D CD 02\n1.0 16 4E 33 03\n";
        var result = BleLogReader.Read(new StringReader(log), "ble.log");
        Assert.Multiple(() =>
        {
            Assert.That(result.Recording.HeartRate.TimesSeconds.ToArray(), Is.EqualTo(new[] { 0, 1.0, 2.0, 3.0 }));
            Assert.That(result.Recording.HeartRate.Bpm.ToArray(), Is.EqualTo(new double[] { 75, 78, 76, 77 }));
            Assert.That(result.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 1000, 800, 900, 700 }).Within(0.5));
            Assert.That(result.Report.Skipped, Has.Some.StartsWith("1 packets logged out of time order"));
        });
    }

    [Test]
    public void BleLog_RepeatedPacket_DroppedAndReported()
    {
        const string log = "0.0 16 4B 00 04\n1.0 16 4C 00 04\n1.0 16 4C 00 04\n2.0 16 4D 00 04\n";
        var result = BleLogReader.Read(new StringReader(log), "ble.log");
        Assert.That(result.Recording.Beats.Count, Is.EqualTo(3));
        Assert.That(result.Report.Skipped, Has.Some.StartsWith("1 duplicate packets"));
    }

    [Test]
    public void BleLog_BadPacket_ThrowsWithLineAndByte()
    {
        var ex = Assert.Throws<HrDataFormatException>(() => BleLogReader.Read(new StringReader("0 16 4B 00 04\n1 10 4B 00\n"), "b"));
        Assert.That(ex!.Line, Is.EqualTo(2));
        Assert.That(ex.Column, Is.EqualTo("byte 2"));
    }
}
