using HrResponse.Internal;

namespace HrResponse.Quality;

/// <summary>
/// Settings of <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>: the detection method, what is done with flagged beats, and the
/// constants of each method. Every default is documented here; the result's
/// <see cref="QualityReport.Options"/> records the options that produced it.
/// </summary>
public sealed record ArtifactCorrectionOptions
{
    /// <summary>
    /// The short names of the methods (<see cref="NameOf"/> of each member of <see cref="ArtifactDetectionMethod"/>, in
    /// declaration order), accepted by <see cref="FromName"/>. They name the correction in result documents and chart
    /// captions, and are the values of the CLI's <c>--correct</c>.
    /// </summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<ArtifactDetectionMethod>().Select(NameOf)];

    /// <summary>No detection and no correction (<see cref="ArtifactDetectionMethod.None"/>).</summary>
    public static ArtifactCorrectionOptions None { get; } = new() { Method = ArtifactDetectionMethod.None };

    /// <summary>The defaults: Lipponen &amp; Tarvainen (2019) detection with interpolation.</summary>
    public static ArtifactCorrectionOptions Default { get; } = new();

    /// <summary>
    /// The beat correction an HRV preset implies when none is named: <see cref="None"/> for the presets that reproduce
    /// another tool (their HRV functions correct no beats; NeuroKit2's <c>hrv</c>, pyHRV, hrv-analysis, systole, Kubios
    /// HRV), <see cref="Default"/> for <see cref="HrResponse.Hrv.HrvPreset.Default"/> and
    /// <see cref="HrResponse.Hrv.HrvPreset.TaskForce1996"/>. Its <see cref="Estimator"/> is the tool's interpolation
    /// where the tool corrects with one (Kubios HRV: <see cref="IntervalEstimator.CubicSpline"/>), so that a method
    /// named for the preset is <c>FromName(name) with { Estimator = ForPreset(preset).Estimator }</c>.
    /// </summary>
    /// <param name="preset">A defined preset.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined preset.</exception>
    public static ArtifactCorrectionOptions ForPreset(HrResponse.Hrv.HrvPreset preset) => preset switch
    {
        HrResponse.Hrv.HrvPreset.Default or HrResponse.Hrv.HrvPreset.TaskForce1996 => Default,
        HrResponse.Hrv.HrvPreset.Kubios => None with { Estimator = IntervalEstimator.CubicSpline },
        _ when Enum.IsDefined(preset) => None,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, $"Must be a defined {nameof(HrResponse.Hrv.HrvPreset)}; it is {(int)preset}."),
    };

    /// <summary>Detection method. Default <see cref="ArtifactDetectionMethod.LipponenTarvainen2019"/>.</summary>
    public ArtifactDetectionMethod Method { get; init; } = ArtifactDetectionMethod.LipponenTarvainen2019;

    /// <summary>What is done with flagged beats. Default <see cref="CorrectionAction.Interpolate"/>.</summary>
    public CorrectionAction Action { get; init; } = CorrectionAction.Interpolate;

    /// <summary>
    /// How <see cref="CorrectionAction.Interpolate"/> estimates the intervals it replaces. Default
    /// <see cref="IntervalEstimator.AutoregressiveVariancePreserving"/> (unbiased RMSSD and SDNN after correction; docs/beat-quality.md);
    /// <see cref="IntervalEstimator.CubicSpline"/> is Kubios HRV's and the published method's.
    /// </summary>
    public IntervalEstimator Estimator { get; init; } = IntervalEstimator.AutoregressiveVariancePreserving;

    /// <summary>
    /// An analyst's overrides for one recording: intervals kept as recorded and intervals marked as artifacts of a given
    /// type (<see cref="BeatEdits"/>, which says how they are applied). Default <see cref="BeatEdits.None"/>.
    /// </summary>
    public BeatEdits Edits { get; init; } = BeatEdits.None;

    /// <summary>Shortest plausible interval for <see cref="ArtifactDetectionMethod.AbsoluteRange"/>, in ms. Default 300 (200 bpm).</summary>
    public double AbsoluteMinMs { get; init; } = 300;

    /// <summary>Longest plausible interval for <see cref="ArtifactDetectionMethod.AbsoluteRange"/>, in ms. Default 2000 (30 bpm).</summary>
    public double AbsoluteMaxMs { get; init; } = 2000;

    /// <summary>Lipponen–Tarvainen slope constant c1 of the ectopic decision lines in subspace (S11, S12). Default 0.13 (published).</summary>
    public double LipponenC1 { get; init; } = 0.13;

    /// <summary>Lipponen–Tarvainen intercept constant c2 of the ectopic decision lines. Default 0.17 (published).</summary>
    public double LipponenC2 { get; init; } = 0.17;

    /// <summary>Lipponen–Tarvainen threshold scale α: threshold = α × quartile deviation ((Q3 − Q1) / 2). Default 5.2 (published).</summary>
    public double LipponenAlpha { get; init; } = 5.2;

    /// <summary>Lipponen–Tarvainen window for the time-varying thresholds, in beats (odd, centred). Default 91 (published).</summary>
    public int LipponenThresholdWindowBeats { get; init; } = 91;

    /// <summary>
    /// Window of the local median, in beats (odd, centred): Lipponen–Tarvainen's mRR median (published: 11), the
    /// reference of the threshold methods, and the reference of dropout detection. Default 11.
    /// </summary>
    public int MedianWindowBeats { get; init; } = 11;

    /// <summary>
    /// Lower bound of the Lipponen–Tarvainen thresholds Th1 and Th2, in percent of the local median interval. The
    /// published method has none, but with low variability or coarse time resolution (e.g. 7.8 ms steps at 128 Hz)
    /// the quartile deviation is a few milliseconds and ordinary beat-to-beat steps of 2–3 % would be flagged as
    /// ectopic (on the 5-minute NSR excerpts of PhysioNet's NSR RR database, 0 % flags up to 7 % of beats, 8 % almost none). Default
    /// 10 % (70 ms at 700 ms; 8 % until 2026-12-04): on the 24-hour recordings, where the quartile threshold sits near
    /// the floor, natural single intervals 8–10 % off the median were flagged or not with the noise of the threshold
    /// estimate, and 10 % removed most such false alarms on the issue-14 benchmark (docs/beat-quality.md item 29);
    /// premature, missed and extra beats and ×0.7/×1.35 intervals change the interval by 30 % or more. Refinement 9's
    /// off-median test keeps a 6 % floor, so that beats displaced by 6 % among intervals that vary by 1 % (high heart
    /// rate, low variability) are still found. Set 0 for the published method.
    /// </summary>
    public double LipponenMinimumThresholdPercent { get; init; } = 10;

    /// <summary>
    /// When true (default), the Lipponen–Tarvainen classification applies these refinements to the published rules,
    /// each found necessary on real recordings with injected artifacts: an ectopic pair needs its two intervals to
    /// deviate from the local median in opposite directions by comparable amounts (the smaller at least 40 % of the
    /// larger); the long and short rules need the return at the next interval itself; a missed beat must be longer than
    /// 1.5 times the median; later passes reuse the first pass's quartile thresholds; and the quartile thresholds are
    /// estimated with the artifacts left out (first without intervals more than 20 % from the local median, then
    /// without exactly the flagged intervals, until the flagged set no longer changes), because the upper quartile of
    /// |dRR| breaks down when a few artifacts lie close together and the threshold then rises above them (issue 14);
    /// a short interval followed by a long one that together last two local medians (within a quarter of the smaller deviation: compensated) is an ectopic pair even when the
    /// interval after the pause is itself off; the extra-beat sum test accepts 20 % of the median, not only Th2; an interval flagged by the successive-difference
    /// rules must itself lie at least 0.7 × Th1 off its local median (natural alternation, one interval slightly long and
    /// the next slightly short, makes a step twice either offset and is not an ectopic pair); a long interval over 1.5
    /// medians whose half lies within half of Th2 of an adjacent unflagged interval is a missed beat even when the lagging
    /// median is further away; a long interval followed by a short one (a late beat) is an ectopic pair only when the two
    /// keep the duration of two local medians within a quarter of their smaller deviation (a displaced beat keeps the total;
    /// a short artifact after a naturally long interval, or a premature beat after a missed one, does not); a long or short
    /// interval flagged by the successive-difference rules, or an ectopic pair, next to an ectopic pair, an extra or a
    /// missed beat is tested again with that artifact repaired and unflagged when the test no longer holds; a short
    /// interval between two long ones pairs with the longer (a premature beat and its pause rather than a late beat
    /// after the previous interval); where the 11-beat median lags the
    /// rhythm, the ectopic, extra- and missed-beat tests also accept the mean of the artifact's two unflagged neighbours
    /// as reference (a neighbour flagged only by the successive-difference rules counts as unflagged there);
    /// interpolation leaves out anchors more than 20 % from the median of the block's anchors (an
    /// artifact not yet found is not copied into the corrected block); and an ectopic pair keeps its recorded total (the
    /// sinus node keeps its timing through a premature beat with a compensatory pause) unless the recorded total is
    /// shorter than the interpolated total by more than max(10 % of the interval, ½ × prematurity) or longer by more
    /// than max(10 %, 2 × prematurity), prematurity being how much the short interval falls short of its interpolated
    /// value (a longer total is also kept when it lasts two cycles of the kept interval before the pair, within 10 % of
    /// one, the short interval being at most 80 % of that interval and 90 % of its interpolated value), with the split
    /// placed by the spline clamped to the anchors' range widened by half its span (published: within 10 % of one
    /// interval, plain clamp). Further refinements (17–37 in the remarks of the detector): the local median is taken
    /// again with the extra and missed beats found repaired; a short interval that adds up to one interval with either
    /// neighbour pairs with the shorter; the missed-beat half test is capped at 20 % of the median and also takes a
    /// neighbour flagged only by a step; on long runs the first and last 45 beats take the thresholds of the first and
    /// last full window; a long interval of at least 1.8 medians is a missed beat whatever its half; an extra beat is
    /// found inside a premature interval or its pause and where the rhythm jumps; a short interval and the next that
    /// last two cycles of the interval before them are a premature beat with a full compensatory pause; and a step
    /// against an estimated neighbour (half of a split missed beat, or an interval flagged by the mRR rule repaired to
    /// the mean of its neighbours) must pass Th1 by 0.2 Th1; the off-median test keeps a 6 % floor under a higher
    /// threshold floor; an ectopic pair of two intervals within 10 % of the median, where natural steps are of the
    /// order of Th1, needs its step to pass 1.2 Th1 (natural alternation); and a long or short flag of the local-median
    /// rule alone is dropped where an adjacent unflagged interval lies at the same level (within Th1 of it, off its own
    /// median on the same side by at least half as much; a short interval only above 75 % of its median), the rhythm
    /// moving faster than the 11-beat median; a short–long pair that neither lasts two local medians nor has its long
    /// interval above the intervals around it is not an ectopic pair (a ×0.7 interval before a natural one; the short
    /// interval is flagged alone); and after the rules, an ectopic pair, a short flag before an unflagged interval, a
    /// long flag after one and a short flag followed by a long one take the reading (a displaced beat with its total
    /// kept, the first interval alone, the second alone) that an AR(4) model of the unflagged neighbours explains best,
    /// when it lowers the squared prediction errors by more than 16 residual variances and to below half (refinement
    /// 33; a short flag followed by a long one becomes the displaced beat also when that reading is the best and fits
    /// within 16 residual variances); and where the threshold window straddles a change of variability (the start of exercise), a beat takes the
    /// thresholds of the window half a window before or after it when that one's Th1 is under 0.3 of the centred one
    /// and the local steps are closer to it (refinement 34); where the median lags the rhythm and a long interval's two
    /// neighbours agree, its half is tested against them only, not the median, for a missed beat (refinement 35); and a
    /// long or short flag re-tested beside an ectopic pair repaired as two halves keeps its flag only when one of its
    /// two steps passes Th1 by 0.2 Th1 (refinement 36); and once the passes have converged, an unflagged interval
    /// beside a corrected artifact that lies off the rhythm by at least 8 mean natural steps and 5 %, and whose deviation
    /// the artifact's recorded duration makes up for (a displaced beat whose other interval an artifact took), is
    /// corrected too, flagged long or short, the artifact held to the level on its own side (refinement 37); and a long
    /// interval of the dRR rules alone right before an ectopic pair, with no other artifact within 10 beats, is left to
    /// the next pass, which sees the pair corrected (refinement 38); and where a long interval's neighbours disagree in a
    /// fast swing, it is a missed beat when it lasts 1.5 times the longer one, its half lies between them and each is the
    /// rhythm (refinement 39); and below 1.8 medians a long interval is a missed beat only when it splits into two
    /// intervals that follow and lead into its recorded neighbours and each other by sinus steps (no shortening over
    /// 24.5 %, no lengthening over 32.5 %, Kamath and Fallen's limits; refinement 40); an extra beat's parts that add up to an adjacent interval need be short
    /// against the larger of the median and that interval (refinement 41); and a long–short pair whose short interval
    /// begins an extra beat is not an ectopic pair (refinement 42); and runs of double detections (pairs of parts each
    /// adding up to the rhythm, split unevenly the same way, between intervals at the rhythm) are extra beats
    /// (refinement 43); and a short–long pair in a swing whose drop and rise are both non-sinus steps and which lasts
    /// what the two intervals around it do is a premature beat (refinement 44); and a recorded interval whose step in
    /// and step out both exceed Kamath and Fallen's sinus limits, in opposite directions, is short or long unless the
    /// rhythm reaches its level within five beats (refinement 45); and a pair the ectopic rules take whose long interval
    /// lies above the rhythm around it by more than three times what its short one lies below is a long interval alone
    /// (refinement 46); and two intervals each shorter than either neighbour by more than 24.5 %, whose sum is a sinus
    /// step from the one and to the other, are an extra beat (refinement 47). Each is documented with the recording that needed it and its
    /// benchmark effect in docs/beat-quality.md. False applies the published rules (together
    /// with <see cref="LipponenMinimumThresholdPercent"/> = 0 and <see cref="Estimator"/> =
    /// <see cref="IntervalEstimator.CubicSpline"/>, the method exactly as published: interpolation is then the plain
    /// cubic spline through the neighbouring intervals).
    /// </summary>
    public bool LipponenRefinements { get; init; } = true;

    /// <summary>
    /// Maximum number of Lipponen–Tarvainen detect-and-correct passes. Passes repeat while the number of artifacts
    /// found keeps falling (as in NeuroKit2's iterative mode); this caps them. Later passes reuse the quartile
    /// thresholds of the first pass (with <see cref="LipponenRefinements"/>). Default 10.
    /// </summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>
    /// Allowed relative change, in percent, for <see cref="ArtifactDetectionMethod.Malik"/>,
    /// <see cref="ArtifactDetectionMethod.Karlsson"/> and <see cref="ArtifactDetectionMethod.Acar"/>. Default 20.
    /// </summary>
    public double RelativeChangePercent { get; init; } = 20;

    /// <summary>Number of preceding accepted intervals averaged by <see cref="ArtifactDetectionMethod.Acar"/>. Default 9.</summary>
    public int AcarWindowBeats { get; init; } = 9;

    /// <summary>
    /// When true (default), the Kubios-style threshold levels, which are stated for 60 bpm, are scaled by the local
    /// median interval divided by 1000 ms (smaller thresholds at higher heart rates). Kubios documents that its
    /// thresholds are for 60 bpm and adjusted for heart rate but does not publish the exact rule; this is ours.
    /// </summary>
    public bool ScaleThresholdToHeartRate { get; init; } = true;

    /// <summary>
    /// An interval longer than this multiple of the local median spans several lost beats: it is a
    /// <see cref="ArtifactType.Dropout"/>, removed and replaced by a gap, never interpolated. A single missed beat
    /// gives about 2, so the default 2.5 leaves those to the detection method. Where lost-beat intervals fill most of
    /// the median's window (<see cref="MedianWindowBeats"/>), the median is itself a lost-beat interval: where it exceeds
    /// the window's lower quartile 1.5 times, the lower quartile is the reference instead. Where the rhythm swings faster
    /// than the median follows, an interval within this multiple of its longer neighbour, both neighbours being the
    /// rhythm (each within 20 % of the interval on its other side), is left to the detection method as one lost beat.
    /// </summary>
    public double DropoutMedianMultiple { get; init; } = 2.5;

    /// <summary>
    /// A beat-time jump in the input longer than the interval by more than this is a
    /// <see cref="ArtifactType.Discontinuity"/> and becomes a gap. Default 200 ms (shorter than any heartbeat).
    /// </summary>
    public TimeSpan TimeJumpTolerance { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Detection limit (<see cref="QualityReport.DetectionLimitPercent"/>) from which
    /// <see cref="QualityReport.IndicesUnreliable"/> is true, in percent. Default 15: premature beats at 65 % of the
    /// interval and single intervals ×0.7 or ×1.35 change an interval by 30–35 %; where the typical threshold is 15 %
    /// of the interval, natural steps of twice that occur within a few hundred beats and such artifacts look like the
    /// recording's own beat-to-beat steps (on the Welltory Polar H10 recordings with RMSSD 73–115 ms, where single
    /// intervals ×1.35 were found in 20–60 % of runs; docs/beat-quality.md).
    /// </summary>
    public double MaxDetectionLimitPercent { get; init; } = 15;

    /// <summary>Highest artifact percentage at which DFA α1 is considered reliable. Default 3 % (Rogers et al. 2021).</summary>
    public double DfaAlpha1MaxArtifactPercent { get; init; } = 3;

    /// <summary>
    /// Largest <see cref="QualityReport.RmssdCorrectionUncertaintyPercent"/> accepted without a
    /// <see cref="ProblemCode.CorrectionUncertain"/> warning, in percent. Default 5 (the accuracy issue 14 asks of
    /// RMSSD after correction; docs/beat-quality.md).
    /// </summary>
    public double MaxRmssdUncertaintyPercent { get; init; } = 5;

    /// <summary>
    /// Largest <see cref="QualityReport.SdnnCorrectionUncertaintyPercent"/> accepted without a
    /// <see cref="ProblemCode.CorrectionUncertain"/> warning, in percent. Default 2 (the accuracy issue 14 asks of
    /// SDNN after correction).
    /// </summary>
    public double MaxSdnnUncertaintyPercent { get; init; } = 2;

    /// <summary>
    /// The options for a short name (see <see cref="Names"/>): <c>none</c>, <c>lipponen-tarvainen</c>, <c>threshold-very-low</c>,
    /// <c>threshold-low</c>, <c>threshold-medium</c>, <c>threshold-strong</c>, <c>threshold-very-strong</c>,
    /// <c>malik</c>, <c>karlsson</c>, <c>kamath</c>, <c>acar</c>, <c>absolute-range</c> (case-insensitive). All other
    /// settings keep their defaults.
    /// </summary>
    /// <param name="name">The method name.</param>
    /// <exception cref="ArgumentException">The name is not one of the valid names (the message lists them).</exception>
    public static ArtifactCorrectionOptions FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        foreach (var method in Enum.GetValues<ArtifactDetectionMethod>())
            if (NameOf(method) == key) return new ArtifactCorrectionOptions { Method = method };
        throw new ArgumentException(
            $"Unknown artifact correction '{name}'; valid names are: {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>The short name of a method (the inverse of <see cref="FromName"/>); one fixed name per enum member.</summary>
    /// <param name="method">A defined method.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined method.</exception>
    public static string NameOf(ArtifactDetectionMethod method) => method switch
    {
        ArtifactDetectionMethod.None => "none",
        ArtifactDetectionMethod.LipponenTarvainen2019 => "lipponen-tarvainen",
        ArtifactDetectionMethod.ThresholdVeryLow => "threshold-very-low",
        ArtifactDetectionMethod.ThresholdLow => "threshold-low",
        ArtifactDetectionMethod.ThresholdMedium => "threshold-medium",
        ArtifactDetectionMethod.ThresholdStrong => "threshold-strong",
        ArtifactDetectionMethod.ThresholdVeryStrong => "threshold-very-strong",
        ArtifactDetectionMethod.Malik => "malik",
        ArtifactDetectionMethod.Karlsson => "karlsson",
        ArtifactDetectionMethod.Kamath => "kamath",
        ArtifactDetectionMethod.Acar => "acar",
        ArtifactDetectionMethod.AbsoluteRange => "absolute-range",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, $"Must be a defined {nameof(ArtifactDetectionMethod)}; it is {(int)method}."),
    };

    /// <summary>
    /// Kubios-style threshold in ms at 60 bpm for a threshold method (450, 350, 250, 150, 50 from very low to very
    /// strong); NaN for other methods.
    /// </summary>
    /// <param name="method">The method.</param>
    public static double ThresholdLevelMs(ArtifactDetectionMethod method) => method switch
    {
        ArtifactDetectionMethod.ThresholdVeryLow => 450,
        ArtifactDetectionMethod.ThresholdLow => 350,
        ArtifactDetectionMethod.ThresholdMedium => 250,
        ArtifactDetectionMethod.ThresholdStrong => 150,
        ArtifactDetectionMethod.ThresholdVeryStrong => 50,
        _ => double.NaN,
    };

    /// <summary>Throws when a setting is out of range; called by <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>.</summary>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Method))
            throw new ArgumentOutOfRangeException(paramName, Method, $"{nameof(Method)} must be a defined {nameof(ArtifactDetectionMethod)}; it is {(int)Method}.");
        if (Action is not (CorrectionAction.Interpolate or CorrectionAction.ExcludeAndMarkGaps))
            throw new ArgumentOutOfRangeException(paramName, Action, $"{nameof(Action)} must be a defined {nameof(CorrectionAction)}; it is {(int)Action}.");
        if (Edits is null) throw new ArgumentNullException($"{paramName}.{nameof(Edits)}", $"{nameof(Edits)} must not be null; use {nameof(BeatEdits)}.{nameof(BeatEdits.None)}.");
        if (!Enum.IsDefined(Estimator))
            throw new ArgumentOutOfRangeException(paramName, Estimator, $"{nameof(Estimator)} must be a defined {nameof(IntervalEstimator)}; it is {(int)Estimator}.");
        Guard.Positive(AbsoluteMinMs, $"{paramName}.{nameof(AbsoluteMinMs)}");
        Guard.Positive(AbsoluteMaxMs, $"{paramName}.{nameof(AbsoluteMaxMs)}");
        if (!(AbsoluteMaxMs > AbsoluteMinMs))
            throw new ArgumentOutOfRangeException($"{paramName}.{nameof(AbsoluteMaxMs)}", AbsoluteMaxMs,
                $"Must be greater than {nameof(AbsoluteMinMs)} ({Guard.Show(AbsoluteMinMs)} ms); it is {Guard.Show(AbsoluteMaxMs)} ms.");
        Guard.Positive(LipponenC1, $"{paramName}.{nameof(LipponenC1)}");
        Guard.Positive(LipponenC2, $"{paramName}.{nameof(LipponenC2)}");
        Guard.Positive(LipponenAlpha, $"{paramName}.{nameof(LipponenAlpha)}");
        OddWindow(LipponenThresholdWindowBeats, $"{paramName}.{nameof(LipponenThresholdWindowBeats)}");
        OddWindow(MedianWindowBeats, $"{paramName}.{nameof(MedianWindowBeats)}");
        Guard.InRange(LipponenMinimumThresholdPercent, 0, 100, $"{paramName}.{nameof(LipponenMinimumThresholdPercent)}");
        Guard.InRange(MaxPasses, 1, 100, $"{paramName}.{nameof(MaxPasses)}");
        Guard.InRange(RelativeChangePercent, 1, 100, $"{paramName}.{nameof(RelativeChangePercent)}");
        Guard.InRange(AcarWindowBeats, 1, 1000, $"{paramName}.{nameof(AcarWindowBeats)}");
        Guard.InRange(DropoutMedianMultiple, 2, 1000, $"{paramName}.{nameof(DropoutMedianMultiple)}");
        Guard.InRange(TimeJumpTolerance.TotalMilliseconds, 0, 3_600_000, $"{paramName}.{nameof(TimeJumpTolerance)}");
        Guard.InRange(MaxDetectionLimitPercent, 0, 1000, $"{paramName}.{nameof(MaxDetectionLimitPercent)}");
        Guard.InRange(DfaAlpha1MaxArtifactPercent, 0, 100, $"{paramName}.{nameof(DfaAlpha1MaxArtifactPercent)}");
        Guard.InRange(MaxRmssdUncertaintyPercent, 0, 1000, $"{paramName}.{nameof(MaxRmssdUncertaintyPercent)}");
        Guard.InRange(MaxSdnnUncertaintyPercent, 0, 1000, $"{paramName}.{nameof(MaxSdnnUncertaintyPercent)}");
    }

    private static void OddWindow(int beats, string paramName)
    {
        if (beats < 3 || beats > 10_001 || beats % 2 == 0)
            throw new ArgumentOutOfRangeException(paramName, beats, $"Must be an odd number of beats in [3, 10001]; it is {beats}.");
    }
}
