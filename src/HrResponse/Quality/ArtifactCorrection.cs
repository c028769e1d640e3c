using HrResponse.Quality.Internal;

namespace HrResponse.Quality;

/// <summary>
/// Finds and corrects artifacts in RR series (ectopic, missed and extra beats, long and short intervals, dropouts)
/// and reports what was changed.
/// </summary>
public static class ArtifactCorrection
{
    /// <summary>
    /// Detects and corrects artifacts in consecutive RR intervals in milliseconds (the first interval starts at 0 s):
    /// <c>Clean(RrIntervals.FromMilliseconds(rrMs), options)</c>; see <see cref="Clean(RrIntervals, ArtifactCorrectionOptions?)"/>.
    /// </summary>
    /// <param name="rrMs">RR intervals in milliseconds; each finite and greater than 0.</param>
    /// <param name="options">Method and settings; <see cref="ArtifactCorrectionOptions.Default"/> when null.</param>
    /// <returns>The cleaned series with its quality report.</returns>
    /// <exception cref="ArgumentException">A value is not finite or not positive, the values look like seconds, or a setting is out of range.</exception>
    public static CleanedRrIntervals Clean(ReadOnlySpan<double> rrMs, ArtifactCorrectionOptions? options = null) =>
        Clean(RrIntervals.FromMilliseconds(rrMs), options);

    /// <summary>
    /// Cleans an RR series: detects artifacts with <see cref="ArtifactCorrectionOptions.Method"/> and repairs or
    /// excludes them per <see cref="ArtifactCorrectionOptions.Action"/>, returning the cleaned series, a
    /// <see cref="QualityReport"/> and one <see cref="BeatRecord"/> per beat.
    /// </summary>
    /// <remarks>
    /// <para>Steps, in order:</para>
    /// <list type="number">
    /// <item>Beat-time discontinuities: where the input's beat times jump by more than the interval plus
    /// <see cref="ArtifactCorrectionOptions.TimeJumpTolerance"/>, a gap is marked before the interval (all methods,
    /// including None). Gaps already set in the input are kept.</item>
    /// <item>Dropouts (all methods except None): an interval longer than
    /// <see cref="ArtifactCorrectionOptions.DropoutMedianMultiple"/> (2.5) times the centred 11-beat median of its
    /// run spans several lost beats; it is removed and the next interval gets a gap before it. It is never
    /// interpolated.</item>
    /// <item>Detection on each gap-free run separately (windows never look across a gap), then correction.
    /// Lipponen–Tarvainen repeats detect-and-correct while the number of artifacts found falls (at most
    /// <see cref="ArtifactCorrectionOptions.MaxPasses"/> passes); the other methods run once.</item>
    /// </list>
    /// <para>Beat times of the cleaned series: kept and interpolated beats keep their recorded times (only an
    /// interpolated beat's interval value changes, as in Kubios, which interpolates the RR series on its own time
    /// axis); a beat inserted into a missed-beat interval sits at its middle (the beat time minus half the
    /// interval); a removed extra beat's interval is added to the next one, which keeps its time. Next to corrected
    /// beats, the difference of beat times may therefore differ from the interval; <see cref="RrIntervals"/> allows
    /// this.</para>
    /// <para>Interpolation: each block of flagged intervals is replaced by a natural cubic spline through up to three
    /// accepted intervals on each side (clamped to their range). An ectopic pair whose recorded total is within 10 %
    /// of one interval of the interpolated total (a premature beat with a full compensatory pause, which moves the
    /// beat but not the sinus rhythm) keeps its recorded total, the difference shared equally by its two
    /// intervals.</para>
    /// <para>Cost: O(n·w) per pass with w the window lengths (sorted rolling windows, no sort per beat).</para>
    /// <para>The input is not modified.</para>
    /// </remarks>
    /// <param name="rr">The series to clean.</param>
    /// <param name="options">Method and settings; <see cref="ArtifactCorrectionOptions.Default"/> when null.</param>
    /// <returns>The cleaned series with its quality report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rr"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting in <paramref name="options"/> is out of range (the message names it).</exception>
    public static CleanedRrIntervals Clean(RrIntervals rr, ArtifactCorrectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= ArtifactCorrectionOptions.Default;
        options.Validate(nameof(options));
        using var state = new CorrectionState(rr, options);
        state.MarkDiscontinuities();
        if (options.Method != ArtifactDetectionMethod.None)
        {
            state.RemoveDropouts();
            state.RunMethod();
        }

        return state.Build();
    }

    /// <summary>
    /// Corrects artifacts whose positions and types are already known (no detection): beat-time discontinuities are
    /// marked as in <see cref="Clean(RrIntervals, ArtifactCorrectionOptions?)"/>, then every given artifact is corrected in one pass by the same rules. Used to
    /// measure what correction alone does when detection is perfect (the injection tests).
    /// </summary>
    /// <param name="rr">The series.</param>
    /// <param name="artifacts">Input index and type of each artifact (ectopic, missed, extra, long, short).</param>
    /// <param name="options">Correction settings (the method is ignored).</param>
    internal static CleanedRrIntervals CorrectKnown(RrIntervals rr, IEnumerable<(int Index, ArtifactType Type)> artifacts, ArtifactCorrectionOptions options)
    {
        using var state = new CorrectionState(rr, options);
        state.MarkDiscontinuities();
        state.ApplyKnown(artifacts);
        return state.Build();
    }
}
