using System.Text;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Io;

/// <summary>Format detection's first content lines (issue 16: no longer splits the whole text) against the whole-text split it replaces.</summary>
public class FormatSniffLinesTests
{
    private static string[] Reference(string text, bool truncated)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (truncated && lines.Length > 1) lines = lines[..^1];
        return lines.Where(l => l[0] != '#').Take(50).ToArray();
    }

    [TestCase("", false)]
    [TestCase("\n\n", true)]
    [TestCase("a", true)]
    [TestCase("a\nb", true)]
    [TestCase("a\nb\n", true)]
    [TestCase("a\n# c", true)]
    [TestCase("# c\n a \r\n\t\nb", false)]
    public void FirstContentLines_Cases_AsWholeSplit(string text, bool truncated) =>
        Assert.That(RecordingReader.FirstContentLines(text, truncated), Is.EqualTo(Reference(text, truncated)));

    [Test]
    public void FirstContentLines_RandomTexts_AsWholeSplit()
    {
        var rng = new Random(16);
        string[] pieces = ["800", " 810 ", "# note", "", "  ", "\t", "time,rr", "1.5,800\r", "#", "x"];
        var sb = new StringBuilder();
        for (var n = 0; n < 20_000; n++)
        {
            sb.Clear();
            var count = rng.Next(0, 120);
            for (var i = 0; i < count; i++)
            {
                if (i > 0) sb.Append('\n');
                sb.Append(pieces[rng.Next(pieces.Length)]);
            }

            if (rng.Next(3) == 0) sb.Append('\n');
            var text = sb.ToString();
            foreach (var truncated in new[] { false, true })
            {
                var got = RecordingReader.FirstContentLines(text, truncated);
                var expected = Reference(text, truncated);
                if (!got.SequenceEqual(expected))
                    Assert.Fail($"truncated {truncated}, text '{text.Replace("\n", "\\n", StringComparison.Ordinal)}': got {got.Length} lines, expected {expected.Length}");
            }
        }
    }
}
