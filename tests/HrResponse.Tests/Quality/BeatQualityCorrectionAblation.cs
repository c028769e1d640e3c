using System.Globalization;
using HrResponse.Quality;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Diagnostics (explicit): where the benchmark's runs outside RMSSD 5 % / SDNN 2 % are lost, to detection or to
/// correction. Every CI-size run (<see cref="BeatQualityBenchmarkTests"/>: 5 %, 4 seeds, the recordings the quality
/// report calls reliable) is corrected several ways:
/// <list type="bullet">
/// <item>pipeline: detector and correction (<see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>)
/// against the corrected clean recording, the benchmark's "within";</item>
/// <item>true flags: the same correction (<c>CorrectKnown</c>, one pass) given the injected artifacts plus the flags
/// the detector raises on the clean recording (natural artifacts), against the clean recording corrected by those
/// natural flags alone: the same reference as the pipeline, so the two differ by detection only;</item>
/// <item>injected only: the benchmark's "perfect detection" (injected artifacts only, against the uncorrected clean
/// recording), with the correction as it is and as published (<see cref="ArtifactCorrectionOptions.LipponenRefinements"/> off);</item>
/// <item>for premature beats, the experiment's "cubic+sum" (<see cref="BeatQualityCorrectionExperiment"/>: spline by
/// beat index, total always kept), against the uncorrected clean recording.</item>
/// </list>
/// </summary>
/// <remarks>
/// A run lost to detection is within bounds with the true flags but not in the pipeline; it is split by what the
/// detector got wrong (an injected artifact missed or typed wrong, a false alarm, or neither: the flags were right and
/// the loss comes from the passes, a natural beat corrected differently next to an injected one, or the several-pass
/// reference). A run lost to correction is out of bounds even with the true flags.
/// </remarks>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityCorrectionAblation
{
    private const double Rate = 5;
    private const int Seeds = 4;

    [Test]
    public void DetectionVersusCorrection()
    {
        var recordings = BeatQualityBenchmark.Recordings(3000);
        var published = ArtifactCorrectionOptions.Default with { LipponenRefinements = false, Estimator = IntervalEstimator.CubicSpline };
        TestContext.Out.WriteLine("| kind | runs | pipeline | true flags | injected only | injected only, published correction | experiment cubic+sum | lost to detection (missed or mistyped / false alarm / flags right) | lost to correction (pipeline also out) | pipeline in, true flags out |");
        TestContext.Out.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        for (var ki = 0; ki < BeatQualityBenchmark.Kinds.Length; ki++)
        {
            var kind = BeatQualityBenchmark.Kinds[ki];
            int runs = 0, pipeline = 0, perfect = 0, injected = 0, injectedPublished = 0, experiment = 0;
            int lostMissed = 0, lostFalse = 0, lostRight = 0, lostCorrection = 0, lostBoth = 0, detectorBetter = 0;
            foreach (var rec in recordings)
            {
                var baseline = ArtifactCorrection.Clean(rec.Rr);
                if (baseline.Quality.IndicesUnreliable == true) continue;
                var naturalFlags = BeatQualityBenchmark.NaturalFlags(baseline.Quality);
                var natural = naturalFlags.Select(a => a.Index).ToHashSet();
                var raw = BeatQualityBenchmark.RmssdSdnn(RrIntervals.FromMilliseconds(rec.Rr));
                var cleanPipeline = BeatQualityBenchmark.RmssdSdnn(baseline.Intervals);
                var cleanKnown = BeatQualityBenchmark.RmssdSdnn(ArtifactCorrection.CorrectKnown(RrIntervals.FromMilliseconds(rec.Rr), naturalFlags, ArtifactCorrectionOptions.Default).Intervals);

                for (var seed = 0; seed < Seeds; seed++)
                {
                    var random = new Random(BeatQualityBenchmark.StableSeed(rec.Name, ki, Rate, seed));
                    var (series, truth) = BeatQualityInjector.InjectMapped(rec.Rr, BeatQualityBenchmark.Mix(kind, Rate), random, out var map);
                    var input = RrIntervals.FromMilliseconds(series);
                    var known = BeatQualityBenchmark.Known(rec.Rr, series, truth, map);
                    var all = BeatQualityBenchmark.EveryFlag(rec.Rr, series, truth, map, naturalFlags);
                    var detected = ArtifactCorrection.Clean(input);
                    var dIn = Within(BeatQualityBenchmark.RmssdSdnn(detected.Intervals), cleanPipeline);
                    var pIn = Within(BeatQualityBenchmark.RmssdSdnn(ArtifactCorrection.CorrectKnown(input, all, ArtifactCorrectionOptions.Default).Intervals), cleanKnown);
                    runs++;
                    if (dIn) pipeline++;
                    if (pIn) perfect++;
                    if (Within(BeatQualityBenchmark.RmssdSdnn(ArtifactCorrection.CorrectKnown(input, known, ArtifactCorrectionOptions.Default).Intervals), raw)) injected++;
                    if (Within(BeatQualityBenchmark.RmssdSdnn(ArtifactCorrection.CorrectKnown(input, known, published).Intervals), raw)) injectedPublished++;
                    if (kind == "premature")
                    {
                        var y = (double[])series.Clone();
                        BeatQualityCorrectionExperiment.CorrectPairs(BeatQualityCorrectionExperiment.CubicPlusSum, y, truth, new bool[y.Length]);
                        if (Within((QualityTestData.Rmssd(y), QualityTestData.Sdnn(y)), raw)) experiment++;
                    }

                    if (pIn && !dIn)
                    {
                        var (found, detections, trueDetections) = BeatQualityBenchmark.Score(truth, detected.Quality.Artifacts, natural.Select(i => map[i]).ToHashSet());
                        if (found < truth.Count) lostMissed++;
                        else if (trueDetections < detections) lostFalse++;
                        else
                        {
                            lostRight++;
                            var di = BeatQualityBenchmark.RmssdSdnn(detected.Intervals);
                            var pi = BeatQualityBenchmark.RmssdSdnn(ArtifactCorrection.CorrectKnown(input, all, ArtifactCorrectionOptions.Default).Intervals);
                            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RIGHT {kind} {rec.Name} s{seed}: pipeline {100 * ((di.Rmssd / cleanPipeline.Rmssd) - 1):0.0}/{100 * ((di.Sdnn / cleanPipeline.Sdnn) - 1):0.0} true flags {100 * ((pi.Rmssd / cleanKnown.Rmssd) - 1):0.0}/{100 * ((pi.Sdnn / cleanKnown.Sdnn) - 1):0.0} flags {detected.Quality.Artifacts.Count} all {all.Count} passes {detected.Quality.PassCount}"));
                        }
                    }
                    else if (!pIn)
                    {
                        lostCorrection++;
                        if (!dIn) lostBoth++;
                        else detectorBetter++;
                    }
                }
            }

            Assert.That(runs, Is.GreaterThan(0), "no recording of the shared data was assessed");
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {runs} | {Percent(pipeline, runs)} | {Percent(perfect, runs)} | {Percent(injected, runs)} | {Percent(injectedPublished, runs)} | {(kind == "premature" ? Percent(experiment, runs) : "–")} | " +
                $"{lostMissed + lostFalse + lostRight} ({lostMissed} / {lostFalse} / {lostRight}) | {lostCorrection} ({lostBoth}) | {detectorBetter} |"));
        }
    }


    // RMSSD within 5 % and SDNN within 2 % of the reference.
    private static bool Within((double Rmssd, double Sdnn) value, (double Rmssd, double Sdnn) reference) =>
        Math.Abs((value.Rmssd / reference.Rmssd) - 1) <= 0.05 && Math.Abs((value.Sdnn / reference.Sdnn) - 1) <= 0.02;

    private static string Percent(int count, int total) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total:0.0} %");
}
