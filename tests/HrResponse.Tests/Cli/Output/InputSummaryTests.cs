using HrResponse.Cli.Output;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Cli.Output;

[TestFixture]
public sealed class InputSummaryTests
{
    [Test]
    public void Of_IpBikeFit_DescribesFileAndLaps()
    {
        var opened = RecordingReader.Open(SharedData.Data("device-files", "IpBike-HRV-Data.fit"));
        var summary = InputSummary.Of(opened);
        Assert.That(summary.Format, Is.EqualTo("fit"));
        Assert.That(summary.Beats, Is.EqualTo(7033));
        Assert.That(summary.HrSamples, Is.EqualTo(opened.DeviceReport!.HeartRateSampleCount));
        Assert.That(summary.Details["device"], Is.EqualTo("iforpowell product 0"));
        Assert.That(summary.Details["start_time"], Is.EqualTo("2017-03-02T16:03:04+00:00"));
        Assert.That(summary.Details["laps"], Is.EqualTo(10));
        var laps = InputSummary.Laps(opened);
        Assert.That(laps[1]["start_s"], Is.EqualTo(300.0));
        Assert.That(laps[1]["avg_hr_bpm"], Is.EqualTo(173.0));
    }

    [Test]
    public void Of_LocalStartTime_WrittenWithoutAnOffset()
    {
        var text = "Name,Sport,Date,Start time,Duration,\nX,RUNNING,13-05-2019,18:18:27,00:00:02,\nSample rate,Time,HR (bpm),\n1,00:00:00,95,\n,00:00:01,96,\n";
        var summary = InputSummary.Of(RecordingReader.Open(new StringReader(text), "session.csv"));

        Assert.That(summary.Details["start_time"], Is.EqualTo("2019-05-13T18:18:27"));
        Assert.That(summary.Details["start_time_is_local"], Is.EqualTo(true));
    }

    [Test]
    public void Of_CsvTable_DetailsInContractOrder()
    {
        var opened = RecordingReader.Open(SharedData.Data("welltory_polar_h10", "subject_01.csv"));
        var summary = InputSummary.Of(opened);
        Assert.That(summary.Format, Is.EqualTo("rr-intervals"));
        Assert.That(summary.Beats, Is.EqualTo(opened.Recording.Beats.Count));
        Assert.That(summary.Details.Keys, Is.EqualTo(new[] { "rr_unit", "rr_unit_reason", "columns_used", "columns_ignored", "skipped_lines", "rebuilt_rr_lines" }));
        Assert.That(summary.Details["rebuilt_rr_lines"], Is.EqualTo(opened.CsvReport!.RebuiltRrLines.Count));
        Assert.That(InputSummary.Laps(opened), Is.Empty);
    }

    [Test]
    public void Of_EcgTable_DetailsFromTheDetection()
    {
        var opened = RecordingReader.Open(SharedData.Data("neurokit_ecg", "ecg_1000hz.csv"));
        var summary = InputSummary.Of(opened);
        Assert.That(summary.Format, Is.EqualTo("ecg"));
        Assert.That(summary.Details.Keys, Is.EqualTo(new[] { "ecg_samples", "sampling_rate_hz", "sampling_rate_source", "r_peak_detector", "r_peaks", "warnings" }));
        Assert.That(summary.Details["r_peaks"], Is.EqualTo(opened.EcgReport!.Peaks.Count));
        Assert.That(summary.Details["sampling_rate_source"], Is.EqualTo("Header"));
    }
}
