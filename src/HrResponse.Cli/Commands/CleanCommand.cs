using System.CommandLine;
using System.Globalization;
using System.Text;
using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse clean FILE -o OUT.csv</c>: writes the corrected beat series as
/// <c>time_s,rr_ms,action,input_index,artifact,source,borderline,dense,beyond_limit,non_sinus_step,ambiguous_reading</c>, one row per output beat and per removed input
/// beat, and prints the quality report and the borderline beats to review to standard error.
/// </summary>
internal static class CleanCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats." };
        var output = CommonOptions.Output();
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var command = new Command("clean", "Detect and correct artifacts; write one row per beat: time_s, rr_ms, action (kept, interpolated, inserted, removed, gap), input_index, artifact, source (detector or manual), borderline (1: the decision changes with the thresholds ±10 %; review it), dense (1: in a stretch where artifacts start at about every other beat; the corrected values there are guesses, exclude it as noise unless it is a real rhythm), beyond_limit (1: the local detection limit is at or above 15 % there; natural steps are as large as artifacts, which cannot be told from them), non_sinus_step (1: the cleaned series reaches or leaves this interval by a step no sinus beat makes, over +32.5 % or -24.5 %; an artifact taken for the rhythm or a natural pause; review it first), ambiguous_reading (1: one of a short-long pair that is either a premature beat and its pause or one artifact beside a natural interval, which the detector cannot decide; review it).")
        {
            file, output,
        };
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            OutputTargets.Check(analysis.Inputs(parse, path), ("--output", parse.GetValue(output)));
            var (recording, _) = InputLoader.Load(path, analysis.ReadOptions(parse));
            if (!recording.HasBeats)
                throw new CliException($"{path}: cleaning needs beat-to-beat data; this file has only heart-rate samples.", ExitCodes.InputError);
            var (hrv, correction) = analysis.HrvSettings(parse);
            var options = ExerciseRunner.PipelineOptions(hrv, correction, AnalysisParts.BorderlineReview, Exercise.ExerciseTestOptions.Default.Equation, posture: null);
            var result = CliRun.Analyze(recording, options);
            var cleaned = result.Cleaned!;
            var review = result.BorderlineReview;
            var text = Render(cleaned, review?.Beats ?? []);
            var outPath = parse.GetValue(output);
            if (OutputTargets.IsStandardOutput(outPath)) context.Out.Write(text);
            else AtomicFile.WriteAllText(outPath!, text);
            var q = cleaned.Quality;
            context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0}: {1} intervals in{11}, {2} out; {3} artifacts ({4:0.##} %), {5} interpolated, {6} inserted, {7} removed, {8} (longest {9:0.###} s); DFA α1 {10}.",
                path, q.OriginalCount, q.CleanedCount, q.ArtifactCount, q.ArtifactPercent, q.InterpolatedCount, q.InsertedCount,
                q.RemovedCount, q.GapCount == 1 ? "1 gap" : $"{q.GapCount} gaps", q.LongestGapSeconds,
                q.DfaAlpha1Reliable switch { true => "usable (≤ 3 % artifacts)", false => "not reliable (> 3 % artifacts)", null => "not assessed" },
                q.ReconstructedCount > 0 ? $" ({q.ReconstructedCount} rebuilt from beat times, not recorded)" : ""));
            var reviewText = review is null ? "" : BorderlineSection.Text(review);
            if (reviewText.Length > 0) context.Error.WriteLine(reviewText);
            if (review?.DescribeDependence() is { Length: > 0 } dependence) context.Error.WriteLine(dependence);

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The CSV text: <c>time_s,rr_ms,action,input_index,artifact,source,borderline,dense,beyond_limit,non_sinus_step,ambiguous_reading</c>, invariant culture, round-trip numbers.
    /// <c>input_index</c> is the beat's input interval (0-based; what <c>--keep-beats</c> and <c>--mark-beats</c> name);
    /// <c>artifact</c> the types attached to that input interval in the quality report, joined by <c>+</c> when several
    /// passes typed it (an ectopic pair and an extra beat are attached to their first interval), empty when none;
    /// <c>source</c> <c>manual</c> when an analyst marked it, <c>detector</c> otherwise, empty without an artifact;
    /// <c>borderline</c> 1 when the input interval is among <paramref name="borderline"/>, else 0; <c>dense</c> 1 when it
    /// is among <see cref="QualityReport.DenseArtifactIndices"/>, else 0; <c>beyond_limit</c> 1 when it is among
    /// <see cref="QualityReport.DetectionLimitExceededBeats"/>, else 0; <c>non_sinus_step</c> 1 when it is among
    /// <see cref="QualityReport.NonSinusStepBeats"/>, else 0; <c>ambiguous_reading</c> 1 when it is among
    /// <see cref="QualityReport.AmbiguousReadingBeats"/>, else 0.
    /// </summary>
    public static string Render(CleanedRrIntervals cleaned, IReadOnlyList<BorderlineBeat> borderline)
    {
        var sb = new StringBuilder("time_s,rr_ms,action,input_index,artifact,source,borderline,dense,beyond_limit,non_sinus_step,ambiguous_reading\n");
        var review = borderline.Select(b => b.Index).ToHashSet();
        var dense = cleaned.Quality.DenseArtifactIndices.ToHashSet();
        var beyondLimit = cleaned.Quality.DetectionLimitExceededBeats.ToHashSet();
        var nonSinus = cleaned.Quality.NonSinusStepBeats.ToHashSet();
        var ambiguous = cleaned.Quality.AmbiguousReadingBeats.ToHashSet();
        var inv = CultureInfo.InvariantCulture;
        var attached = cleaned.Quality.Artifacts.GroupBy(a => a.Index).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var beat in cleaned.Beats)
        {
            var action = beat.Action.ToString().ToLowerInvariant();
            sb.Append(beat.TimeSeconds.ToString("R", inv)).Append(',').Append(beat.RrMs.ToString("R", inv)).Append(',').Append(action)
                .Append(',').Append(beat.InputIndex.ToString(inv)).Append(',');
            if (attached.TryGetValue(beat.InputIndex, out var artifacts))
            {
                sb.Append(string.Join('+', artifacts.Select(a => a.Type.ToString().ToLowerInvariant()).Distinct()))
                    .Append(',').Append(artifacts.Any(a => a.Manual) ? "manual" : "detector");
            }
            else
            {
                sb.Append(',');
            }

            sb.Append(review.Contains(beat.InputIndex) ? ",1" : ",0").Append(dense.Contains(beat.InputIndex) ? ",1" : ",0")
                .Append(beyondLimit.Contains(beat.InputIndex) ? ",1" : ",0").Append(nonSinus.Contains(beat.InputIndex) ? ",1" : ",0")
                .Append(ambiguous.Contains(beat.InputIndex) ? ",1\n" : ",0\n");
        }

        return sb.ToString();
    }
}
