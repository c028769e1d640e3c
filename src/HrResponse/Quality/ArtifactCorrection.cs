using System.Globalization;
using HrResponse.Quality.Internal;
using HrResponse.Hrv;
using HrResponse.Internal;

namespace HrResponse.Quality;

/// <summary>
/// Finds and corrects artifacts in RR series (ectopic, missed and extra beats, long and short intervals, dropouts)
/// and reports what was changed.
/// </summary>
public static class ArtifactCorrection
{
    /// <summary>
    /// The index-table names that a missed artifact or a falsely flagged beat moves most, the most sensitive first:
    /// beat-to-beat and spread indices, spectral powers and their ratios, Poincaré, DFA α1 and the entropies. Means, medians and mean heart rate
    /// move little and are not listed.
    /// </summary>
    private static readonly string[] DetectionSensitiveIndices =
    [
        "HRV_RMSSD", "HRV_SDSD", "HRV_pNN50", "HRV_pNN20", "HRV_SDNN", "HRV_CVNN", "HRV_CVSD", "HRV_MinNN", "HRV_MaxNN",
        "HRV_LF", "HRV_HF", "HRV_VHF", "HRV_TP", "HRV_LFHF", "HRV_LFn", "HRV_HFn",
        "HRV_SD1", "HRV_SD2", "HRV_SD1SD2", "HRV_DFA_alpha1", "HRV_ApEn", "HRV_SampEn",
    ];

    /// <summary>The indices <see cref="ProblemCode.CorrectionUncertain"/> concerns: those the bounds are computed for, and the beat-to-beat ones that move with them.</summary>
    private static readonly string[] UncertainIndices = ["HRV_RMSSD", "HRV_SDSD", "HRV_pNN50", "HRV_pNN20", "HRV_SDNN", "HRV_HF", "HRV_SD1"];

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
    /// <item>An analyst's edits (<see cref="ArtifactCorrectionOptions.Edits"/>, all methods): the excluded intervals are
    /// removed and replaced by gaps before the dropouts are looked for; the marked intervals are corrected as their
    /// types after them; kept and marked intervals are never removed as dropouts, and the detector's flags on them are
    /// dropped in every pass (<see cref="BeatEdits"/>).</item>
    /// <item>Detection on each gap-free run separately (windows never look across a gap), then correction.
    /// Lipponen–Tarvainen repeats detect-and-correct while the number of artifacts found falls (at most
    /// <see cref="ArtifactCorrectionOptions.MaxPasses"/> passes); the other methods run once.</item>
    /// </list>
    /// <para>Beat times of the cleaned series: kept and interpolated beats keep their recorded times (only an
    /// interpolated beat's interval value changes, as in Kubios, which interpolates the RR series on its own time
    /// axis); a beat inserted into a missed-beat interval sits at the beat time minus the estimated second interval
    /// (the middle with equal halves); a removed extra beat's interval is added to the next one, which keeps its time. Next to corrected
    /// beats, the difference of beat times may therefore differ from the interval; <see cref="RrIntervals"/> allows
    /// this.</para>
    /// <para>Interpolation: each block of flagged intervals is replaced by a natural cubic spline through up to three
    /// accepted intervals on each side (clamped to their range). An ectopic pair whose recorded total is within 10 %
    /// of one interval of the interpolated total (a premature beat with a full compensatory pause, which moves the
    /// beat but not the sinus rhythm) keeps its recorded total, the difference shared equally by its two
    /// intervals. With <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>, with p the prematurity (the
    /// interpolated minus the recorded first interval, in absolute value), the recorded total is kept unless it is
    /// shorter than the interpolated total by more than max(10 %, p/2) or longer by more than max(10 %, 2p): a
    /// premature beat that resets the sinus node leaves the pair short by about p, one with a full compensatory pause
    /// only by the rhythm's own variability, and a reset never lengthens the pair. A longer recorded total is also
    /// kept when it lasts two cycles of the kept interval just before the pair (within 10 % of one), the classic full
    /// compensatory pause, with the premature interval at most 80 % of that interval and 90 % of its interpolated value
    /// (the anchors can miss a rise of the rhythm just before the beat). The split of such a pair follows
    /// the spline clamped to the anchors' range widened by half its span (so that a trend across the pair is not cut
    /// off), shifted equally to keep the total. Replacing both intervals by interpolated values would lose or add time
    /// and bias RMSSD and SDNN. These spline values are what <see cref="IntervalEstimator.CubicSpline"/> keeps; the
    /// default estimator (<see cref="ArtifactCorrectionOptions.Estimator"/>) replaces them by an autoregressive
    /// estimate, its conditional mean after each pass and, once the flags are final, every estimated interval (the
    /// halves of a missed beat too, a kept total still kept) with the variance-preserving shift.</para>
    /// <para>Short recordings: when the input, or a gap-free stretch of it (split at gaps, discontinuities and dropouts,
    /// as detection is), has fewer intervals than the method's window (91 beats for Lipponen–Tarvainen's thresholds,
    /// 11 for the local median), the report carries a <see cref="ProblemCode.ShorterThanDetectorWindow"/>
    /// warning naming those beats and the indices that missed or false detections move most
    /// (<see cref="QualityReport.Warnings"/>). Detection still runs there, with windows cut to the beats at hand.</para>
    /// <para>Cost: O(n·w) per pass with w the window lengths (sorted rolling windows, no sort per beat). On a gap-free
    /// stretch of at least 16,384 beats, Lipponen–Tarvainen's two rolling-quartile passes (|dRR| and |mRR|) run on two
    /// threads of the thread pool when the machine has more than one core; the results are the same.</para>
    /// <para>The input is not modified.</para>
    /// </remarks>
    /// <param name="rr">The series to clean.</param>
    /// <param name="options">Method and settings; <see cref="ArtifactCorrectionOptions.Default"/> when null.</param>
    /// <returns>The cleaned series with its quality report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rr"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting in <paramref name="options"/> is out of range (the message names it), or
    /// an edit (<see cref="ArtifactCorrectionOptions.Edits"/>) names an interval beyond the series.</exception>
    public static CleanedRrIntervals Clean(RrIntervals rr, ArtifactCorrectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= ArtifactCorrectionOptions.Default;
        options.Validate(nameof(options));
        using var state = new CorrectionState(rr, options);
        state.MarkDiscontinuities();
        state.ApplyExclusions();
        if (options.Method != ArtifactDetectionMethod.None) state.RemoveDropouts();
        state.ApplyMarks();
        if (options.Method != ArtifactDetectionMethod.None) state.RunMethod();

        var cleaned = state.Build();
        var quality = cleaned.Quality with { DenseArtifactIndices = DenseArtifactStretches(rr.Count, cleaned.Quality, options) };
        QualityWarning[] warnings = [.. new[] { ShortRunWarning(rr, quality, options), LocalLimitWarning(quality, options), DenseArtifactWarning(quality, options), NonSinusStepWarning(quality, cleaned.Intervals), AmbiguousReadingWarning(quality), UncertaintyWarning(quality, options) }.OfType<QualityWarning>()];
        return cleaned with { Quality = warnings.Length == 0 ? quality : quality with { Warnings = warnings } };
    }

    /// <summary>
    /// A <see cref="ProblemCode.CorrectionUncertain"/> warning when the correction's 95 % bound on RMSSD or SDNN
    /// exceeds <see cref="ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/> or
    /// <see cref="ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/>; null otherwise (and when a bound is NaN), and for
    /// a recording whose indices are called unreliable as a whole (as the local-limit warning, it would only repeat that;
    /// <see cref="QualityReport.CorrectionUncertain"/> and the bounds still say it).
    /// </summary>
    private static QualityWarning? UncertaintyWarning(QualityReport report, ArtifactCorrectionOptions options)
    {
        if (report.CorrectionUncertain != true || report.IndicesUnreliable == true) return null;
        var rmssd = report.RmssdCorrectionUncertaintyPercent;
        var sdnn = report.SdnnCorrectionUncertaintyPercent;
        var message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The {report.ChangedBeatIndices.Count} interval{(report.ChangedBeatIndices.Count == 1 ? " the correction changed leaves" : "s the correction changed leave")} RMSSD uncertain by {Percent(rmssd)} and SDNN by {Percent(sdnn)} (95 % bounds; accepted: {options.MaxRmssdUncertaintyPercent:0.#} % and {options.MaxSdnnUncertaintyPercent:0.#} %): the beat-to-beat steps at estimated or left-out intervals are lost, so beat-to-beat indices are estimates to that precision.{UndetectedText(report)}{UndecidedText(report)}");
        return new QualityWarning
        {
            Code = ProblemCode.CorrectionUncertain,
            Message = message,
            AffectedIndices = Array.AsReadOnly(UncertainIndices),
            BeatIndices = report.ChangedBeatIndices,
        };
    }

    // The uncertainty warning's sentence on the undetected artifacts its bounds allow for (empty when none).
    private static string UndetectedText(QualityReport report) => report.UndetectedArtifactAllowance == 0 ? "" : string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $" The bounds also allow for up to {report.UndetectedArtifactAllowance} artifact{(report.UndetectedArtifactAllowance == 1 ? "" : "s")}, like the ones found elsewhere, that may stay undetected among the {report.DetectionLimitExceededBeatPercent:0.0} % of beats where the local detection limit is exceeded.");

    // The uncertainty warning's sentence on the undecided readings its bounds reach (empty when none moves an index).
    private static string UndecidedText(QualityReport report)
    {
        var (rmssd, sdnn) = (report.AmbiguousReadingRmssdChangePercent, report.AmbiguousReadingSdnnChangePercent);
        if (!(double.IsFinite(rmssd) && double.IsFinite(sdnn)) || (rmssd == 0 && sdnn == 0)) return "";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $" They also reach the other reading of the short–long pairs the detector could not decide (RMSSD {rmssd:+0.0;−0.0;0.0} %, SDNN {sdnn:+0.0;−0.0;0.0} %).");
    }

    /// <summary>
    /// A <see cref="ProblemCode.DetectionLimitExceededLocally"/> warning when some beats of a recording whose indices
    /// are not already called unreliable lie where the local detection limit reaches
    /// <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>; null otherwise.
    /// </summary>
    private static QualityWarning? LocalLimitWarning(QualityReport report, ArtifactCorrectionOptions options)
    {
        var beats = report.DetectionLimitExceededBeats;
        if (report.IndicesUnreliable != false || beats.Count == 0) return null;
        var message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{report.DetectionLimitExceededBeatPercent:0.0} % of the beats ({beats.Count}, from input index {beats[0]} to {beats[^1]}) lie where the natural beat-to-beat steps are as large as artifacts (local detection limit ≥ {options.MaxDetectionLimitPercent:0.#} %; {report.DetectionLimitPercent:0.0} % for the recording): there premature beats and ×0.7/×1.35 intervals may be kept and natural beats corrected, and the indices of the whole series include them.");
        return new QualityWarning
        {
            Code = ProblemCode.DetectionLimitExceededLocally,
            Message = message,
            AffectedIndices = Array.AsReadOnly(DetectionSensitiveIndices),
            BeatIndices = [.. beats],
        };
    }

    /// <summary>
    /// <see cref="QualityReport.DenseArtifactIndices"/>. With an artifact at about every other beat the window's median —
    /// the local reference of the detector, the dropout test and the estimates — is taken over artifact intervals (5
    /// pairs cover 10 of 11), too few natural intervals stand in a row to estimate from, and what the correction puts
    /// there depends on every detail of the detector (docs/beat-quality.md item 49). Scattered artifacts rarely come so
    /// close: on the issue-14 benchmark, 0–1 of 256 runs per kind at 5 % and 1–9 at 10 % have such a stretch, no clean
    /// stretch does.
    /// </summary>
    private static List<int> DenseArtifactStretches(int n, QualityReport report, ArtifactCorrectionOptions options)
    {
        var window = options.MedianWindowBeats;
        var minimum = DenseArtifactMinimum(window);
        var beats = new List<int>();
        if (n < window || report.Artifacts.Count < minimum) return beats;
        var artifact = new bool[n];
        foreach (var a in report.Artifacts)
            if (a.Type != ArtifactType.Discontinuity && a.Index >= 0 && a.Index < n) artifact[a.Index] = true;

        var dense = new bool[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (artifact[i]) count++;
            if (i >= window && artifact[i - window]) count--;
            if (i >= window - 1 && count >= minimum) dense.AsSpan(i - window + 1, window).Fill(true);
        }

        for (var i = 0; i < n; i++)
            if (dense[i]) beats.Add(i);
        return beats;
    }

    // The artifacts among W consecutive intervals that make a stretch dense: max(2, (W − 1) / 2), 5 of 11.
    private static int DenseArtifactMinimum(int window) => Math.Max(2, (window - 1) / 2);

    /// <summary>
    /// A <see cref="ProblemCode.DenseArtifacts"/> warning naming the stretches of
    /// <see cref="QualityReport.DenseArtifactIndices"/> (merged into ranges) and how to exclude them; null when there are none.
    /// </summary>
    private static QualityWarning? DenseArtifactWarning(QualityReport report, ArtifactCorrectionOptions options)
    {
        var beats = report.DenseArtifactIndices;
        if (beats.Count == 0) return null;
        var stretches = HrResponse.Internal.IndexRuns.Of(beats);

        const int Shown = 5;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var listed = string.Join(", ", stretches.Take(Shown).Select(r => string.Create(culture, $"{r.First}–{r.Last}")))
            + (stretches.Count > Shown ? string.Create(culture, $" and {stretches.Count - Shown} more") : "");
        var window = options.MedianWindowBeats;
        var message = string.Create(culture,
            $"{stretches.Count} stretch{(stretches.Count == 1 ? "" : "es")} of input intervals ({listed}; {beats.Count} intervals, {report.DenseArtifactPercent:0.0} % of the recording) hold an artifact at about every other beat ({DenseArtifactMinimum(window)} or more within {window} intervals, MedianWindowBeats): the local median that detection and correction refer to is taken over artifacts there, so the corrected intervals are guesses, and every beat-to-beat index includes them. Unless such a stretch is a real rhythm to analyse, exclude it as noise (ArtifactCorrectionOptions.Edits; in the CLI --exclude-beats {stretches[0].First}-{stretches[0].Last}).");
        return new QualityWarning
        {
            Code = ProblemCode.DenseArtifacts,
            Message = message,
            AffectedIndices = Array.AsReadOnly(DetectionSensitiveIndices),
            BeatIndices = beats,
        };
    }

    /// <summary>
    /// A <see cref="ProblemCode.NonSinusSteps"/> warning naming <see cref="QualityReport.NonSinusStepBeats"/>, the
    /// intervals of the cleaned series at a step beyond Kamath and Fallen's sinus limits; null when there are none, and
    /// for a recording whose indices are called unreliable as a whole (as the local-limit warning, it would only repeat
    /// that; the report still lists the beats). The message gives RMSSD of <paramref name="cleaned"/> with and without
    /// those steps (NonSinusSteps.Rmssd), so that a user sees how much they decide it.
    /// </summary>
    private static QualityWarning? NonSinusStepWarning(QualityReport report, RrIntervals cleaned)
    {
        var beats = report.NonSinusStepBeats;
        if (beats.Count == 0 || report.IndicesUnreliable == true) return null;
        var culture = CultureInfo.InvariantCulture;
        var listed = FirstIndices(beats);
        var (every, sinus) = NonSinusSteps.Rmssd(cleaned.Milliseconds, cleaned.GapBefore);
        static string Change(double from, double to) => double.IsFinite(from) && double.IsFinite(to) && from > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{100 * (to - from) / from:+0.0;−0.0;0.0} %") : "no comparison";
        var message = string.Create(culture,
            $"{beats.Count} interval{(beats.Count == 1 ? " of the cleaned series is" : "s of the cleaned series are")} reached or left by a step no sinus beat makes (over +{100 * KamathLimits.LongerMaxFraction:0.0} % or −{100 * KamathLimits.ShorterMaxFraction:0.0} % in one beat; Kamath and Fallen's limits), at input indices {listed}: each is an artifact or ectopic beat the detector took for the rhythm, or a natural abrupt pause. RMSSD is {every:0.0} ms over every beat-to-beat step and {sinus:0.0} ms without these ({Change(every, sinus)}): review them first, and mark or keep them (ArtifactCorrectionOptions.Edits).");
        return new QualityWarning
        {
            Code = ProblemCode.NonSinusSteps,
            Message = message,
            AffectedIndices = Array.AsReadOnly(DetectionSensitiveIndices),
            BeatIndices = beats,
        };
    }

    /// <summary>
    /// A <see cref="ProblemCode.AmbiguousReadings"/> warning naming <see cref="QualityReport.AmbiguousReadingBeats"/> and
    /// how far RMSSD and SDNN move with every such pair read the other way
    /// (<see cref="QualityReport.AmbiguousReadingRmssdChangePercent"/>, <see cref="QualityReport.AmbiguousReadingSdnnChangePercent"/>);
    /// null when there are none, and for a recording whose indices are called unreliable as a whole.
    /// </summary>
    private static QualityWarning? AmbiguousReadingWarning(QualityReport report)
    {
        var beats = report.AmbiguousReadingBeats;
        if (beats.Count == 0 || report.IndicesUnreliable == true) return null;
        var culture = CultureInfo.InvariantCulture;
        var listed = FirstIndices(beats);
        var (rmssd, sdnn) = (report.AmbiguousReadingRmssdChangePercent, report.AmbiguousReadingSdnnChangePercent);
        var effect = double.IsFinite(rmssd) && double.IsFinite(sdnn) && (rmssd != 0 || sdnn != 0)
            ? string.Create(culture, $" Read the other way, they would move RMSSD by {rmssd:+0.0;−0.0;0.0} % and SDNN by {sdnn:+0.0;−0.0;0.0} % (the correction's bounds include this):")
            : " Each choice moves SDNN of a 100-beat recording by a few percent:";
        var message = string.Create(culture,
            $"{beats.Count} intervals (input indices {listed}) belong to short–long pairs whose reading the detector cannot decide: a premature beat and its pause (both intervals corrected) or one artifact beside a natural interval (that one alone corrected), which no threshold tells apart; a model of the neighbouring intervals fits the reading not taken almost as well.{effect} review them, and mark or keep them (ArtifactCorrectionOptions.Edits).");
        return new QualityWarning
        {
            Code = ProblemCode.AmbiguousReadings,
            Message = message,
            AffectedIndices = Array.AsReadOnly(DetectionSensitiveIndices),
            BeatIndices = beats,
        };
    }

    // The first ten input indices, comma-separated, and how many more (the beat lists of the warnings).
    private static string FirstIndices(IReadOnlyList<int> beats)
    {
        const int Shown = 10;
        var culture = CultureInfo.InvariantCulture;
        return string.Join(", ", beats.Take(Shown).Select(b => b.ToString(culture))) + (beats.Count > Shown ? string.Create(culture, $" and {beats.Count - Shown} more") : "");
    }

    private static string Percent(double value) =>
        double.IsFinite(value) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"±{value:0.0} %") : "an unknown amount";

    /// <summary>
    /// The detection window of a method in beats (the longest window it estimates thresholds or a reference over, and
    /// the dropout median), or 0 for <see cref="ArtifactDetectionMethod.None"/>.
    /// </summary>
    internal static int DetectorWindowBeats(ArtifactCorrectionOptions options) => options.Method switch
    {
        ArtifactDetectionMethod.None => 0,
        ArtifactDetectionMethod.LipponenTarvainen2019 => Math.Max(options.LipponenThresholdWindowBeats, options.MedianWindowBeats),
        ArtifactDetectionMethod.Acar => Math.Max(options.AcarWindowBeats + 1, options.MedianWindowBeats),
        _ => options.MedianWindowBeats,
    };

    /// <summary>
    /// A <see cref="ProblemCode.ShorterThanDetectorWindow"/> warning when a gap-free stretch of the input (split
    /// at input gaps, discontinuities and removed dropouts, as detection is) has fewer intervals than the method's
    /// window; null otherwise.
    /// </summary>
    private static QualityWarning? ShortRunWarning(RrIntervals rr, QualityReport report, ArtifactCorrectionOptions options)
    {
        var window = DetectorWindowBeats(options);
        var n = rr.Count;
        if (window == 0 || n == 0) return null;
        if (n >= window && !rr.HasGaps && !report.Artifacts.Any(a => a.Type is ArtifactType.Discontinuity or ArtifactType.Dropout))
            return null; // one gap-free stretch as long as the window

        var breakBefore = new bool[n];
        var removed = new bool[n];
        var gapBefore = rr.GapBefore;
        for (var i = 0; i < n; i++) breakBefore[i] = gapBefore[i];
        foreach (var a in report.Artifacts)
        {
            if (a.Index < 0 || a.Index >= n) continue;
            if (a.Type == ArtifactType.Discontinuity) breakBefore[a.Index] = true;
            else if (a.Type == ArtifactType.Dropout) removed[a.Index] = true;
        }

        var affected = new List<int>();
        var shortRuns = 0;
        var shortest = int.MaxValue;
        var start = -1;
        for (var i = 0; i <= n; i++)
        {
            var ends = i == n || removed[i] || breakBefore[i];
            if (ends && start >= 0)
            {
                var length = i - start;
                if (length < window)
                {
                    shortRuns++;
                    shortest = Math.Min(shortest, length);
                    for (var k = start; k < i; k++) affected.Add(k);
                }

                start = -1;
            }

            if (i < n && !removed[i] && start < 0) start = i;
        }

        if (shortRuns == 0) return null;
        var name = ArtifactCorrectionOptions.NameOf(options.Method);
        var what = options.Method switch
        {
            ArtifactDetectionMethod.LipponenTarvainen2019 => $"the {window}-beat window over which {name} sets its thresholds (LipponenThresholdWindowBeats)",
            ArtifactDetectionMethod.Acar => $"the {window}-beat window of {name} (AcarWindowBeats preceding beats, and the MedianWindowBeats median of dropout detection)",
            ArtifactDetectionMethod.ThresholdVeryLow or ArtifactDetectionMethod.ThresholdLow or ArtifactDetectionMethod.ThresholdMedium
                or ArtifactDetectionMethod.ThresholdStrong or ArtifactDetectionMethod.ThresholdVeryStrong =>
                $"the {window}-beat local median (MedianWindowBeats) that {name} compares each interval with",
            _ => $"the {window}-beat local median (MedianWindowBeats) of the dropout detection that runs before {name}",
        };
        var where = affected.Count == n && shortRuns == 1
            ? $"The recording has {n} intervals, fewer than {what}: "
            : $"{shortRuns} gap-free stretch(es) holding {affected.Count} of {n} intervals (the shortest {shortest}) are shorter than {what}; detection never looks across a gap, so there ";
        var message = where +
            $"the window holds as few as {shortest} beat{(shortest == 1 ? string.Empty : "s")}, artifacts among them included, and artifacts may go undetected or normal beats be flagged. " +
            "Indices that missed or false detections move most (most sensitive first) are less reliable: " + string.Join(", ", DetectionSensitiveIndices) + ".";
        return new QualityWarning
        {
            Code = ProblemCode.ShorterThanDetectorWindow,
            Message = message,
            AffectedIndices = Array.AsReadOnly(DetectionSensitiveIndices),
            BeatIndices = affected.ToArray(),
            WindowBeats = window,
        };
    }

    /// <summary>
    /// What the Lipponen–Tarvainen decision leaves to chance: the input intervals flagged with the thresholds lowered by
    /// <paramref name="marginPercent"/> and not with them raised by it (α and the minimum threshold percent both scaled
    /// by 1 ∓ margin/100), each with whether <paramref name="options"/> themselves flag it, and RMSSD and SDNN of the
    /// corrected series over the three cleanings. The quartile thresholds are estimates whose own noise is about that
    /// size: on the issue-14 benchmark a run's Th1 differed from the clean recording's by −11 to +9 % (10th–90th
    /// percentile) with the same natural beats, and natural beats within that margin of a threshold were flagged in some
    /// runs and not in others (docs/beat-quality.md). These are the beats an analyst should look at before trusting
    /// beat-to-beat indices; <see cref="ArtifactCorrectionOptions.Edits"/> keeps or marks them. Cost: three runs of
    /// <see cref="Clean(RrIntervals, ArtifactCorrectionOptions?)"/> (the given options and both margins, side by side on
    /// several cores) and their time-domain indices.
    /// </summary>
    /// <param name="rr">The series.</param>
    /// <param name="options">The settings the decision is made with (method Lipponen–Tarvainen); <see cref="ArtifactCorrectionOptions.Default"/> when null.</param>
    /// <param name="marginPercent">How far the thresholds are moved each way, in percent (0–50). Default 10.</param>
    /// <returns>The borderline intervals and the indices' ranges; <see cref="BorderlineReview.IndicesDependOnBorderlineBeats"/>
    /// compares the ranges with <see cref="ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/> and
    /// <see cref="ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rr"/> is null.</exception>
    /// <exception cref="ArgumentException">The method is not Lipponen–Tarvainen, the margin is out of range, or a setting is.</exception>
    public static BorderlineReview ReviewBorderline(RrIntervals rr, ArtifactCorrectionOptions? options = null, double marginPercent = BorderlineMarginPercent) =>
        ReviewBorderline(rr, options, marginPercent, null);

    /// <summary>The default margin of <see cref="ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/>, in percent (the pipeline's too).</summary>
    internal const double BorderlineMarginPercent = 10;

    /// <summary>
    /// <see cref="ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/>, reusing
    /// <paramref name="given"/>, the cleaning of <paramref name="rr"/> with <paramref name="options"/>, when the caller
    /// has it (the pipeline does): two cleanings instead of three.
    /// </summary>
    internal static BorderlineReview ReviewBorderline(RrIntervals rr, ArtifactCorrectionOptions? options, double marginPercent, CleanedRrIntervals? given)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= ArtifactCorrectionOptions.Default;
        if (options.Method != ArtifactDetectionMethod.LipponenTarvainen2019)
            throw new ArgumentException($"Borderline beats are defined by Lipponen–Tarvainen's thresholds; the method is {ArtifactCorrectionOptions.NameOf(options.Method)}.", nameof(options));
        Guard.InRange(marginPercent, 0, 50, nameof(marginPercent));
        ArtifactCorrectionOptions Scaled(double factor) => options with
        {
            LipponenAlpha = options.LipponenAlpha * factor,
            LipponenMinimumThresholdPercent = options.LipponenMinimumThresholdPercent * factor,
        };

        // The cleanings are independent (Clean is safe to call concurrently): on several cores they run side by side,
        // and an exception of one of them is rethrown as it was thrown.
        var cleanings = new CleanedRrIntervals[3];
        try
        {
            Parallel.For(0, 3, k => cleanings[k] = k switch
            {
                0 => given ?? Clean(rr, options),
                1 => Clean(rr, Scaled(1 - (marginPercent / 100))),
                _ => Clean(rr, Scaled(1 + (marginPercent / 100))),
            });
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        var (givenCleaning, lowerCleaning, higherCleaning) = (cleanings[0], cleanings[1], cleanings[2]);
        var flagged = FlaggedIntervals(givenCleaning);
        var lower = FlaggedIntervals(lowerCleaning);
        var higher = FlaggedIntervals(higherCleaning);
        var beats = lower.Keys.Union(higher.Keys).Where(k => lower.ContainsKey(k) != higher.ContainsKey(k)).Order()
            .Select(k => flagged.TryGetValue(k, out var type) ? new BorderlineBeat(k, true, type)
                : new BorderlineBeat(k, false, lower.TryGetValue(k, out var low) ? low : higher[k])).ToArray();
        var (g, l, h) = (TimeDomainAnalysis.Compute(givenCleaning.Intervals), TimeDomainAnalysis.Compute(lowerCleaning.Intervals),
            TimeDomainAnalysis.Compute(higherCleaning.Intervals));
        var rmssd = IndexRange.Of(g.RmssdMs, l.RmssdMs, h.RmssdMs);
        var sdnn = IndexRange.Of(g.SdnnMs, l.SdnnMs, h.SdnnMs);
        return new BorderlineReview
        {
            Options = options,
            MarginPercent = marginPercent,
            Beats = Array.AsReadOnly(beats),
            RmssdMs = rmssd,
            SdnnMs = sdnn,
            IndicesDependOnBorderlineBeats = rmssd.SpreadPercent > options.MaxRmssdUncertaintyPercent || sdnn.SpreadPercent > options.MaxSdnnUncertaintyPercent,
        };
    }

    // The input intervals a cleaning flagged (dropouts and discontinuities aside), with the type of the flag that covers
    // them: an ectopic pair and an extra beat cover their two intervals; the first flag on an interval wins.
    private static Dictionary<int, ArtifactType> FlaggedIntervals(CleanedRrIntervals cleaned)
    {
        var flagged = new Dictionary<int, ArtifactType>();
        foreach (var a in cleaned.Quality.Artifacts)
        {
            if (a.Type is ArtifactType.Dropout or ArtifactType.Discontinuity) continue;
            flagged.TryAdd(a.Index, a.Type);
            if (ArtifactSpan.CoversNext(a.Type) && a.Index + 1 < cleaned.Quality.OriginalCount) flagged.TryAdd(a.Index + 1, a.Type);
        }

        return flagged;
    }

    /// <summary>
    /// Corrects artifacts whose positions and types are already known (no detection): beat-time discontinuities are
    /// marked as in <see cref="Clean(RrIntervals, ArtifactCorrectionOptions?)"/>, then every given artifact is corrected in one pass by the same rules. Used to
    /// measure what correction alone does when detection is perfect (artifact injection, docs/validation.md).
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
