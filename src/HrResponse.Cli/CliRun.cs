using System.Diagnostics;
using System.Globalization;

namespace HrResponse.Cli;

/// <summary>
/// What one run of the tool carries into every analysis it starts: the cancellation of Ctrl+C / SIGTERM and, when
/// standard error is a terminal, the progress line of a long single-file analysis. Flows with the run (async-local),
/// so in-process runs (tests) do not see each other's.
/// </summary>
internal static class CliRun
{
    private static readonly AsyncLocal<CancellationToken> CancellationValue = new();
    private static readonly AsyncLocal<IProgress<RecordingAnalysisProgress>?> ProgressValue = new();

    /// <summary>Cancelled by Ctrl+C (SIGINT) or SIGTERM.</summary>
    public static CancellationToken Cancellation
    {
        get => CancellationValue.Value;
        set => CancellationValue.Value = value;
    }

    /// <summary>Where a single-file analysis reports progress, or null (batch, or standard error not a terminal).</summary>
    public static IProgress<RecordingAnalysisProgress>? Progress
    {
        get => ProgressValue.Value;
        set => ProgressValue.Value = value;
    }

    /// <summary>
    /// <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> with this run's progress and
    /// cancellation, after checking that the beat edits (<c>--keep-beats</c>, <c>--mark-beats</c>, <c>--exclude-beats</c>) name intervals of
    /// this recording.
    /// </summary>
    /// <exception cref="CliException">An edit names an interval the recording does not have (exit 3).</exception>
    public static RecordingAnalysisResult Analyze(Recording recording, RecordingAnalysisOptions? options)
    {
        if (options?.Correction.Edits is { IsEmpty: false } edits)
        {
            var last = edits.LastIndex;
            if (last >= recording.Beats.Count)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture,
                    $"--keep-beats/--mark-beats/--exclude-beats: interval {last} is beyond the last interval of this recording ({(recording.HasBeats ? (recording.Beats.Count - 1).ToString(CultureInfo.InvariantCulture) : "it has no beats")}); indices are 0-based, as in the input_index column of `hrresponse clean`."),
                    ExitCodes.InputError);
            }
        }

        return RecordingAnalysis.Compute(recording, options, Progress, Cancellation);
    }
}

/// <summary>
/// The progress line on a terminal's standard error: redrawn in place at most 5 times a second, shown only once an
/// analysis has run for a second (short files print nothing), erased at the end.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<RecordingAnalysisProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.MinValue;
    private bool _shown;

    public void Report(RecordingAnalysisProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Stage == RecordingAnalysisStage.Correction && value.Percent == 0) _clock.Restart();
        var elapsed = _clock.Elapsed;
        if (value.Stage == RecordingAnalysisStage.Done)
        {
            if (_shown) error.Write("\r" + new string(' ', 60) + "\r");
            _shown = false;
            error.Flush();
            return;
        }

        if (elapsed < TimeSpan.FromSeconds(1) || elapsed - _last < TimeSpan.FromMilliseconds(200)) return;
        _last = elapsed;
        _shown = true;
        error.Write(string.Format(CultureInfo.InvariantCulture, "\ranalysing: {0,-12} {1,3:0} %  {2:hh\\:mm\\:ss}", value.Stage, value.Percent, elapsed));
        error.Flush();
    }
}
