namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the beat-quality indices (<c>ArtifactCorrection.Clean</c> → <c>QualityReport</c>).</summary>
internal static class QualityDefinitions
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("QUALITY_ArtifactPercent", "%", "100 · (beat artifacts + dropouts + estimated lost beats + reconstructed intervals not otherwise flagged) / (input intervals + estimated lost beats); an ectopic beat counts once. NaN when no detection ran (ArtifactCorrectionOptions.None).", "Lipponen & Tarvainen 2019"),
        new("QUALITY_CorrectedPercent", "%", "100 · changed input intervals / input intervals.", "HrResponse"),
        new("QUALITY_Ectopic", "", "Ectopic beats found (Lipponen–Tarvainen classification).", "Lipponen & Tarvainen 2019"),
        new("QUALITY_Missed", "", "Missed beats found (an interval holding two beats); split in Interpolate mode.", "Lipponen & Tarvainen 2019"),
        new("QUALITY_Extra", "", "Extra beats found (a spurious detection splitting one interval); removed in Interpolate mode.", "Lipponen & Tarvainen 2019"),
        new("QUALITY_Long", "", "Long intervals found.", "Lipponen & Tarvainen 2019"),
        new("QUALITY_Short", "", "Short intervals found.", "Lipponen & Tarvainen 2019"),
        new("QUALITY_OutOfRange", "", "Intervals outside the absolute limits (default 300–2000 ms) or flagged by a threshold/relative-change method.", "Kubios; Malik 1989; Karlsson 2012; Kamath 1995; Acar 2000"),
        new("QUALITY_Dropouts", "", "Intervals longer than 2.5 × the 11-beat local median: signal dropouts, replaced by a gap, never interpolated.", "HrResponse"),
        new("QUALITY_Discontinuities", "", "Places where beat times jump by more than the interval + 200 ms (beats missing from the file): marked as gaps.", "HrResponse"),
        new("QUALITY_LostBeats", "", "Beats estimated lost in dropouts and discontinuities (gap length / local median − 1).", "HrResponse"),
        new("QUALITY_Reconstructed", "", "Input intervals whose value was not recorded but rebuilt from the beat times (empty RR cells beside a time column); counted in ArtifactPercent.", "HrResponse"),
        new("QUALITY_Gaps", "", "Gaps in the cleaned series; successive differences never span one.", "HrResponse"),
        new("QUALITY_LongestGapS", "s", "Longest gap in seconds (0 when none).", "HrResponse"),
        new("QUALITY_DfaReliable", "", "1 when ArtifactPercent ≤ 3 % (DFA α1 usable), 0 above, NaN when not assessed.", "Rogers et al. 2021"),
        new("QUALITY_DetectionLimitPercent", "%", "Lipponen–Tarvainen detection limit: median over beats of the beat-to-beat threshold Th1 in percent of the local median interval; artifacts changing an interval by less can be missed. NaN for other methods.", "HrResponse"),
        new("QUALITY_DetectionLimitExceededBeatPercent", "%", "Share of beats whose own detection limit (Th1 in percent of the local median interval at that beat) reaches 15 %: stretches, such as the swings of a resting phase before exercise, where artifacts cannot be told from the natural steps even when the recording as a whole can be assessed (a DetectionLimitExceededLocally warning names the beats). NaN for other methods.", "HrResponse"),
        new("QUALITY_DenseArtifactPercent", "%", "Share of the input intervals in stretches where artifacts start at about every other beat (at least 5 of the 11 intervals of a local-median window): the corrected values there are guesses (a DenseArtifacts warning names the stretches, to exclude as noise). 0 when none.", "HrResponse"),
        new("QUALITY_NonSinusStepBeats", "", "Intervals of the cleaned series reached or left by a step no sinus beat makes (over +32.5 % or −24.5 % in one beat; both intervals of each step, none across a gap): artifacts or ectopic beats the detector took for the rhythm, or natural abrupt pauses; the beats to review first (a NonSinusSteps warning names them).", "Kamath & Fallen 1995"),
        new("QUALITY_AmbiguousReadingBeats", "", "Intervals of short–long pairs whose reading the detector cannot decide (a premature beat and its pause, or one artifact beside a natural interval): an autoregressive model of the neighbours fits the reading not taken better by less than 16 residual variances; both intervals of each pair still flagged and not edited by the analyst. Beats to review.", "HrResponse"),
        new("QUALITY_IndicesUnreliable", "", "1 when the detection limit is ≥ 15 % (natural beat-to-beat steps reach the size of premature beats or ×0.7/×1.35 intervals: artifacts cannot be told from them, indices of the corrected series are unreliable), or when at least 3 flags within one 91-beat window are no larger than twice the natural beat-to-beat step around them (whether they are artifacts cannot be decided; the quality report's indices_unreliable_reason says which); 0 otherwise, NaN when not assessed.", "HrResponse"),
        new("QUALITY_RmssdUncertaintyPercent", "%", "95 % bound on how far RMSSD of the cleaned series may be from the recording's artifact-free value because of the intervals the correction estimated (interpolated, inserted, split) or left out: the unknown true successive differences there are modelled as draws from the untouched ones (log-normal sum, Fenton–Wilkinson), in percent of the reported RMSSD. Where the local detection limit is exceeded and the flags found elsewhere imply at least one artifact there that cannot be told from sinus beats, it also allows for such undetected artifacts (a Poisson count's 97.5 % quantile, each as large as the ones found, at most the local threshold; docs/beat-quality.md item 79); other detection errors are outside it. 0 when nothing was estimated and no undetected artifact is allowed for, NaN when too little untouched data.", "HrResponse"),
        new("QUALITY_SdnnUncertaintyPercent", "%", "95 % bound on how far SDNN of the cleaned series may be from the recording's artifact-free value because of the estimated or left-out intervals: each is its estimate plus an error with the variance of estimating an untouched beat from the mean of its neighbours, taken over the untouched beats within 30 beats of it (the error is larger where the rhythm swings), in percent of the reported SDNN; it allows for undetected artifacts as `QUALITY_RmssdUncertaintyPercent` does. 0 when nothing was estimated and no undetected artifact is allowed for, NaN when too little untouched data.", "HrResponse"),
        new("QUALITY_OriginalCount", "", "Input intervals.", "HrResponse"),
        new("QUALITY_CleanedCount", "", "Intervals after correction.", "HrResponse"),
        new("QUALITY_ChangedBeats", "", "Input intervals changed (interpolated, split, merged or excluded).", "HrResponse"),
        new("QUALITY_ManualArtifacts", "", "Intervals an analyst marked as artifacts (--mark-beats, ArtifactCorrectionOptions.Edits); included in the per-type counts.", "HrResponse"),
        new("QUALITY_OverriddenFlags", "", "Input intervals an analyst kept or marked on which the detector's flag was dropped for it (--keep-beats, --mark-beats).", "HrResponse"),
        new("QUALITY_ManualExcluded", "", "Input intervals an analyst excluded from analysis (--exclude-beats), replaced by gaps; included in the excluded count.", "HrResponse"),
        new("QUALITY_BorderlineBeats", "", "Input intervals whose Lipponen–Tarvainen decision flips when the thresholds (α and the minimum threshold) move by ±10 %, their own noise: the beats to review (ArtifactCorrection.ReviewBorderline; the borderline-review part only).", "HrResponse"),
        new("QUALITY_RmssdBorderlineSpreadPercent", "%", "How far RMSSD of the corrected series moves over the cleanings with the thresholds as given and ±10 %: 100 · max(highest − as cleaned, as cleaned − lowest) / as cleaned. 0 without borderline beats; NaN where RMSSD is not computed (fewer than 2 intervals).", "HrResponse"),
        new("QUALITY_SdnnBorderlineSpreadPercent", "%", "The same for SDNN.", "HrResponse"),
        new("QUALITY_IndicesDependOnBorderlineBeats", "", "1 when the RMSSD spread exceeds 5 % or the SDNN spread 2 % (MaxRmssdUncertaintyPercent, MaxSdnnUncertaintyPercent): the indices depend on decisions the detector cannot make and are unreliable until the borderline beats are reviewed; 0 otherwise.", "HrResponse"),
    ];
}
