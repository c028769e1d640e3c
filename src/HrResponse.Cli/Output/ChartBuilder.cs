using System.Globalization;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Plotting;
using HrResponse.Quality;
using HrResponse.Streaming;

namespace HrResponse.Cli.Output;

/// <summary>
/// Renders every chart that applies to a recording: heart rate (always, when there is any heart rate), and with beats
/// the RR tachogram with corrections marked, the Poincaré plot, DFA, the power spectrum and rolling HRV; with an ECG
/// (<see cref="Recording.Ecg"/>) its first 10 s with the R peaks marked.
/// Phases, peak and recovery are marked on the heart-rate chart when an exercise test is found (when at least one window fits).
/// </summary>
internal static class ChartBuilder
{
    public static IReadOnlyList<ChartFile> Build(
        Recording recording, CleanedRrIntervals? cleaned, ExerciseTestOptions? exerciseOptions = null,
        FrequencyDomainOptions? frequencyOptions = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var charts = new List<ChartFile>();
        var hr = cleaned is not null && cleaned.Intervals.Count > 0 ? cleaned.Intervals.ToHeartRateSeries() : recording.HeartRate;
        if (hr.Count > 0)
        {
            var exercise = ExerciseTestAnalysis.Compute(recording, exerciseOptions);
            var caption = HeartRateCaption(recording, cleaned is not null);
            HeartRateAnnotations? annotations = null;
            if (exercise.Phases.ExerciseFound)
            {
                annotations = HeartRateAnnotations.FromReport(exercise);
                caption += string.Create(CultureInfo.InvariantCulture,
                    $" Phases from {exercise.Phases.Method}: exercise start {exercise.Phases.ExerciseStartSource}; exercise end {exercise.Phases.ExerciseEndSource}. Recovery points are the mean HR over {exercise.Recovery.HeartRateWindowSeconds:0.#} s windows; the dashed line is the mono-exponential fit (τ = {exercise.Recovery.TauFit.TauSeconds:0.#} s, R² = {exercise.Recovery.TauFit.RSquared:0.00}).");
            }
            else
            {
                caption += " No exercise phases were found, so no phases, peak or recovery are marked.";
            }

            charts.Add(new("heart-rate", caption, HeartRateChart.Render(hr, annotations)));
        }

        if (recording.Ecg is { Count: > 0 } ecg) charts.Add(EcgChartFile(ecg, recording.Beats));
        if (cleaned is null || cleaned.Intervals.Count == 0) return charts;
        var q = cleaned.Quality;
        charts.Add(new("tachogram", string.Create(CultureInfo.InvariantCulture,
            $"RR intervals after correction ({ArtifactCorrectionOptions.NameOf(q.Method)}): {q.InterpolatedCount} interpolated, {q.InsertedCount} inserted, {q.RemovedCount} removed, {q.ExcludedCount} excluded as gaps."),
            TachogramChart.Render(cleaned)));
        var rr = cleaned.Intervals.Milliseconds;
        var poincare = NonlinearAnalysis.Poincare(rr, cleaned.Intervals.GapBefore);
        charts.Add(new("poincare", "Poincaré plot of the corrected RR series (pairs across gaps left out) with the SD1/SD2 ellipse (SD1 across, SD2 along the identity line).",
            PoincareChart.Render(poincare)));
        var dfa = NonlinearAnalysis.Dfa(rr);
        charts.Add(new("dfa", string.Create(CultureInfo.InvariantCulture,
            $"Detrended fluctuation analysis of the corrected RR series (order-{dfa.DetrendOrder} detrending, {dfa.Windowing} boxes): log F(n) against log n with the α1 and α2 least-squares lines."),
            DfaChart.Render(dfa)));
        var frequency = FrequencyDomainAnalysis.Compute(cleaned.Intervals, frequencyOptions);
        if (frequency.Spectrum.Count > 0)
        {
            charts.Add(new("psd", "Power spectral density of the corrected RR series over the whole recording: " + frequency.Spectrum.Settings + ".",
                PsdChart.Render(frequency)));
        }

        var snapshots = cleaned.Intervals.ToBeats().RollingHrv(RollingHrvOptions.Default).ToList();
        if (snapshots.Count > 0)
        {
            charts.Add(new("rolling-hrv", "Rolling HRV of the corrected beats: 120-s windows every 20 s (FatMaxxer defaults), DFA α1 over 4–16 beats.",
                RollingHrvChart.Render(snapshots)));
        }

        return charts;
    }

    /// <summary>
    /// The first <see cref="EcgChart.DefaultDurationSeconds"/> s of the ECG with the recording's beats marked: the beat
    /// times (the R peaks detected on loading, plus the start of the first interval) mapped back to their samples.
    /// </summary>
    private static ChartFile EcgChartFile(EcgSignal ecg, RrIntervals? beats)
    {
        var peaks = new List<int>();
        if (beats is { Count: > 0 })
        {
            var first = beats.BeatTimesSeconds[0] - (beats.Milliseconds[0] / 1000);
            AddPeak(first);
            foreach (var t in beats.BeatTimesSeconds) AddPeak(t);
        }

        void AddPeak(double t)
        {
            var index = Math.Round((t - ecg.StartSeconds) * ecg.SamplingRateHz);
            if (index >= 0 && index < ecg.Count && (peaks.Count == 0 || peaks[^1] != (int)index)) peaks.Add((int)index);
        }

        var caption = string.Create(CultureInfo.InvariantCulture,
            $"The first {EcgChart.DefaultDurationSeconds:0.#} s of the ECG ({ecg.SamplingRateHz:0.###} Hz) with the R peaks found on loading marked, for checking the detection by eye. Run 'hrresponse peaks FILE --plot OUT.svg --plot-start S' to see any other window.");
        return new("ecg", caption, EcgChart.Render(ecg.Samples, ecg.SamplingRateHz, peaks.ToArray(), 0, EcgChart.DefaultDurationSeconds,
            ecg.Unit, HrResponse.Ecg.EcgRecordingOptions.Default.Peaks.Detector.ToString()));
    }

    private static string HeartRateCaption(Recording recording, bool fromBeats) => fromBeats
        ? "Heart rate of each corrected beat (60000 / RR)."
        : recording.HeartRateIsFromBeats ? "Heart rate from beats." : "Heart-rate samples as recorded.";
}
