using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

[TestFixture]
public sealed class RecordingReaderTests
{
    [TestCase("device-files", "HRV-Data.fit", DeviceFormat.Fit)]
    [TestCase("device-files", "2017_hrv.FIT", DeviceFormat.Fit)]
    [TestCase("device-files", "IpBike-HRV-Data.fit", DeviceFormat.Fit)]
    [TestCase("device-files", "Garmin920_withFirstbeat.fit", DeviceFormat.Fit)]
    [TestCase("device-files", "2009_09_19_09_22_42.tcx", DeviceFormat.Tcx)]
    [TestCase("device-files", "2020-02-05_17-25-14_Training-with-Notes.tcx", DeviceFormat.Tcx)]
    [TestCase("device-files", "activity_165850259_multi-session.tcx", DeviceFormat.Tcx)]
    [TestCase("device-files", "Move_2014_01_17_09_33_11.gpx", DeviceFormat.Gpx)]
    [TestCase("device-files", "UrbanBiker2019-04-18_16-12.gpx", DeviceFormat.Gpx)]
    [TestCase("device-files", "04010301.hrm", DeviceFormat.PolarHrm)]
    [TestCase("device-files", "06021201.hrm", DeviceFormat.PolarHrm)]
    [TestCase("device-files", "09052101.hrm", DeviceFormat.PolarHrm)]
    [TestCase("device-files", "10091901.hrm", DeviceFormat.PolarHrm)]
    [TestCase("device-files", "10092501.hrm", DeviceFormat.PolarHrm)]
    [TestCase("device-files", "2017-07-19_07-50-42.txt", DeviceFormat.RrText)]
    [TestCase("device-files", "rr-George_Ron_2017-08-03_08-28-50.txt", DeviceFormat.RrText)]
    [TestCase("cardiacprofiler", "Person1_Run1_Walk.tcx", DeviceFormat.Tcx)]
    [TestCase("cardiacprofiler", "Person1_Run1_Speed_Walk.tcx", DeviceFormat.Tcx)]
    [TestCase("cardiacprofiler", "Person1_Run1_Jog.tcx", DeviceFormat.Tcx)]
    [TestCase("cardiacprofiler", "Person1_Run1_Sprint.tcx", DeviceFormat.Tcx)]
    [TestCase("cardiacprofiler", "stair_climb.tcx", DeviceFormat.Tcx)]
    [TestCase("fatmaxxer", "FatMaxOptimiser.20210606_161059.rr.csv", DeviceFormat.RrText)]
    public void Open_SharedFile_DetectsFormatByContentAndReads(string folder, string file, DeviceFormat format)
    {
        var path = SharedData.Data(folder, file);
        Assert.That(RecordingReader.Detect(path), Is.EqualTo(format));
        var result = RecordingReader.Open(path);
        Assert.That(result.Name, Is.EqualTo(path));
        Assert.That(result.Recording.HeartRate.Count, Is.GreaterThan(100));
        if (format == DeviceFormat.RrText && result.CsvReport is { } csv)
        {
            // RR text that is also a CSV table the CSV reader takes is read as one (as the CLI always did).
            Assert.That(result.Format, Is.EqualTo(InputFormat.RrIntervals));
            Assert.That(csv.Source, Is.EqualTo(path));
            Assert.That(result.DeviceReport, Is.Null);
            return;
        }

        Assert.That(result.DeviceReport, Is.Not.Null);
        Assert.That(result.DeviceReport!.Format, Is.EqualTo(format));
        Assert.That(result.DeviceReport.Source, Is.EqualTo(path));
        Assert.That(result.Format.ToString(), Is.EqualTo(format.ToString()));
        Assert.That(result.CsvReport, Is.Null);
    }

    [Test]
    public void Detect_ContentNotExtension_FitRenamedTxt()
    {
        var tmp = Path.Combine(Path.GetTempPath(), $"hrr-{Guid.NewGuid():N}.txt");
        File.Copy(SharedData.Data("device-files", "HRV-Data.fit"), tmp);
        try
        {
            Assert.That(RecordingReader.Open(tmp).Format, Is.EqualTo(InputFormat.Fit));
        }
        finally
        {
            File.Delete(tmp);
        }
    }

    [Test]
    public void Detect_ActesCsvTable_IsNotADeviceFormat()
    {
        Assert.That(RecordingReader.Detect(SharedData.Data("actes", "test_01.csv")), Is.Null);
    }

    [TestCase("0.5 16 4B 00 04\n1.5 16 4C 00 04\n", DeviceFormat.BleLog)]
    [TestCase("0 1036\n1.036 1040\n", DeviceFormat.RrText)]
    [TestCase("812\n799\n", DeviceFormat.RrText)]
    [TestCase("timestamp,rr,since_start\n\n1,800,0\n", DeviceFormat.RrText)]
    [TestCase("time_s,rr_ms,power_w\n1,800,100\n", null)]
    [TestCase("\uFEFF<?xml version=\"1.0\"?>\n<!-- c --><gpx creator=\"x\"/>", DeviceFormat.Gpx)]
    [TestCase("<ns:TrainingCenterDatabase xmlns:ns=\"u\"/>", DeviceFormat.Tcx)]
    [TestCase("[Params]\r\nVersion=106\r\n", DeviceFormat.PolarHrm)]
    [TestCase("hello world\n", null)]
    public void Detect_Content_PicksReader(string text, DeviceFormat? expected)
    {
        Assert.That(RecordingReader.Detect(System.Text.Encoding.UTF8.GetBytes(text)), Is.EqualTo(expected));
    }

    [Test]
    public void Open_EveryTruncatedSharedFile_ThrowsFormatExceptionOrReads()
    {
        // Hostile input: prefixes of every device file either read or fail with HrDataFormatException, never anything else.
        var files = Directory.GetFiles(SharedData.Data("device-files")).Where(f => !f.EndsWith(".md", StringComparison.Ordinal) &&
            !Path.GetFileName(f).StartsWith('.'));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var fraction in new[] { 0.0, 0.3, 0.999 })
            {
                var tmp = Path.Combine(Path.GetTempPath(), $"hrr-{Guid.NewGuid():N}{Path.GetExtension(file)}");
                File.WriteAllBytes(tmp, bytes.AsSpan(0, (int)(bytes.Length * fraction)).ToArray());
                try
                {
                    try
                    {
                        RecordingReader.Open(tmp);
                    }
                    catch (HrDataFormatException)
                    {
                        // expected for most prefixes
                    }
                }
                finally
                {
                    File.Delete(tmp);
                }
            }
        }

        Assert.Pass();
    }
}
