using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>RecordingReader.Open reads a small file once (issue 16): the text it reads is the text File.ReadAllText gives, whatever the encoding.</summary>
public class OpenReadOnceTests
{
    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(false)).SetName("Open_ReadOnce_Utf8_SameAsCsvReader");
        yield return new TestCaseData(new UTF8Encoding(true)).SetName("Open_ReadOnce_Utf8Bom_SameAsCsvReader");
        yield return new TestCaseData(new UnicodeEncoding(false, true)).SetName("Open_ReadOnce_Utf16Bom_SameAsCsvReader");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Open_ReadOnce_SameAsCsvReader(Encoding encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hrresponse-readonce-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "# µ note\r\ntime_s,rr_ms,power_w\r\n0.8,800,0\r\n1.61,810,0\r\n2.4,790,50\r\n3.2,800,50\r\n", encoding);
            var opened = RecordingReader.Open(path);
            var direct = RecordingCsvReader.Read(path);
            Assert.That(opened.Format, Is.EqualTo(InputFormat.RrIntervals));
            Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(direct.Recording.Beats.Milliseconds.ToArray()));
            Assert.That(opened.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 810, 790, 800 }));
            Assert.That(opened.CsvReport!.Skipped.Select(s => s.Text), Is.EqualTo(direct.Report.Skipped.Select(s => s.Text)));
            Assert.That(opened.CsvReport.Skipped[0].Text, Is.EqualTo("# µ note"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
