using HrResponse.Autonomic;
using HrResponse.Io;
using NUnit.Framework;

namespace HrResponse.Tests.Autonomic;

/// <summary><see cref="AutonomicTest.Auto"/> (the default): the test a recording's markers name.</summary>
public class AutonomicTestChoiceTests
{
    // Ten minutes of beats at 60 bpm with a slow swing, and the given markers.
    private static Recording Beats(params Marker[] markers)
    {
        var rr = Enumerable.Range(0, 600).Select(i => 1000 + (80 * Math.Sin(2 * Math.PI * i / 10.0))).ToArray();
        return Recording.Create(RrIntervals.FromMilliseconds(rr), markers: markers);
    }

    [Test]
    public void Auto_OrthostaticFileWithItsStandMarker_IsTheActiveStandAsIfGiven()
    {
        var recording = RecordingReader.Open(SharedData.Data("orthostatic-stand", "polar_h10_2025-03-23_seated_to_standing_rr.csv")).Recording;
        var auto = AutonomicAnalysis.Compute(recording);
        var given = AutonomicAnalysis.Compute(recording, new AutonomicOptions { Test = AutonomicTest.ActiveStand });

        Assert.That(auto.Options.Test, Is.EqualTo(AutonomicTest.Auto));
        Assert.That(auto.Test, Is.EqualTo(AutonomicTest.ActiveStand));
        Assert.That(auto.TestChoice, Does.StartWith("a stand-up marker ('est_stand_up_onset"));
        Assert.That(auto.ActiveStand!.ThirtyFifteenRatio, Is.EqualTo(given.ActiveStand!.ThirtyFifteenRatio));
        Assert.That(auto.Valsalva, Is.Null);
        Assert.That(given.Test, Is.EqualTo(AutonomicTest.ActiveStand));
        Assert.That(given.TestChoice, Is.EqualTo("given (AutonomicOptions.Test)"));
    }

    [Test]
    public void Auto_ValsalvaFileWithStrainMarkers_IsTheValsalvaManoeuvreAsIfGiven()
    {
        var recording = RecordingReader.Open(SharedData.Data("valsalva", "Subject_1_beats.csv")).Recording;
        var auto = AutonomicAnalysis.Compute(recording);
        var given = AutonomicAnalysis.Compute(recording, new AutonomicOptions { Test = AutonomicTest.Valsalva });
        Assert.That(auto.Test, Is.EqualTo(AutonomicTest.Valsalva));
        Assert.That(auto.TestChoice, Does.StartWith("a Valsalva strain marker"));
        Assert.That(auto.Valsalva!.ValsalvaRatio, Is.EqualTo(given.Valsalva!.ValsalvaRatio));
    }

    [Test]
    public void Auto_NoMarkers_ValsalvaSayingSo()
    {
        var result = AutonomicAnalysis.Compute(Beats());
        Assert.That(result.Test, Is.EqualTo(AutonomicTest.Valsalva));
        Assert.That(result.TestChoice, Does.StartWith("no marker of a Valsalva strain, stand-up or breaths"));
    }

    [Test]
    public void Auto_MarkersOfTwoTests_TheOneMarkedFirstAndTheOtherNamed()
    {
        var result = AutonomicAnalysis.Compute(Beats(new Marker(300, "Stand"), new Marker(120, "strain_start"), new Marker(135, "strain_end")));
        Assert.That(result.Test, Is.EqualTo(AutonomicTest.Valsalva));
        Assert.That(result.TestChoice, Does.Contain("'strain_start' at 120 s").And.Contain("also holds a stand-up marker at 300 s"));
    }

    [TestCase(1, AutonomicTest.Valsalva)]
    [TestCase(4, AutonomicTest.DeepBreathing)]
    public void Auto_BreathMarkers_DeepBreathingFromTwo(int count, AutonomicTest expected)
    {
        var markers = Enumerable.Range(0, count).Select(i => new Marker(60 + (10 * i), "Breath-" + i)).ToArray();
        Assert.That(AutonomicAnalysis.Compute(Beats(markers)).Test, Is.EqualTo(expected));
    }

    [Test]
    public void ToIndexTable_AutoWithEveryTestsExplicitTimes_TheColumnsOfTheTestsNotAnalysedStillNaN()
    {
        // Explicit event times of every test beyond what the stand-in recording for missing tests holds.
        var options = new AutonomicOptions
        {
            Valsalva = ValsalvaOptions.Default with { StrainStartSeconds = 100, StrainEndSeconds = 115 },
            ActiveStand = ActiveStandOptions.Default with { StandSeconds = 300 },
            DeepBreathing = DeepBreathingOptions.Default with { CycleStartTimesSeconds = [60, 70, 80, 90, 100] },
        };
        var result = AutonomicAnalysis.Compute(Beats(), options);
        Assert.That(result.Test, Is.EqualTo(AutonomicTest.DeepBreathing), "the first in time of the times given");
        var table = result.ToIndexTable();
        Assert.That(table.Where(kv => kv.Key.StartsWith("VALSALVA_", StringComparison.Ordinal) || kv.Key.StartsWith("STAND_", StringComparison.Ordinal)).Select(kv => kv.Value), Is.Not.Empty.And.All.NaN);

        var stand = AutonomicAnalysis.Compute(Beats(), options with { Valsalva = ValsalvaOptions.Default, DeepBreathing = DeepBreathingOptions.Default });
        Assert.That(stand.Test, Is.EqualTo(AutonomicTest.ActiveStand));
        Assert.That(stand.TestChoice, Is.EqualTo("the stand-up time given (ActiveStandOptions.StandSeconds)"));
    }

    [Test]
    public void Auto_EventTimesGiven_NameTheTestBeforeAnyMarker()
    {
        var stand = new AutonomicOptions { ActiveStand = ActiveStandOptions.Default with { StandSeconds = 300 } };
        var result = AutonomicAnalysis.Compute(Beats(new Marker(100, "strain_start"), new Marker(115, "strain_end")), stand);
        Assert.That(result.Test, Is.EqualTo(AutonomicTest.ActiveStand));

        var both = stand with { DeepBreathing = DeepBreathingOptions.Default with { CycleStartTimesSeconds = [60, 70, 80, 90] } };
        var first = AutonomicAnalysis.Compute(Beats(), both);
        Assert.That(first.Test, Is.EqualTo(AutonomicTest.DeepBreathing));
        Assert.That(first.TestChoice, Does.Contain("the first in time of the event times given for 2 tests"));
    }

    [Test]
    public void ToIndexTable_Auto_EveryTestsColumnsNaNWhereNotAnalysed_GivenOnlyItsOwn()
    {
        var stand = Beats(new Marker(300, "stand"));
        var auto = AutonomicAnalysis.Compute(stand).ToIndexTable();
        var valsalvaKeys = AutonomicAnalysis.Compute(Beats(), new AutonomicOptions { Test = AutonomicTest.Valsalva }).Valsalva!.ToIndexTable().Keys;
        var breathingKeys = AutonomicAnalysis.Compute(Beats(), new AutonomicOptions { Test = AutonomicTest.DeepBreathing }).DeepBreathing!.ToIndexTable().Keys;

        Assert.That(auto["AUTONOMIC_Test"], Is.EqualTo((double)AutonomicTest.ActiveStand));
        Assert.That(auto.Keys, Is.SupersetOf(valsalvaKeys).And.SupersetOf(breathingKeys).And.Contains("STAND_30_15"));
        Assert.That(valsalvaKeys.Concat(breathingKeys).Select(k => auto[k]), Is.All.NaN);
        Assert.That(auto["STAND_Time"], Is.EqualTo(300).Within(1.5));

        // The same columns whichever test a recording holds (batch tables of mixed tests).
        var breathing = AutonomicAnalysis.Compute(Beats([.. Enumerable.Range(0, 6).Select(i => new Marker(60 + (10 * i), "breath"))])).ToIndexTable();
        Assert.That(breathing.Keys, Is.EqualTo(auto.Keys));

        var given = AutonomicAnalysis.Compute(stand, new AutonomicOptions { Test = AutonomicTest.ActiveStand }).ToIndexTable();
        Assert.That(given.Keys, Has.None.StartsWith("VALSALVA_").And.None.StartsWith("DB_").And.No.EqualTo("AUTONOMIC_Test"));
    }
}
