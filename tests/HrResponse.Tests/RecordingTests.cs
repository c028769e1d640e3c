using NUnit.Framework;

namespace HrResponse.Tests;

public class RecordingTests
{
    [Test]
    public void Create_BeatsOnly_DerivesHeartRateFromBeats()
    {
        var rec = Recording.Create(RrIntervals.FromMilliseconds([1000, 1000]));
        Assert.That(rec.HasBeats, Is.True);
        Assert.That(rec.HeartRateIsFromBeats, Is.True);
        Assert.That(rec.HeartRate.Bpm.ToArray(), Is.EqualTo(new[] { 60.0, 60.0 }));
    }

    [Test]
    public void Create_Nothing_Throws()
    {
        Assert.Throws<ArgumentException>(() => Recording.Create());
    }

    [Test]
    public void Create_SortsMarkersAndSliceKeepsSubjectAndChannels()
    {
        var times = new double[] { 1, 2, 3, 4 };
        var rec = Recording.Create(
            RrIntervals.FromMilliseconds([1000, 1000, 1000, 1000]),
            markers: [new Marker(3, "recovery"), new Marker(1.5, "exercise")],
            load: SampledChannel.Create("power_w", "W", times, [0, 50, 0, 0]),
            subject: new SubjectInfo { AgeYears = 45, Sex = Sex.Female });
        Assert.That(rec.Markers.Select(m => m.Label), Is.EqualTo(new[] { "exercise", "recovery" }));
        var slice = rec.Slice(2, 4);
        Assert.That(slice.Beats.Count, Is.EqualTo(2));
        Assert.That(slice.Load!.Values.ToArray(), Is.EqualTo(new[] { 50.0, 0.0 }));
        Assert.That(slice.Markers.Single().Label, Is.EqualTo("recovery"));
        Assert.That(slice.Subject.AgeYears, Is.EqualTo(45));
    }

    [Test]
    public void SubjectInfo_AgeOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SubjectInfo { AgeYears = 200 });
    }

    [Test]
    public void SubjectInfo_OrElse_KnownFieldsWinUnknownOnesFallBack()
    {
        var table = new SubjectInfo { Sex = Sex.Female, RecoveryPosture = RecoveryPosture.Supine };
        var recording = new SubjectInfo { AgeYears = 52, Sex = Sex.Male, TakesBetaBlockers = true };
        var merged = table.OrElse(recording);
        Assert.That(merged, Is.EqualTo(new SubjectInfo { AgeYears = 52, Sex = Sex.Female, TakesBetaBlockers = true, RecoveryPosture = RecoveryPosture.Supine }));
        Assert.Throws<ArgumentNullException>(() => table.OrElse(null!));
    }
}
