using HrResponse.Io;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary><see cref="QualityReport.DescribeArtifactShare"/>: the parts of the artifact percentage, in words, adding up to it.</summary>
public class ArtifactShareTextTests
{
    [Test]
    public void Describe_BeatAnnotationsWithPrematureBeatsLeftOut_NamesTheLostIntervals()
    {
        // mitdb 100: 34 beats that are not normal, the intervals on either side left out (68 in 34 gaps), 1 flag.
        var q = ArtifactCorrection.Clean(RecordingCsvReader.Read(SharedData.Data("mitdb", "100_atr.csv")).Recording.Beats).Quality;

        Assert.That(q.DescribeArtifactShare(), Is.EqualTo($"{q.ArtifactCount} flagged, 68 intervals lost in 34 gaps; of 2,272 intervals"));
        Assert.That(q.ArtifactPercent, Is.EqualTo(100.0 * (q.ArtifactCount + 68) / 2272).Within(1e-9));
    }

    [Test]
    public void Describe_CleanSeries_FlaggedOfTheInputIntervals()
    {
        var rr = Enumerable.Range(0, 400).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 5))).ToArray();
        rr[200] = 520; // a premature beat with its compensatory pause
        rr[201] = 1080;

        var q = ArtifactCorrection.Clean(rr).Quality;

        Assert.That(q.DescribeArtifactShare(), Is.EqualTo("1 flagged; of 400 intervals"));
        Assert.That(q.ArtifactPercent, Is.EqualTo(100.0 / 400).Within(1e-9));
    }

    [Test]
    public void Describe_Dropout_CountsItAndTheBeatsItSwallowed()
    {
        var rr = Enumerable.Range(0, 400).Select(i => 800 + (30 * Math.Sin(2 * Math.PI * i / 5))).ToArray();
        rr[200] = 3200; // four beats' time: one dropout interval, three beats lost in it

        var q = ArtifactCorrection.Clean(rr).Quality;

        Assert.That(q.DescribeArtifactShare(), Is.EqualTo($"{q.ArtifactCount} flagged, 1 dropout, {q.EstimatedLostBeats} intervals lost in 1 gap; of {400 + q.EstimatedLostBeats} intervals"));
        Assert.That(q.EstimatedLostBeats, Is.EqualTo(3));
    }

    [Test]
    public void Describe_RebuiltIntervals_CountedAsRebuiltFromBeatTimes()
    {
        // ACTES test 17: empty RR cells rebuilt from the beat times are counted in the artifact share.
        var beats = RecordingCsvReader.Read(SharedData.Data("actes", "test_17.csv")).Recording.Beats;
        var q = ArtifactCorrection.Clean(beats).Quality;
        var text = q.DescribeArtifactShare();
        var rebuilt = int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"([\d,]+) rebuilt from beat times").Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(rebuilt, Is.GreaterThan(0).And.LessThanOrEqualTo(q.ReconstructedCount));
        var total = q.OriginalCount + q.EstimatedLostBeats;
        Assert.That(q.ArtifactPercent, Is.EqualTo(100.0 * (q.ArtifactCount + q.DropoutCount + q.EstimatedLostBeats + rebuilt) / total).Within(1e-9));
    }

    [Test]
    public void Describe_EmptyInput_Empty() =>
        Assert.That(ArtifactCorrection.Clean(Array.Empty<double>()).Quality.DescribeArtifactShare(), Is.Empty);
}
