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
    /// When true (default), the Lipponen–Tarvainen method applies HrResponse's numbered refinements (2–65) to the
    /// published classification and correction, each found necessary on a real recording with injected artifacts:
    /// among them, the quartile thresholds estimated with the artifacts left out (the upper quartile of |dRR| breaks down
    /// when a few artifacts lie close together and the threshold then rose above them; issue 14), tests against an
    /// artifact's neighbours where the 11-beat median lags the rhythm, re-tests of a flag with the artifact beside it
    /// repaired, the reading of a short–long pair that an autoregressive model of its neighbours explains best,
    /// Kamath and Fallen's limits for a sinus interval where the quartile thresholds scale with large natural swings,
    /// an ectopic pair's recorded total kept (the sinus node keeps its timing through a premature beat with a
    /// compensatory pause), and interpolation anchors more than 20 % off their side left out. The complete list, one
    /// row per refinement with the case that needed it and where its measurements and regression test are, is
    /// docs/lipponen-departures.md (a test keeps it complete); the remarks of the detector give the same in code terms.
    /// False applies the published rules; together with <see cref="LipponenMinimumThresholdPercent"/> = 0 (refinement 1)
    /// and <see cref="Estimator"/> = <see cref="IntervalEstimator.CubicSpline"/> it is the method exactly as published.
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
