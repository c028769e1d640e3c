using HrResponse.Reporting;
using HrResponse.Streaming;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

[TestFixture]
public sealed class RollingHrvCsvWriterTests
{
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
