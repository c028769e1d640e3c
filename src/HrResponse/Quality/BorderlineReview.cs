using System.Globalization;

namespace HrResponse.Quality;

/// <summary>
/// What a Lipponen–Tarvainen cleaning leaves to chance within the thresholds' own noise
/// (<see cref="ArtifactCorrection.ReviewBorderline(RrIntervals, ArtifactCorrectionOptions?, double)"/>): the intervals
/// whose decision flips when the thresholds move by <see cref="MarginPercent"/>, and how far RMSSD and SDNN of the
/// corrected series move with them. Where they move by more than the correction is meant to keep
/// (<see cref="IndicesDependOnBorderlineBeats"/>), the recording's beat-to-beat indices are not determined by the
/// detector: an analyst should look at <see cref="Beats"/> and keep or mark them (<see cref="BeatEdits"/>).
/// </summary>
public sealed record BorderlineReview : IIndexTableSource
{
    /// <summary>The options the decision was made with (the thresholds then moved by <see cref="MarginPercent"/>).</summary>
    public ArtifactCorrectionOptions Options { get; init; } = ArtifactCorrectionOptions.Default;

    /// <summary>How far the thresholds were moved each way, in percent (α and the minimum threshold percent both scaled by 1 ∓ margin/100).</summary>
    public double MarginPercent { get; init; }

    /// <summary>The borderline input intervals in input order; for an ectopic pair or an extra beat both intervals.</summary>
    public IReadOnlyList<BorderlineBeat> Beats { get; init; } = [];

    /// <summary>
    /// RMSSD of the corrected series (gap-aware, <see cref="Hrv.TimeDomainAnalysis.Compute(RrIntervals, Hrv.TimeDomainOptions?)"/>),
    /// in ms: with the given options and its range over the given options and the thresholds lowered and raised by the margin.
    /// </summary>
    public IndexRange RmssdMs { get; init; }

    /// <summary>SDNN of the corrected series, in ms, as <see cref="RmssdMs"/>.</summary>
    public IndexRange SdnnMs { get; init; }

    /// <summary>
    /// True when <see cref="RmssdMs"/> spreads by more than <see cref="ArtifactCorrectionOptions.MaxRmssdUncertaintyPercent"/>
    /// or <see cref="SdnnMs"/> by more than <see cref="ArtifactCorrectionOptions.MaxSdnnUncertaintyPercent"/> (5 % / 2 % by
    /// default, the accuracy issue 14 asks of corrected RMSSD and SDNN): the indices depend on decisions within the
    /// thresholds' noise by more than the correction is meant to keep, and are unreliable until the beats are reviewed.
    /// </summary>
    public bool IndicesDependOnBorderlineBeats { get; init; }

    /// <summary>
    /// The borderline intervals in one sentence (the first 20 and how many more; input indices, flagged or not and as what); empty when
    /// there is none.
    /// </summary>
    public string Describe() => Beats.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture,
        $"{Beats.Count} borderline interval{(Beats.Count == 1 ? "" : "s")} to review (flagged or not depending on the thresholds within ±{MarginPercent:0.#} %): {string.Join(", ", Beats.Take(20).Select(b => $"{b.Index} ({(b.Flagged ? "flagged" : "not flagged")} {b.Type.ToString().ToLowerInvariant()})"))}{(Beats.Count > 20 ? $" and {Beats.Count - 20} more" : "")}.");

    /// <summary>
    /// When <see cref="IndicesDependOnBorderlineBeats"/>: the ranges of RMSSD and SDNN and that the indices are
    /// unreliable until the beats are reviewed (the message of <see cref="ProblemCode.IndicesDependOnBorderlineBeats"/>);
    /// else empty.
    /// </summary>
    public string DescribeDependence()
    {
        if (!IndicesDependOnBorderlineBeats) return string.Empty;
        static string Range(IndexRange r) => string.Create(CultureInfo.InvariantCulture, $"{r.AsCleaned:0.0} ms ({r.Lowest:0.0}–{r.Highest:0.0} ms, ±{r.SpreadPercent:0.#} %)");
        return string.Create(CultureInfo.InvariantCulture,
            $"RMSSD {Range(RmssdMs)} and SDNN {Range(SdnnMs)} depend on {Beats.Count} borderline beat{(Beats.Count == 1 ? "" : "s")} (the thresholds ±{MarginPercent:0.#} %) by more than the correction is meant to keep: these indices are unreliable until the beats are reviewed.");
    }

    /// <summary>
    /// Index table: <c>QUALITY_BorderlineBeats</c> (count of <see cref="Beats"/>), <c>QUALITY_RmssdBorderlineSpreadPercent</c>
    /// and <c>QUALITY_SdnnBorderlineSpreadPercent</c> (<see cref="IndexRange.SpreadPercent"/> of <see cref="RmssdMs"/> and
    /// <see cref="SdnnMs"/>), <c>QUALITY_IndicesDependOnBorderlineBeats</c> (1 or 0).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable() => new Dictionary<string, double>
    {
        [IndexNames[0]] = Beats.Count,
        [IndexNames[1]] = RmssdMs.SpreadPercent,
        [IndexNames[2]] = SdnnMs.SpreadPercent,
        [IndexNames[3]] = IndicesDependOnBorderlineBeats ? 1 : 0,
    };

    /// <summary>The names of <see cref="ToIndexTable"/>, in its order (NaN columns where a review was asked for and could not run).</summary>
    public static IReadOnlyList<string> IndexNames { get; } =
        ["QUALITY_BorderlineBeats", "QUALITY_RmssdBorderlineSpreadPercent", "QUALITY_SdnnBorderlineSpreadPercent", "QUALITY_IndicesDependOnBorderlineBeats"];
}
