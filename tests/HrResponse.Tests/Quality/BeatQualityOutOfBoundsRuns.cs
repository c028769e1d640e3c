using System.Globalization;
using NUnit.Framework;

namespace HrResponse.Tests.Quality;

/// <summary>
/// Diagnostics (explicit): the CI-size runs (5 %, 4 seeds) outside RMSSD 5 % / SDNN 2 % of one recording or all.
/// Environment: HRR_REC=name for one recording, HRR_KIND for one kind, HRR_FULL=1 for the full benchmark's runs (whole
/// recordings, 10 seeds), HRR_RATE for another artifact rate (percent).
/// </summary>
[TestFixture]
[Explicit("diagnostics")]
public class BeatQualityOutOfBoundsRuns
{
    [Test]
    public void List()
    {
        var name = Environment.GetEnvironmentVariable("HRR_REC");
        var kind = Environment.GetEnvironmentVariable("HRR_KIND");
        var recs = (DiagnosedRun.Full ? BeatQualityBenchmark.Recordings(DiagnosedRun.MaxBeats) : BeatQualityBenchmark.CiRecordings).Where(r => name is null || r.Name == name).ToList();
        var (runs, clean) = BeatQualityBenchmark.Run(recs, [DiagnosedRun.Rate], DiagnosedRun.Full ? 10 : 4, spectral: false);
        foreach (var r in runs.Where(r => !r.Within && !clean[r.Recording].Unreliable && (kind is null || r.Kind == kind)))
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Recording} {r.Kind} seed {r.Seed}: RMSSD {r.RmssdError:F1} % SDNN {r.SdnnError:F1} % (perfect {r.PerfectRmssdError:F1} %, out with every flag right {r.OutWithEveryFlagRight}), sens {r.Sensitivity:F1} PPV {r.Ppv:F1}, stated bounds RMSSD {r.RmssdBound:F1} % SDNN {r.SdnnBound:F1} %{(r.Warned ? " (warned)" : "")}{(r.WithinOrOutForAPhysicalReason ? " (physical)" : "")}"));
    }
}
