using HrResponse.Ecg;
using HrResponse.Ecg.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Ecg;

public class EcgRecordingTests
{
    [Test]
    public void FromEcg_SyntheticEcg_BeatsAreIntervalsBetweenPeaksAndEcgIsKept()
    {
        const double Fs = 500;
        var (signal, truth) = SyntheticEcg.Generate(Fs, 60, seed: 21);
        var ecg = EcgSignal.Create(signal, Fs, "ecg", "mV", startSeconds: 10);
        var result = EcgRecording.FromEcg(ecg);

        var beats = result.Recording.Beats;
        Assert.That(beats.Count, Is.EqualTo(truth.Length - 1));
        Assert.That(result.Recording.Ecg, Is.SameAs(ecg));
        Assert.That(result.Recording.HeartRateIsFromBeats, Is.True);
        for (var i = 0; i < beats.Count; i++)
        {
            Assert.That(beats.BeatTimesSeconds[i], Is.EqualTo(10 + truth[i + 1]).Within(0.004));
            Assert.That(beats.Milliseconds[i], Is.EqualTo((truth[i + 1] - truth[i]) * 1000).Within(8));
        }
    }

    [Test]
    public void FromEcg_BeatCorrectionHook_IsAppliedAndUncorrectedBeatsKept()
    {
        var (signal, _) = SyntheticEcg.Generate(360, 30, seed: 22);
        var ecg = EcgSignal.Create(signal, 360);
        var calls = 0;
        var options = new EcgRecordingOptions
        {
            BeatCorrection = rr =>
            {
                calls++;
                return RrIntervals.FromMilliseconds(rr.Milliseconds[1..], rr.BeatTimesSeconds[1..]);
            },
        };
        var result = EcgRecording.FromEcg(ecg, options);
        Assert.That(calls, Is.EqualTo(1));
        Assert.That(result.Recording.Beats.Count, Is.EqualTo(result.DetectedBeats.Count - 1));
        Assert.That(result.DetectedBeats.Count, Is.EqualTo(result.Peaks.Count - 1));
    }

    [Test]
    public void FromEcg_NeuroKitRecordingWithNeuroKit2Preset_IntervalsEqualNeuroKit2PeakDifferences()
    {
        var ecg = EcgTestData.Load("neurokit_ecg", "ecg_1000hz.csv");
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedData.Reference("neurokit_ecg__ecg_1000hz.json")));
        var peaks = doc.RootElement.GetProperty("results").GetProperty("peaks_cleaned").GetProperty("R_peaks")
            .EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var expected = peaks.Skip(1).Zip(peaks, (b, a) => (double)(b - a)).ToArray(); // samples at 1000 Hz = ms

        var result = EcgRecording.FromEcg(ecg, new EcgRecordingOptions { Peaks = RPeakOptions.NeuroKit2 });
        Assert.That(result.Recording.Beats.Milliseconds.ToArray(), Is.EqualTo(expected).Within(1e-9));
        Assert.That(result.Recording.Beats.BeatTimesSeconds[0], Is.EqualTo(peaks[1] / 1000.0).Within(1e-12));
    }

    [Test]
    public void RecordingSlice_KeepsEcgSamplesInRange()
    {
        var (signal, _) = SyntheticEcg.Generate(250, 40, seed: 23);
        var recording = EcgRecording.FromEcg(EcgSignal.Create(signal, 250)).Recording;
        var slice = recording.Slice(10, 20);
        Assert.That(slice.Ecg, Is.Not.Null);
        Assert.That(slice.Ecg!.Count, Is.EqualTo(2500));
        Assert.That(slice.Ecg.StartSeconds, Is.EqualTo(10).Within(1e-12));
        Assert.That(slice.Ecg.Samples[0], Is.EqualTo(signal[2500]));
    }
}
