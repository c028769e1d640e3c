using System.Globalization;
using HrResponse.Quality;

namespace HrResponse.Plotting;

/// <summary>
/// Every chart that applies to a <see cref="RecordingAnalysisResult"/>, drawn from the result only (nothing is
/// recomputed, so each number a chart prints is the number in the result's index table): heart rate (with phases,
/// peak, recovery points and the recovery fit when the exercise test found its phases), the ECG with its R peaks, and
/// from the corrected beats the tachogram with corrections marked, the Poincaré plot, DFA, the power spectrum and the
/// rolling HRV, each when the result holds it, and the multi-panel exercise-test figure (<see cref="ExerciseTestFigure"/>).
/// Every chart is made of ScottPlot plots that can be changed before saving.
/// </summary>
public static class AnalysisCharts
{
    /// <summary>Builds the charts of an analysis.</summary>
    /// <param name="result">Result of <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/>.</param>
    /// <param name="options">Title and text size of every chart; <c>null</c> for each chart's defaults.</param>
    /// <returns>
    /// In this order, each when it applies: <c>heart-rate</c> (when there is any heart rate), <c>ecg</c> (with an ECG),
    /// <c>tachogram</c> (corrected beats), <c>poincare</c> and <c>dfa</c> (nonlinear HRV computed), <c>psd</c>
    /// (frequency-domain HRV computed, with a spectrum), <c>rolling-hrv</c> (rolling snapshots computed) and
    /// <c>exercise-test</c> (the exercise test ran and there are corrected beats). A recording with one beat still gets
    /// its heart-rate and tachogram charts; charts that need more (Poincaré, DFA) are drawn with a "No data" message
    /// (<see cref="AnalysisChart.NoDataReason"/>). An empty list means the recording has neither beats nor heart-rate samples.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<AnalysisChart> Build(RecordingAnalysisResult result, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var inv = CultureInfo.InvariantCulture;
        var recording = result.Recording;
        var cleaned = result.Cleaned;
        var charts = new List<AnalysisChart>();
        var fromBeats = cleaned is { Intervals.Count: > 0 };
        var hr = fromBeats ? cleaned!.Intervals.ToHeartRateSeries() : recording.HeartRate;
        if (hr.Count > 0)
        {
            var caption = fromBeats
                ? "Heart rate of each corrected beat (60000 / RR)."
                : recording.HeartRateIsFromBeats ? "Heart rate from beats." : "Heart-rate samples as recorded.";
            HeartRateAnnotations? annotations = null;
            if (result.Exercise is { } exercise)
            {
                if (exercise.Phases.ExerciseFound)
                {
                    annotations = HeartRateAnnotations.FromReport(exercise);
                    caption += string.Create(inv,
                        $" Phases from {exercise.Phases.Method}: exercise start {exercise.Phases.ExerciseStartSource}; exercise end {exercise.Phases.ExerciseEndSource}. Recovery points are the mean HR over {exercise.Recovery.HeartRateWindowSeconds:0.#} s windows; the dashed line is the mono-exponential fit (τ = {exercise.Recovery.TauFit.TauSeconds:0.#} s, R² = {exercise.Recovery.TauFit.RSquared:0.00}).");
                }
                else
                {
                    caption += " No exercise phases were found, so no phases, peak or recovery are marked.";
                }
            }

            charts.Add(new("heart-rate", caption, [HeartRateChart.Create(hr, annotations, options)]));
        }

        if (recording.Ecg is { Count: > 0 } ecg) charts.Add(EcgChartOf(ecg, recording.Beats, options));
        if (cleaned is null || cleaned.Intervals.Count == 0) return charts;
        var exerciseFigure = ExerciseTestFigure.Create(result, options);
        var q = cleaned.Quality;
        var review = result.BorderlineReview;
        charts.Add(new("tachogram", string.Create(inv,
            $"RR intervals after correction ({ArtifactCorrectionOptions.NameOf(q.Method)}): {q.InterpolatedCount} interpolated, {q.InsertedCount} inserted, {q.RemovedCount} removed, {q.ExcludedCount} excluded as gaps.{(review is { Beats.Count: > 0 } ? $" Ringed: {review.Beats.Count} borderline interval{(review.Beats.Count == 1 ? "" : "s")} to review (the artifact decision flips with the detection thresholds ±{review.MarginPercent:0.#} %)." : "")}{(q.NonSinusStepBeats.Count > 0 ? $" Squared: {q.NonSinusStepBeats.Count} interval{(q.NonSinusStepBeats.Count == 1 ? "" : "s")} reached or left by a step no sinus beat makes (over +32.5 % or −24.5 % in one beat), an artifact taken for the rhythm or a natural pause: review them first." : "")}{(q.AmbiguousReadingBeats.Count > 0 ? $" Diamonds: {q.AmbiguousReadingBeats.Count} interval{(q.AmbiguousReadingBeats.Count == 1 ? "" : "s")} of short–long pairs the detector cannot read (a premature beat and its pause, or one artifact beside a natural interval): review them." : "")}"),
            [TachogramChart.Create(cleaned, options, review)]));

        var hrv = result.Hrv;
        if (hrv?.Nonlinear is { } nonlinear)
        {
            charts.Add(new("poincare", string.Create(inv,
                $"Poincaré plot of the corrected RR series with the SD1/SD2 ellipse (SD1 across, SD2 along the identity line), as computed for the index table ({hrv.Options.Name} settings)."),
                [PoincareChart.Create(nonlinear.Poincare, options)]));
            var dfa = nonlinear.Dfa;
            charts.Add(new("dfa", string.Create(inv,
                $"Detrended fluctuation analysis of the corrected RR series (order-{dfa.DetrendOrder} detrending, {dfa.Windowing} boxes; settings {hrv.Options.Name}): log F(n) against log n with the α1 and α2 least-squares lines."),
                [DfaChart.Create(dfa, options)]));
        }

        if (hrv?.FrequencyDomain is { Spectrum.Count: > 0 } frequency)
        {
            charts.Add(new("psd", "Power spectral density of the corrected RR series over the whole recording: " + frequency.Spectrum.Settings + ".",
                [PsdChart.Create(frequency, options)]));
        }

        if (result.Rolling.Count > 0)
        {
            var r = result.Options.Rolling;
            charts.Add(new("rolling-hrv", string.Create(inv,
                $"Rolling HRV of the corrected beats: {r.Window.TotalSeconds:0.#}-s windows every {r.Step.TotalSeconds:0.#} s, DFA α1 over {r.DfaMinBoxBeats}–{r.DfaMaxBoxBeats} beats."),
                RollingHrvChart.Create(result.Rolling, options)));
        }

        if (exerciseFigure is not null) charts.Add(exerciseFigure);
        return charts;
    }

    /// <summary>
    /// The first <see cref="EcgChart.DefaultDurationSeconds"/> s of the ECG with the recording's beats marked: the beat
    /// times (the R peaks detected on loading, plus the start of the first interval) mapped back to their samples.
    /// </summary>
    private static AnalysisChart EcgChartOf(EcgSignal ecg, RrIntervals? beats, ChartOptions? options)
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
            $"The first {EcgChart.DefaultDurationSeconds:0.#} s of the ECG ({ecg.SamplingRateHz:0.###} Hz) with the R peaks found on loading marked, for checking the detection by eye.");
        return new("ecg", caption, [EcgChart.Create(ecg.Samples, ecg.SamplingRateHz, peaks.ToArray(), 0, EcgChart.DefaultDurationSeconds,
            ecg.Unit, HrResponse.Ecg.EcgRecordingOptions.Default.Peaks.Detector.ToString(), options)]);
    }
}
