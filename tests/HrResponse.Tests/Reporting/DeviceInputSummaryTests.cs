using HrResponse.Io;
using HrResponse.Reporting;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

[TestFixture]
public sealed class DeviceInputSummaryTests
{
    [Test]
    public void Of_IpBikeFit_DescribesFileAndLaps()
    {
        var result = FitReader.Read(SharedData.Data("device-files", "IpBike-HRV-Data.fit"));
        var summary = DeviceInputSummary.Of(result);
        Assert.That(summary.Format, Is.EqualTo("fit"));
        Assert.That(summary.Beats, Is.EqualTo(7033));
        Assert.That(summary.HrSamples, Is.EqualTo(result.Report.HeartRateSampleCount));
        Assert.That(summary.Details["device"], Is.EqualTo("iforpowell product 0"));
        Assert.That(summary.Details["start_time"], Is.EqualTo("2017-03-02T16:03:04+00:00"));
        Assert.That(summary.Details["laps"], Is.EqualTo(10));
        var laps = DeviceInputSummary.Laps(result.Report);
        Assert.That(laps[1]["start_s"], Is.EqualTo(300.0));
        Assert.That(laps[1]["avg_hr_bpm"], Is.EqualTo(173.0));
    }

    [Test]
    public void RollingHrvCsvWriter_Row_NaNAsEmptyCell()
    {
        using var writer = new StringWriter();
        RollingHrvCsvWriter.Write(writer, [new RollingHrvSnapshot
        {
            EndSeconds = 120, HeartRateBpm = 60, RmssdMs = 42.5, SdnnMs = 50, DfaAlpha1 = double.NaN, ArtifactPercent = 0,
        }]);
        Assert.That(writer.ToString(), Is.EqualTo("time_s,hr_bpm,rmssd_ms,sdnn_ms,dfa_alpha1,artifact_percent\n120,60,42.5,50,,0\n"));
    }
}
