using NUnit.Framework;

namespace HrResponse.Tests;

public class RrIntervalsTests
{
    [TestCase(1e308)]
    [TestCase(3_600_001.0)]
    public void FromMilliseconds_IntervalLongerThanOneHour_ThrowsNamingTheLimit(double huge)
    {
        double[] rr = [800, 810, huge, 790, 805];
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromMilliseconds(rr));
        Assert.That(ex!.Message, Does.Contain("at most 3600000 ms").And.Contain("MaxIntervalMs"));
        Assert.That(ex.ParamName, Is.EqualTo("rrMs"));
    }

    [Test]
    public void FromMilliseconds_IntervalOfExactlyOneHour_IsAccepted()
    {
        Assert.That(RrIntervals.FromMilliseconds([800, RrIntervals.MaxIntervalMs, 790]).Count, Is.EqualTo(3));
    }

    [Test]
    public void FromBeatTimes_BeatsMoreThanOneHourApart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromBeatTimes([0, 0.8, 1e308]));
        Assert.That(ex!.Message, Does.Contain("more than one hour apart"));
    }

    [Test]
    public void HrvCompute_HugeIntervalFromArrays_ThrowsInsteadOfHanging()
    {
        double[] rr = [800, 810, 1e308, 790, 805];
        Assert.Throws<ArgumentException>(() => HrResponse.Hrv.HrvAnalysis.Compute(rr));
    }

    [Test]
    public void FromMilliseconds_ThreeIntervals_BeatTimesAreCumulativeSums()
    {
        var rr = RrIntervals.FromMilliseconds([800, 900, 1000]);
        Assert.That(rr.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 0.8, 1.7, 2.7 }).Within(1e-12));
        Assert.That(rr.StartSeconds, Is.Zero);
        Assert.That(rr.DurationSeconds, Is.EqualTo(2.7).Within(1e-12));
    }

    [Test]
    public void FromSeconds_ConvertsToMilliseconds()
    {
        var rr = RrIntervals.FromSeconds([0.8, 0.9]);
        Assert.That(rr.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 900.0 }).Within(1e-9));
    }

    [Test]
    public void FromBeatTimes_FourBeats_ThreeIntervalsEndingAtLaterBeats()
    {
        var rr = RrIntervals.FromBeatTimes([10.0, 10.8, 11.7, 12.7]);
        Assert.That(rr.Count, Is.EqualTo(3));
        Assert.That(rr.Milliseconds.ToArray(), Is.EqualTo(new[] { 800.0, 900.0, 1000.0 }).Within(1e-9));
        Assert.That(rr.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 10.8, 11.7, 12.7 }));
        Assert.That(rr.StartSeconds, Is.EqualTo(10.0).Within(1e-12));
    }

    [TestCase(0.0)]
    [TestCase(-5.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void FromMilliseconds_InvalidValue_ThrowsNamingIndexAndValue(double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromMilliseconds([800, bad, 900]));
        Assert.That(ex!.ParamName, Is.EqualTo("rrMs"));
        Assert.That(ex.Message, Does.Contain("rrMs[1]"));
    }

    [Test]
    public void FromMilliseconds_ValuesInSeconds_MessageSaysTheFix()
    {
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromMilliseconds([0.8, 0.85, 0.9]));
        Assert.That(ex!.Message, Does.Contain("look like seconds").And.Contain("FromSeconds"));
    }

    [Test]
    public void FromSeconds_ValuesInMilliseconds_MessageSaysTheFix()
    {
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromSeconds([800, 850, 900]));
        Assert.That(ex!.Message, Does.Contain("look like milliseconds"));
    }

    [Test]
    public void FromBeatTimes_NotIncreasing_ThrowsNamingBothTimes()
    {
        var ex = Assert.Throws<ArgumentException>(() => RrIntervals.FromBeatTimes([1.0, 2.0, 2.0]));
        Assert.That(ex!.Message, Does.Contain("beatTimesSeconds[2]").And.Contain("beatTimesSeconds[1]"));
    }

    [Test]
    public void FromMilliseconds_WithTimes_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => RrIntervals.FromMilliseconds([800, 900], [0.8]));
    }

    [Test]
    public void Slice_KeepsIntervalsWhoseBeatEndsInHalfOpenRange()
    {
        var rr = RrIntervals.FromMilliseconds([1000, 1000, 1000, 1000]); // beats at 1, 2, 3, 4 s
        var slice = rr.Slice(2.0, 4.0);
        Assert.That(slice.BeatTimesSeconds.ToArray(), Is.EqualTo(new[] { 2.0, 3.0 }));
    }

    [Test]
    public void Slice_ReversedRange_Throws()
    {
        var rr = RrIntervals.FromMilliseconds([1000, 1000]);
        Assert.Throws<ArgumentException>(() => rr.Slice(3, 1));
    }

    [Test]
    public void WithGapsBefore_MarksGapsAndSliceClearsLeadingGap()
    {
        var rr = RrIntervals.FromMilliseconds([1000, 1000, 1000, 1000]).WithGapsBefore([2]);
        Assert.That(rr.HasGaps, Is.True);
        Assert.That(rr.GapBefore.ToArray(), Is.EqualTo(new[] { false, false, true, false }));
        var slice = rr.Slice(3.0, 10.0);
        Assert.That(slice.GapBefore.ToArray(), Is.EqualTo(new[] { false, false }));
        Assert.That(slice.HasGaps, Is.False);
    }

    [Test]
    public void WithReconstructed_MarksIntervalsAndSliceAndGapsKeepTheMarks()
    {
        var rr = RrIntervals.FromMilliseconds([1000, 1000, 1000, 1000]).WithReconstructed([1, 2]);
        Assert.Multiple(() =>
        {
            Assert.That(rr.Reconstructed.ToArray(), Is.EqualTo(new[] { false, true, true, false }));
            Assert.That(rr.ReconstructedCount, Is.EqualTo(2));
            Assert.That(rr.Slice(2.5, 10.0).Reconstructed.ToArray(), Is.EqualTo(new[] { true, false }));
            Assert.That(rr.WithGapsBefore([3]).Reconstructed.ToArray(), Is.EqualTo(new[] { false, true, true, false }));
            Assert.That(RrIntervals.FromMilliseconds([1000, 1000]).ReconstructedCount, Is.Zero);
            Assert.That(() => rr.WithReconstructed([4]), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("[0, 4)"));
        });
    }

    [Test]
    public void FromMilliseconds_DoesNotKeepReferenceToInput()
    {
        var input = new double[] { 800, 900 };
        var rr = RrIntervals.FromMilliseconds(input);
        input[0] = 1;
        Assert.That(rr.Milliseconds[0], Is.EqualTo(800));
    }

    [Test]
    public void ToHeartRateSeries_IsSixtyThousandOverRr()
    {
        var hr = RrIntervals.FromMilliseconds([1000, 500]).ToHeartRateSeries();
        Assert.That(hr.Bpm.ToArray(), Is.EqualTo(new[] { 60.0, 120.0 }));
        Assert.That(hr.TimesSeconds.ToArray(), Is.EqualTo(new[] { 1.0, 1.5 }));
    }
}
