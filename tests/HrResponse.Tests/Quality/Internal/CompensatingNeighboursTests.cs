using HrResponse.Quality;
using HrResponse.Quality.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Quality.Internal;

/// <summary>Refinements 37 and 55 on their own: which untouched interval beside a corrected block they take, and which they leave.</summary>
public class CompensatingNeighboursTests
{
    // 60 intervals of a 330-ms rhythm stepping by 1–2 ms (mean natural step ≈ 1.3 ms).
    private static double[] Rhythm() => [.. Enumerable.Range(0, 60).Select(k => 330.0 + (k % 3) - 1)];

    // The corrected series is the input here (no interval merged or split), so the block's recorded duration is its
    // input intervals.
    private static List<RunEvent> Find(double[] rr, int[] corrected, int[]? gapsBefore = null)
    {
        var isCorrected = new bool[rr.Length];
        foreach (var k in corrected) isCorrected[k] = true;
        var gap = new bool[rr.Length];
        foreach (var k in gapsBefore ?? []) gap[k] = true;
        var events = new List<RunEvent>();
        CompensatingNeighbours.Find(rr, gap, isCorrected, [.. Enumerable.Range(0, rr.Length)], rr, events);
        return events;
    }

    [Test]
    public void Find_IntervalWhoseDeviationTheBlockMakesUpFor_TakenWithTheBlock()
    {
        // 302 ms (28 short) before a corrected pair recorded 28 ms over two beats.
        var rr = Rhythm();
        rr[30] = 302;
        rr[31] = 330 + 28 + 14;
        rr[32] = 316;
        var found = Find(rr, [31, 32]);
        Assert.That(found, Is.EqualTo(new[] { new RunEvent(30, ArtifactType.Short) }));
    }

    [Test]
    public void Find_RhythmRisingPastTheBlock_BlockHeldToTheLevelOnItsOwnSide()
    {
        // IpBike's FIT HRV (docs/beat-quality.md item 50): 481 [437] [516 516] 487 ms, the rhythm at 481 ms on the left
        // and 487 on the right, steps of 1–2 ms; the block recorded 1,031 ms (543 + 488, a missed beat after a displaced
        // one). Against the 437's reference (481) the block is 69 ms over two beats, 25 ms left over (more than half of
        // 44); against its own side's level (487) 57 ms, 13 ms left over: the 437 is part of the artifact.
        double[] rr = [.. Enumerable.Range(0, 60).Select(k => (k <= 30 ? 481.0 : 487.0) + (k % 3) - 1)];
        rr[30] = 437;
        rr[31] = 1031;
        var isCorrected = new bool[rr.Length];
        isCorrected[31] = true;
        isCorrected[32] = true;
        double[] series = [.. rr[..31], 516, 515, .. rr[32..]];
        var corrected = new bool[series.Length];
        corrected[31] = corrected[32] = true;
        int[] inputIndex = [.. Enumerable.Range(0, 31), 31, 31, .. Enumerable.Range(32, rr.Length - 32)];
        var events = new List<RunEvent>();
        CompensatingNeighbours.Find(series, new bool[series.Length], corrected, inputIndex, rr, events);
        Assert.That(events, Is.EqualTo(new[] { new RunEvent(30, ArtifactType.Short) }));
    }

    [Test]
    public void Find_BlockThatAddsToTheDeviation_NothingTaken()
    {
        // The same 302 ms, but the corrected pair recorded 28 ms under two beats: together they lose 56 ms.
        var rr = Rhythm();
        rr[30] = 302;
        rr[31] = 300;
        rr[32] = 332;
        Assert.That(Find(rr, [31, 32]), Is.Empty);
    }

    [Test]
    public void Find_OneEstimatedIntervalThatAddsToTheDeviation_Taken()
    {
        // Refinement 55: the same 302 ms beside one recorded interval corrected alone, recorded at 231 ms (a ×0.7
        // interval: 99 ms under the rhythm, adding to the deviation). A single interval replaced by an estimate keeps no
        // time, so it is not held to the compensation test; the pair above (two intervals) still is.
        var rr = Rhythm();
        rr[30] = 302;
        rr[31] = 231;
        Assert.That(Find(rr, [31]), Is.EqualTo(new[] { new RunEvent(30, ArtifactType.Short) }));
    }

    [Test]
    public void Find_DeviationUnderFivePercentOfTheLevel_NothingTaken()
    {
        // 316 ms is 14 ms (4 %) short, about 10 natural steps, and the block makes up for it exactly.
        var rr = Rhythm();
        rr[30] = 316;
        rr[31] = 330 + 14;
        Assert.That(Find(rr, [31]), Is.Empty);
    }

    [Test]
    public void Find_WhereNaturalStepsAreLarge_NothingTaken()
    {
        // A beat 45 ms off (5.7 %) whose block makes up for it, among steps of 30 ms (8 steps = 240 ms): an ordinary
        // interval there.
        double[] rr = [.. Enumerable.Range(0, 60).Select(k => 800.0 + (k % 2 == 0 ? 15 : -15))];
        rr[30] = 740;
        rr[31] = 785 + 45;
        Assert.That(Find(rr, [31]), Is.Empty);
    }

    [Test]
    public void Find_IntervalOnALevelChangeOrARamp_NothingTaken()
    {
        // Each block would make up for the interval against the other side: a level change from 330 to 390 ms across
        // the corrected 351 ms (390 ms is 19 ms, 5.2 %, off the line through 330 and 391 ms, but on its right-hand
        // median), and a ramp 800 [720] 880 920 960 ms among steps of 1 ms (880 ms is 80 ms off either side's median,
        // but on the line through 800 and 920 ms).
        var level = Rhythm();
        for (var k = 31; k < level.Length; k++) level[k] += 60;
        level[30] = 351;
        double[] ramp = [.. Enumerable.Range(0, 60).Select(k => (k < 34 ? 800.0 : 960.0) + (k % 2))];
        ramp[31] = 720;
        ramp[32] = 880;
        ramp[33] = 920;
        Assert.Multiple(() =>
        {
            Assert.That(Find(level, [30]), Is.Empty, "level change");
            Assert.That(Find(ramp, [31]), Is.Empty, "ramp");
        });
    }

    [Test]
    public void Find_BlockAcrossAGapOrLongerThanFour_NothingTaken()
    {
        var acrossGap = Rhythm();
        acrossGap[30] = 302;
        acrossGap[31] = 358;
        var longBlock = Rhythm();
        longBlock[30] = 302;
        longBlock[31] = 358;
        Assert.Multiple(() =>
        {
            Assert.That(Find(acrossGap, [31], gapsBefore: [31]), Is.Empty, "the block lies after a gap");
            Assert.That(Find(longBlock, [31, 32, 33, 34, 35]), Is.Empty, "five corrected intervals");
        });
    }
}
