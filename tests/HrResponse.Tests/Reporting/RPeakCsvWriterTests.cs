using HrResponse.Ecg;
using HrResponse.Ecg.Internal;
using HrResponse.Reporting;
using NUnit.Framework;

namespace HrResponse.Tests.Reporting;

public class RPeakCsvWriterTests
{
    [Test]
    public void Write_Peaks_SampleAndTimeColumns()
    {
        var (signal, _) = SyntheticEcg.Generate(250, 10, seed: 1);
        var ecg = EcgSignal.Create(signal, 250, startSeconds: 100);
        var peaks = RPeakDetection.Detect(ecg);
        var text = new StringWriter();
        RPeakCsvWriter.Write(peaks, text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("sample,time_s"));
        Assert.That(lines, Has.Length.EqualTo(peaks.Count + 1));
        var first = lines[1].Split(',');
        Assert.That(int.Parse(first[0], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(peaks.PeakSamples[0]));
        Assert.That(double.Parse(first[1], System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(100 + (peaks.PeakSamples[0] / 250.0)).Within(1e-12));
    }
}
