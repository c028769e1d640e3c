using HrResponse.Autonomic;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Internal;
using HrResponse.Quality;
using HrResponse.Streaming;

namespace HrResponse;

/// <summary>
/// The whole analysis of a recording in one call: beat correction → HRV of the whole corrected recording → exercise
/// test (phases, resting and peak HR, chronotropic response, heart-rate recovery, per-phase HRV) → rolling HRV, each
/// computed once, every part reading the same corrected beats. This is the documented path to corrected HRV; the
/// lower-level calls (<see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/>, ...) analyse beats as given.
/// </summary>
/// <example>
/// <code>
/// var result = RecordingAnalysis.Compute(recording);                 // corrected, default settings
/// Console.WriteLine(result.Hrv!.TimeDomain!.RmssdMs);                 // HRV of the corrected beats
/// Console.WriteLine(result.Cleaned!.Quality.ArtifactPercent);         // how much was corrected
/// foreach (var (name, value) in result.ToIndexTable()) Console.WriteLine($"{name} = {value}");
/// </code>
/// </example>
public static class RecordingAnalysis
{
    /// <summary>Analyses one recording.</summary>
    /// <param name="recording">The recording; its <see cref="Recording.Subject"/> supplies age, sex, beta-blocker use and posture.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="RecordingAnalysisOptions.Default"/>.</param>
    /// <returns>
    /// The result. Missing data never throws: without beats there is no correction and no HRV (problem
    /// <see cref="ProblemCode.NoBeats"/> when HRV was asked for); without any heart rate no exercise test
    /// (<see cref="ProblemCode.NoHeartRate"/>); too-short data gives NaN indices and problems. The quality report's
    /// warnings are problems too (e.g. <see cref="ProblemCode.ShorterThanDetectorWindow"/>, with the index it affects
    /// most).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (<see cref="RecordingAnalysisOptions.Validate"/>).</exception>
    public static RecordingAnalysisResult Compute(Recording recording, RecordingAnalysisOptions? options = null) =>
        Compute(recording, options, progress: null, CancellationToken.None);

    /// <summary>Analyses one recording, reporting progress and honouring cancellation (for long recordings).</summary>
    /// <param name="recording">The recording; its <see cref="Recording.Subject"/> supplies age, sex, beta-blocker use and posture.</param>
    /// <param name="options">Settings; <c>null</c> for <see cref="RecordingAnalysisOptions.Default"/>.</param>
    /// <param name="progress">
    /// Receives <see cref="RecordingAnalysisProgress"/> on the calling thread (synchronously: a slow receiver slows the
    /// analysis); <c>null</c> for none.
    /// </param>
    /// <param name="cancellationToken">
    /// Checked between stages, every few thousand beats of rolling HRV, and inside the long loops of a stage (the template
    /// counts of the entropies, the correlation dimension, each DFA box size, each Welch segment, each Lomb–Scargle
    /// sample), so a cancel ends even a long nonlinear or frequency stage of a 24-hour recording within about a second.
    /// </param>
    /// <returns>The result, as <see cref="Compute(Recording, RecordingAnalysisOptions?)"/> returns it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recording"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem (<see cref="RecordingAnalysisOptions.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; nothing is returned.</exception>
    public static RecordingAnalysisResult Compute(
        Recording recording, RecordingAnalysisOptions? options, IProgress<RecordingAnalysisProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        options ??= RecordingAnalysisOptions.Default;
        options.ThrowIfInvalid(nameof(options));

        var parts = options.Parts;
        var problems = new List<AnalysisProblem>();
        using var scope = AnalysisCancellation.Enter(cancellationToken);
        void Step(RecordingAnalysisStage stage, double percent)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new RecordingAnalysisProgress { Stage = stage, Percent = percent });
        }

        Step(RecordingAnalysisStage.Correction, 0);
        var cleaned = recording.HasBeats ? ArtifactCorrection.Clean(recording.Beats, options.Correction) : null;
        if (cleaned is not null)
        {
            foreach (var warning in cleaned.Quality.Warnings)
                problems.Add(new(warning.Code, warning.Message, warning.AffectedIndices.Count > 0 ? warning.AffectedIndices[0] : null));
        }

        BorderlineReview? review = null;
        if (parts.HasFlag(AnalysisParts.BorderlineReview) && cleaned is not null)
        {
            if (options.Correction.Method != ArtifactDetectionMethod.LipponenTarvainen2019)
            {
                problems.Add(new(ProblemCode.Other,
                    $"No borderline review: it is defined by Lipponen–Tarvainen's thresholds, and the correction is {ArtifactCorrectionOptions.NameOf(options.Correction.Method)}."));
            }
            else
            {
                review = ArtifactCorrection.ReviewBorderline(recording.Beats, options.Correction, ArtifactCorrection.BorderlineMarginPercent, cleaned);
                if (review.IndicesDependOnBorderlineBeats)
                    problems.Add(new(ProblemCode.IndicesDependOnBorderlineBeats, review.DescribeDependence(), "HRV_RMSSD"));
            }
        }

        HrvResult? hrv = null;
        Step(RecordingAnalysisStage.Hrv, 10);
        if (parts.HasFlag(AnalysisParts.Hrv))
        {
            if (cleaned is null)
                problems.Add(new(ProblemCode.NoBeats, "No beat-to-beat data: HRV indices and beat quality need RR intervals or beat times."));
            else
                hrv = HrvAnalysis.Compute(cleaned, options.Hrv);
        }

        ExerciseTestReport? exercise = null;
        Step(RecordingAnalysisStage.ExerciseTest, 60);
        if (parts.HasFlag(AnalysisParts.Exercise))
        {
            if (!recording.HasBeats && recording.HeartRate.Count == 0)
            {
                problems.Add(new(ProblemCode.NoHeartRate, "No heart rate: the exercise test needs beats or heart-rate samples."));
            }
            else
            {
                var exerciseOptions = options.EffectiveExercise;
                exercise = cleaned is not null && exerciseOptions.BeatScreening == BeatScreeningMethod.ArtifactCorrection
                    ? ExerciseTestAnalysis.ComputeFromCleaned(recording, exerciseOptions, cleaned)
                    : ExerciseTestAnalysis.Compute(recording, exerciseOptions);
                problems.AddRange(exercise.Problems);
            }
        }

        IReadOnlyList<RollingHrvSnapshot> rolling = [];
        Step(RecordingAnalysisStage.RollingHrv, 85);
        if (parts.HasFlag(AnalysisParts.Rolling) && cleaned is { Intervals.Count: > 0 })
        {
            var total = cleaned.Intervals.Count;
            var done = 0;
            var beats = cleaned.Intervals.ToBeats().Select(beat =>
            {
                if (++done % 4096 == 0) Step(RecordingAnalysisStage.RollingHrv, 85 + (15.0 * done / total));
                return beat;
            });
            rolling = beats.RollingHrv(options.Rolling).ToArray();
        }

        AutonomicResult? autonomic = null;
        if (options.Autonomic is { } autonomicOptions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!recording.HasBeats)
            {
                problems.Add(new(ProblemCode.NoBeats, "No beat-to-beat data: the autonomic reflex test needs RR intervals or beat times."));
            }
            else
            {
                autonomic = AutonomicAnalysis.Compute(recording, autonomicOptions);
                problems.AddRange(autonomic.TestProblems);
            }
        }

        Step(RecordingAnalysisStage.Done, 100);

        return new RecordingAnalysisResult
        {
            Recording = recording,
            Options = options,
            Cleaned = cleaned,
            BorderlineReview = review,
            Hrv = hrv,
            Exercise = exercise,
            Rolling = rolling,
            Autonomic = autonomic,
            Problems = problems,
        };
    }
}
