namespace HrResponse.Quality;

/// <summary>
/// What artifact correction found and changed in one RR series. Every HRV or exercise result computed from cleaned
/// beats carries it, so a number can always be traced to how much of the data was repaired.
/// </summary>
/// <remarks>
/// <para>Artifact percentage (the basis of the DFA α1 verdict):
/// <c>ArtifactPercent = 100 × (ArtifactCount + DropoutCount + EstimatedLostBeats + R) / (OriginalCount + EstimatedLostBeats)</c>,
/// i.e. bad, lost or unrecorded beats over the beats the recording should have had. A beat-level artifact (ectopic,
/// missed, extra, long, short, out of range) counts once, even though an ectopic beat changes two intervals, and so does
/// an input interval that a later pass flags again (its estimate overshot, or the beat was read at last as part of an
/// ectopic pair): the type counts give each input interval the type of its latest flag, while <see cref="Artifacts"/>
/// lists every flag. A gap
/// counts the beats it swallowed, estimated from the local median interval. R is the number of
/// <see cref="ReconstructedCount">reconstructed</see> input intervals (value rebuilt from beat times, not recorded)
/// not already counted as an artifact: their timing may be right, but the device did not vouch for them.</para>
/// <para>Corrected percentage: <c>CorrectedPercent = 100 × ChangedBeatIndices.Count / OriginalCount</c>, the share
/// of input intervals whose value was changed, removed or excluded.</para>
/// <para>Both are NaN when the input is empty; <see cref="ArtifactPercent"/> is NaN and
/// <see cref="DfaAlpha1Reliable"/> null when the method is <see cref="ArtifactDetectionMethod.None"/> (nothing was
/// assessed).</para>
/// </remarks>
public sealed record QualityReport : IIndexTableSource
{
    /// <summary>The options that produced this report.</summary>
    public required ArtifactCorrectionOptions Options { get; init; }

    /// <summary>The detection method (from <see cref="Options"/>).</summary>
    public ArtifactDetectionMethod Method => Options.Method;

    /// <summary>What was done with flagged beats (from <see cref="Options"/>).</summary>
    public CorrectionAction Action => Options.Action;

    /// <summary>Number of input intervals.</summary>
    public int OriginalCount { get; init; }

    /// <summary>Number of intervals in the cleaned series.</summary>
    public int CleanedCount { get; init; }

    /// <summary>Ectopic (misplaced) beats found.</summary>
    public int EctopicCount { get; init; }

    /// <summary>Missed beats found.</summary>
    public int MissedCount { get; init; }

    /// <summary>Extra (false) beats found.</summary>
    public int ExtraCount { get; init; }

    /// <summary>Long intervals found.</summary>
    public int LongCount { get; init; }

    /// <summary>Short intervals found.</summary>
    public int ShortCount { get; init; }

    /// <summary>Intervals outside the absolute range (only <see cref="ArtifactDetectionMethod.AbsoluteRange"/>).</summary>
    public int OutOfRangeCount { get; init; }

    /// <summary>Intervals spanning several lost beats, replaced by gaps.</summary>
    public int DropoutCount { get; init; }

    /// <summary>Beat-time discontinuities in the input, marked as gaps.</summary>
    public int DiscontinuityCount { get; init; }

    /// <summary>
    /// Beats estimated lost in dropouts and discontinuities: for a dropout interval, round(interval / local median) − 1;
    /// for a discontinuity, round(missing time / local median), at least 1.
    /// </summary>
    public int EstimatedLostBeats { get; init; }

    /// <summary>
    /// Input intervals whose value was not recorded but reconstructed from the beat times
    /// (<see cref="RrIntervals.Reconstructed"/>, e.g. empty RR cells in a CSV with a time column). They are analysed
    /// like recorded ones (and checked by the detection method) and counted in <see cref="ArtifactPercent"/>.
    /// </summary>
    public int ReconstructedCount { get; init; }

    /// <summary>
    /// Beat-level artifacts: ectopic + missed + extra + long + short + out of range, each input interval once (with the
    /// type of its latest flag).
    /// </summary>
    public int ArtifactCount => EctopicCount + MissedCount + ExtraCount + LongCount + ShortCount + OutOfRangeCount;

    /// <summary>
    /// Every artifact found, in input order (within a pass; later passes follow earlier ones). An input interval whose
    /// estimate a later pass flags again appears once per flag; the counts take it once (<see cref="ArtifactCount"/>).
    /// </summary>
    public IReadOnlyList<DetectedArtifact> Artifacts { get; init; } = [];

    /// <summary>Indices of input intervals whose value was changed (interpolated, split, merged) or that were removed or excluded, ascending.</summary>
    public IReadOnlyList<int> ChangedBeatIndices { get; init; } = [];

    /// <summary>Intervals of the cleaned series whose value was interpolated.</summary>
    public int InterpolatedCount { get; init; }

    /// <summary>Beats inserted to split missed-beat intervals.</summary>
    public int InsertedCount { get; init; }

    /// <summary>Input beats removed as extra beats.</summary>
    public int RemovedCount { get; init; }

    /// <summary>Input intervals excluded and replaced by gaps (dropouts, the analyst's exclusions and, in exclude mode, all flagged intervals).</summary>
    public int ExcludedCount { get; init; }

    /// <summary>Artifact percentage (see remarks); NaN for an empty input or method <see cref="ArtifactDetectionMethod.None"/>.</summary>
    public double ArtifactPercent { get; init; }

    /// <summary>Percentage of input intervals changed, removed or excluded (see remarks); NaN for an empty input.</summary>
    public double CorrectedPercent { get; init; }

    /// <summary>
    /// What <see cref="ArtifactPercent"/> counts, in words: the flagged beats, dropouts, intervals lost in gaps and
    /// reconstructed intervals, over the intervals the recording should have had, e.g. "1 flagged, 68 intervals lost
    /// in 34 gaps; of 2,272 intervals" (a beat-annotation file whose 34 premature beats were left out with the
    /// intervals around them) or "2 flagged; of 400 intervals". Empty for an empty input.
    /// </summary>
    public string DescribeArtifactShare()
    {
        if (OriginalCount == 0) return string.Empty;
        var total = OriginalCount + EstimatedLostBeats;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var parts = new List<string> { string.Create(inv, $"{ArtifactCount:N0} flagged") };
        if (DropoutCount > 0) parts.Add(string.Create(inv, $"{DropoutCount:N0} dropout{(DropoutCount == 1 ? "" : "s")}"));
        if (EstimatedLostBeats > 0)
            parts.Add(string.Create(inv, $"{EstimatedLostBeats:N0} interval{(EstimatedLostBeats == 1 ? "" : "s")} lost in {GapCount:N0} gap{(GapCount == 1 ? "" : "s")}"));
        if (double.IsFinite(ArtifactPercent))
        {
            // R of the remarks: reconstructed intervals not already counted as an artifact.
            var reconstructedOnly = (int)Math.Round(ArtifactPercent * total / 100) - ArtifactCount - DropoutCount - EstimatedLostBeats;
            if (reconstructedOnly > 0) parts.Add(string.Create(inv, $"{reconstructedOnly:N0} rebuilt from beat times"));
        }

        return string.Join(", ", parts) + string.Create(inv, $"; of {total:N0} intervals");
    }

    /// <summary>Number of gaps in the cleaned series (intervals with <see cref="RrIntervals.GapBefore"/>).</summary>
    public int GapCount { get; init; }

    /// <summary>
    /// Longest gap of the cleaned series in seconds: for each interval after a gap, the time from the previous beat to
    /// the start of that interval (its beat time minus its length). 0 when there is no gap.
    /// </summary>
    public double LongestGapSeconds { get; init; }

    /// <summary>
    /// Caveats beyond the counts above, each with a stable <see cref="QualityWarning.Code"/>, the beats and the indices
    /// it concerns: e.g. <see cref="ProblemCode.ShorterThanDetectorWindow"/> when the recording (or a gap-free
    /// stretch of it) is shorter than the detection method's window. Empty when there is nothing to say (always for
    /// <see cref="ArtifactDetectionMethod.None"/> and an empty input).
    /// </summary>
    public IReadOnlyList<QualityWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Whether DFA α1 can be trusted: <see cref="ArtifactPercent"/> ≤ <see cref="ArtifactCorrectionOptions.DfaAlpha1MaxArtifactPercent"/>
    /// (3 %; Rogers B, Giles D, Draper N, Mourot L, Gronwald T. Influence of artefact correction and recording
    /// device type on the practical application of a non-linear heart rate variability biomarker for aerobic
    /// threshold determination. Sensors 2021;21(3):821). Null when nothing was assessed (method None or empty input).
    /// </summary>
    public bool? DfaAlpha1Reliable { get; init; }

    /// <summary>
    /// Number of detect-and-correct passes applied (0 when nothing was found or the method is None), including, with
    /// <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>, the final pass that corrects an interval beside a
    /// corrected artifact with it (refinement 37) when there is one.
    /// </summary>
    public int PassCount { get; init; }

    /// <summary>
    /// Number of intervals an analyst marked as artifacts (<see cref="BeatEdits.Marks"/>; an ectopic pair or an extra
    /// beat counts once). They are included in the per-type counts and in <see cref="Artifacts"/>, with
    /// <see cref="DetectedArtifact.Manual"/> set.
    /// </summary>
    public int ManualArtifactCount { get; init; }

    /// <summary>
    /// Number of input intervals an analyst kept or marked (<see cref="ArtifactCorrectionOptions.Edits"/>) on which
    /// the detector raised a flag that was dropped for it (counted once per interval, whatever the passes).
    /// </summary>
    public int OverriddenFlagCount { get; init; }

    /// <summary>
    /// Number of input intervals an analyst excluded from analysis (<see cref="BeatEdits.ExcludeIndices"/>); included in
    /// <see cref="ExcludedCount"/>.
    /// </summary>
    public int ManualExcludedCount { get; init; }

    /// <summary>
    /// Lipponen–Tarvainen detection limit of this recording, in percent: the median over beats of the beat-to-beat
    /// threshold Th1 (α × quartile deviation of |dRR|, at least the floor) divided by the local median interval. A
    /// change from one interval to the next smaller than this is treated as natural variability, so an artifact that
    /// changes an interval by less (a premature beat at 65 %, a single interval ×0.7 or ×1.35 changes it by 30–35 %) can
    /// be missed. NaN for the other methods and when nothing was assessed.
    /// </summary>
    public double DetectionLimitPercent { get; init; } = double.NaN;

    /// <summary>
    /// Share of the beats, in percent, whose own detection limit (Th1 over the local median interval at that beat, the
    /// quantity <see cref="DetectionLimitPercent"/> takes the median of) is at or above
    /// <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>: stretches, such as the swings of a resting
    /// phase before exercise, where artifacts of 30–35 % cannot be told from the natural steps even when the recording
    /// as a whole can be assessed (a <see cref="ProblemCode.DetectionLimitExceededLocally"/> warning names the beats).
    /// NaN for the other methods and when nothing was assessed.
    /// </summary>
    public double DetectionLimitExceededBeatPercent { get; init; } = double.NaN;

    /// <summary>
    /// The input indices (0-based, ascending) of the beats that <see cref="DetectionLimitExceededBeatPercent"/> counts,
    /// from the first detection pass: those where Th1 = max(α × the quartile deviation of |dRR| over the 91-beat window,
    /// the threshold floor × the local median) is at least <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>
    /// of the 11-beat local median. There premature beats and ×0.7/×1.35 intervals may be kept and natural beats
    /// corrected. Listed whether or not the recording as a whole is called unreliable: the
    /// <see cref="ProblemCode.DetectionLimitExceededLocally"/> warning names the same beats for a recording that is
    /// assessable as a whole; for one called unreliable (<see cref="IndicesUnreliable"/>) only this list does. Empty for
    /// the other methods and when nothing was assessed (where <see cref="DetectionLimitExceededBeatPercent"/> is NaN).
    /// </summary>
    public IReadOnlyList<int> DetectionLimitExceededBeats { get; init; } = [];

    /// <summary>
    /// The input indices (0-based, ascending) of the intervals of the cleaned series that are reached or left by a step
    /// no sinus beat makes: a lengthening of more than 32.5 % or a shortening of more than 24.5 % from one interval to the
    /// next (Kamath MV, Fallen EL, in Malik M, Camm AJ, eds., Heart Rate Variability, Futura, 1995, pp. 75–85); both
    /// intervals of each such step, none across a gap. Such a step left in the output is an artifact or ectopic beat the
    /// detector took for the rhythm (where the rhythm swings, its quartile thresholds scale with the swings and these
    /// limits do not) or a natural abrupt pause, which occurs at rest: the beats to review first
    /// (<see cref="ProblemCode.NonSinusSteps"/> names them, except where <see cref="IndicesUnreliable"/> already says the
    /// whole recording cannot be assessed; <see cref="ArtifactCorrectionOptions.Edits"/> marks or keeps them). Computed for
    /// every method on the cleaned series (for <see cref="ArtifactDetectionMethod.None"/>, the input). Empty when there is none. On the issue-14 benchmark (docs/beat-quality.md item 93) it holds 0.04 % of the
    /// intervals of the clean recordings and lists about half of the ×0.7/×1.35 intervals the detector keeps.
    /// </summary>
    public IReadOnlyList<int> NonSinusStepBeats { get; init; } = [];

    /// <summary>
    /// The input indices (0-based, ascending) of the pairs of intervals whose reading the detector could not decide (with
    /// <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>; beat-quality refinement 33, docs/beat-quality.md
    /// items 39 and 98): a short–long pair is either a premature beat and its pause (both intervals corrected) or one
    /// artifact beside a natural interval (a ×0.7 interval before a naturally long one, or a long one after a natural
    /// short one; that interval alone corrected), the same two numbers to every threshold. An autoregressive model of the
    /// neighbouring intervals (AR(4), least squares, Janssen, Veldhuis &amp; Vries 1986) explains another reading than the
    /// detector's better, but not by the margin refinement 33 asks (16 residual variances, and to below half of the
    /// detector's reading's squared prediction errors), so the detector's reading stands. Both
    /// intervals of each such pair, where the final flags cover one of them and the analyst has kept or marked neither;
    /// the beats to review (keep or mark them, <see cref="ArtifactCorrectionOptions.Edits"/>) when RMSSD and SDNN matter
    /// to within a few percent: on 100-beat recordings one such reading moves SDNN by 3–6 %. Empty for the other methods,
    /// without refinements, and when there is none. On the issue-14 benchmark (CI size, 5 %) they are 0.02 % of the
    /// intervals of the clean recordings (9 pairs in 8 of 71) and add 19 of the 93 ×0.7/×1.35 intervals the detector
    /// misses to the beats listed for review (docs/beat-quality.md item 98).
    /// </summary>
    public IReadOnlyList<int> AmbiguousReadingBeats { get; init; } = [];

    /// <summary>
    /// How far RMSSD of the cleaned series moves, in percent of its value (signed), when every pair of
    /// <see cref="AmbiguousReadingBeats"/> is read the other way: a premature beat and its pause (both intervals estimated,
    /// their recorded total kept) where the detector took one artifact beside a natural interval, or the one artifact
    /// the model explained the pair best with (the other interval as recorded) where it took a premature beat. The pairs'
    /// intervals are estimated with the autoregressive estimate (AR(4), least squares, Janssen, Veldhuis &amp; Vries
    /// 1986; variance-preserving as the cleaning's with <see cref="IntervalEstimator.AutoregressiveVariancePreserving"/>)
    /// together with every interval the cleaning estimated that way, as its final estimate does (with another
    /// <see cref="ArtifactCorrectionOptions.Estimator"/> the pairs' intervals alone); the detector is not run again.
    /// RMSSD over the successive differences within gap-free stretches. 0 when there is
    /// no such pair (or none of two adjacent intervals, each interpolated or kept as recorded); NaN when the cleaned
    /// series' RMSSD is 0 or not finite. Added (as a magnitude) to <see cref="RmssdCorrectionUncertaintyPercent"/>, and
    /// named in the <see cref="ProblemCode.AmbiguousReadings"/> warning.
    /// </summary>
    public double AmbiguousReadingRmssdChangePercent { get; init; }

    /// <summary>
    /// How far SDNN (n − 1) of the cleaned series moves, in percent of its value (signed), with every pair of
    /// <see cref="AmbiguousReadingBeats"/> read the other way, as <see cref="AmbiguousReadingRmssdChangePercent"/>.
    /// </summary>
    public double AmbiguousReadingSdnnChangePercent { get; init; }

    /// <summary>
    /// Share of the input intervals, in percent, that lie in stretches where artifacts start at about every other beat
    /// (<see cref="DenseArtifactIndices"/> over <see cref="OriginalCount"/>; a <see cref="ProblemCode.DenseArtifacts"/>
    /// warning names them): there the corrected values are guesses, and the stretch is better excluded as noise. 0 when
    /// there is none or no input.
    /// </summary>
    public double DenseArtifactPercent => OriginalCount == 0 ? 0 : 100.0 * DenseArtifactIndices.Count / OriginalCount;

    /// <summary>
    /// Input intervals (0-based, ascending) of the stretches where artifacts start at about every other beat: every
    /// interval of each window of W = <see cref="ArtifactCorrectionOptions.MedianWindowBeats"/> consecutive input
    /// intervals of which at least max(2, (W − 1) / 2) — 5 of 11 — start an artifact (any flag but a discontinuity;
    /// an ectopic pair or an extra beat counts once). Empty when there is none.
    /// </summary>
    public IReadOnlyList<int> DenseArtifactIndices { get; init; } = [];

    /// <summary>
    /// True when the recording's natural beat-to-beat variability is so large that artifacts cannot be told from it
    /// reliably: <see cref="DetectionLimitPercent"/> ≥ <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>
    /// (default 15 %), or a stretch of the recording has several flags no larger than its natural steps
    /// (<see cref="IndicesUnreliableReason"/> says which and why). Then indices of the corrected series (RMSSD, SDNN, spectra, DFA α1) may keep undetected artifacts
    /// or lose natural beats, and must not be trusted to the 5 % level; on the Welltory Polar H10 recordings
    /// this happens at RMSSD ≳ 70 ms. Null when <see cref="DetectionLimitPercent"/> is NaN.
    /// </summary>
    public bool? IndicesUnreliable { get; init; }

    /// <summary>
    /// Why <see cref="IndicesUnreliable"/> is true, in words (null when it is not): the detection limit at or above
    /// <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/>, or (with
    /// <see cref="ArtifactCorrectionOptions.LipponenRefinements"/>) at least 3 flagged or borderline beats (borderline: an
    /// interval within 12 % of its local median that a long or short flag of the dRR rules would take but one of whose
    /// steps passed Th1 by less than 0.2 Th1 in some pass, so that it is flagged at some thresholds and not at others;
    /// beat-quality refinement 58) within one
    /// <see cref="ArtifactCorrectionOptions.LipponenThresholdWindowBeats"/> window whose deviation from the median of their
    /// unflagged neighbours (±4 beats; for an ectopic or extra pair the smaller deviation of its two intervals) is less than twice the median beat-to-beat step of those neighbours: there natural steps are as
    /// large as the flags, so whether they are artifacts cannot be decided and the indices depend on that choice. The
    /// message names the beats (input indices). The wording may change between versions.
    /// </summary>
    public string? IndicesUnreliableReason { get; init; }

    /// <summary>
    /// Whether the first cause of <see cref="IndicesUnreliable"/> applies: <see cref="DetectionLimitPercent"/> ≥
    /// <see cref="ArtifactCorrectionOptions.MaxDetectionLimitPercent"/> (when false and <see cref="IndicesUnreliable"/>
    /// is true, the cause is flags no larger than the natural steps around them). Null when
    /// <see cref="DetectionLimitPercent"/> is NaN (not assessed).
    /// </summary>
    public bool? DetectionLimitExceeded =>
        double.IsNaN(DetectionLimitPercent) ? null : DetectionLimitPercent >= Options.MaxDetectionLimitPercent;

    /// <summary>
    /// How far RMSSD of the cleaned series may be from the recording's value without its artifacts because of the
    /// intervals the correction estimated (interpolated, inserted, split) or left out: a 95 % bound, in percent of the
    /// reported RMSSD. The unknown true successive differences at those intervals are modelled as draws from the
    /// untouched ones (log-normal sum, Fenton–Wilkinson). Where the local detection limit is exceeded
    /// (<see cref="DetectionLimitExceededBeatPercent"/>) and the flags found elsewhere imply at least one artifact there
    /// that the detector cannot tell from sinus beats, it also allows for such artifacts (as many as a Poisson count's
    /// 97.5 % quantile, each as large as the ones found, at most the local threshold). Where the detector could not
    /// decide the reading of short–long pairs (<see cref="AmbiguousReadingBeats"/>), it reaches the other reading's value
    /// too: |<see cref="AmbiguousReadingRmssdChangePercent"/>| is added. Other detection errors are outside it. 0 when
    /// nothing was estimated or left out, no undetected artifact is allowed for and no reading is undecided; NaN when
    /// there is too little untouched data to model it. On the truth-knowing benchmark with perfect detection the actual
    /// error is within it in about 95 % of runs; with the detector at 5 % artifacts in 90–100 % of runs per kind
    /// (docs/beat-quality.md).
    /// </summary>
    public double RmssdCorrectionUncertaintyPercent { get; init; } = double.NaN;

    /// <summary>
    /// How far SDNN of the cleaned series may be from the recording's value without its artifacts because of the
    /// intervals the correction estimated or left out: a 95 % bound, in percent of the reported SDNN. Each estimated
    /// interval is taken as its estimate plus an error whose variance is that of estimating an untouched beat from
    /// the mean of its two neighbours. It allows for undetected artifacts and reaches the other reading of undecided
    /// pairs (|<see cref="AmbiguousReadingSdnnChangePercent"/>| added) as <see cref="RmssdCorrectionUncertaintyPercent"/>
    /// does; other detection errors are outside it. 0 when nothing was estimated or left out, no undetected artifact
    /// is allowed for and no reading is undecided; NaN when there is too little untouched data to model it.
    /// </summary>
    public double SdnnCorrectionUncertaintyPercent { get; init; } = double.NaN;

    /// <summary>
    /// How many undetected artifacts the RMSSD and SDNN bounds allow for among the beats where the local detection limit
    /// is exceeded (0 when none); named in the <see cref="ProblemCode.CorrectionUncertain"/> warning.
    /// </summary>
    internal int UndetectedArtifactAllowance { get; init; }

    /// <summary>
    /// Whether the correction leaves RMSSD or SDNN more uncertain than accepted:
    /// <see cref="RmssdCorrectionUncertaintyPercent"/> &gt; <see cref="ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/>
    /// or <see cref="SdnnCorrectionUncertaintyPercent"/> &gt; <see cref="ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/>
    /// (then <see cref="Warnings"/> holds a <see cref="ProblemCode.CorrectionUncertain"/> warning, unless
    /// <see cref="IndicesUnreliable"/> already calls the recording's indices unreliable). Null when both bounds are NaN; a
    /// NaN bound never raises it.
    /// </summary>
    public bool? CorrectionUncertain =>
        double.IsNaN(RmssdCorrectionUncertaintyPercent) && double.IsNaN(SdnnCorrectionUncertaintyPercent) ? null
            : RmssdCorrectionUncertaintyPercent > Options.MaxRmssdUncertaintyPercent || SdnnCorrectionUncertaintyPercent > Options.MaxSdnnUncertaintyPercent;

    /// <summary>
    /// Index table: <c>QUALITY_ArtifactPercent</c>, <c>QUALITY_CorrectedPercent</c>, <c>QUALITY_Ectopic</c>,
    /// <c>QUALITY_Missed</c>, <c>QUALITY_Extra</c>, <c>QUALITY_Long</c>, <c>QUALITY_Short</c>,
    /// <c>QUALITY_OutOfRange</c>, <c>QUALITY_Dropouts</c>, <c>QUALITY_Discontinuities</c>, <c>QUALITY_LostBeats</c>,
    /// <c>QUALITY_Reconstructed</c>,
    /// <c>QUALITY_Gaps</c>, <c>QUALITY_LongestGapS</c>, <c>QUALITY_DfaReliable</c> (1, 0, or NaN when not assessed),
    /// <c>QUALITY_DetectionLimitPercent</c>, <c>QUALITY_DetectionLimitExceededBeatPercent</c>, <c>QUALITY_DenseArtifactPercent</c>,
    /// <c>QUALITY_NonSinusStepBeats</c> (count of <see cref="NonSinusStepBeats"/>),
    /// <c>QUALITY_AmbiguousReadingBeats</c> (count of <see cref="AmbiguousReadingBeats"/>),
    /// <c>QUALITY_IndicesUnreliable</c> (1, 0, or NaN when not assessed),
    /// <c>QUALITY_RmssdUncertaintyPercent</c>, <c>QUALITY_SdnnUncertaintyPercent</c>,
    /// <c>QUALITY_OriginalCount</c>, <c>QUALITY_CleanedCount</c>, <c>QUALITY_ChangedBeats</c>,
    /// <c>QUALITY_ManualArtifacts</c>, <c>QUALITY_OverriddenFlags</c>, <c>QUALITY_ManualExcluded</c>.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        ["QUALITY_ArtifactPercent"] = ArtifactPercent,
        ["QUALITY_CorrectedPercent"] = CorrectedPercent,
        ["QUALITY_Ectopic"] = EctopicCount,
        ["QUALITY_Missed"] = MissedCount,
        ["QUALITY_Extra"] = ExtraCount,
        ["QUALITY_Long"] = LongCount,
        ["QUALITY_Short"] = ShortCount,
        ["QUALITY_OutOfRange"] = OutOfRangeCount,
        ["QUALITY_Dropouts"] = DropoutCount,
        ["QUALITY_Discontinuities"] = DiscontinuityCount,
        ["QUALITY_LostBeats"] = EstimatedLostBeats,
        ["QUALITY_Reconstructed"] = ReconstructedCount,
        ["QUALITY_Gaps"] = GapCount,
        ["QUALITY_LongestGapS"] = LongestGapSeconds,
        ["QUALITY_DfaReliable"] = DfaAlpha1Reliable is { } ok ? (ok ? 1 : 0) : double.NaN,
        ["QUALITY_DetectionLimitPercent"] = DetectionLimitPercent,
        ["QUALITY_DetectionLimitExceededBeatPercent"] = DetectionLimitExceededBeatPercent,
        ["QUALITY_DenseArtifactPercent"] = DenseArtifactPercent,
        ["QUALITY_NonSinusStepBeats"] = NonSinusStepBeats.Count,
        ["QUALITY_AmbiguousReadingBeats"] = AmbiguousReadingBeats.Count,
        ["QUALITY_IndicesUnreliable"] = IndicesUnreliable is { } bad ? (bad ? 1 : 0) : double.NaN,
        ["QUALITY_RmssdUncertaintyPercent"] = RmssdCorrectionUncertaintyPercent,
        ["QUALITY_SdnnUncertaintyPercent"] = SdnnCorrectionUncertaintyPercent,
        ["QUALITY_OriginalCount"] = OriginalCount,
        ["QUALITY_CleanedCount"] = CleanedCount,
        ["QUALITY_ChangedBeats"] = ChangedBeatIndices.Count,
        ["QUALITY_ManualArtifacts"] = ManualArtifactCount,
        ["QUALITY_OverriddenFlags"] = OverriddenFlagCount,
        ["QUALITY_ManualExcluded"] = ManualExcludedCount,
    };
}
