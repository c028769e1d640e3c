using System.Globalization;
using System.Text.RegularExpressions;
using HrResponse.Exercise;
using HrResponse.Quality;
using HrResponse.Reporting;

namespace HrResponse.Cli.Output;

/// <summary>Whether a flag of a result is raised.</summary>
internal enum FlagState
{
    /// <summary>The flag's rule was applied and the value is beyond the cut-off.</summary>
    Raised,

    /// <summary>The flag's rule was applied and the value is within the cut-off.</summary>
    NotRaised,

    /// <summary>The flag could not be assessed (a missing input such as age, or no data).</summary>
    NotAssessed,
}

/// <summary>One flag of a result: what it means, its cut-off with the source, and whether it is raised.</summary>
/// <param name="Name">What the flag says when raised, e.g. "HRR60 abnormal".</param>
/// <param name="Cutoff">The rule with its source, e.g. "HRR60 ≤ 12 bpm, Cole 1999".</param>
/// <param name="State">Raised, not raised, or not assessed.</param>
/// <param name="Detail">The value that decided it, or why it was not assessed.</param>
internal sealed record SummaryFlag(string Name, string Cutoff, FlagState State, string Detail);

/// <summary>One line of key results: a label and its rounded values with units.</summary>
/// <param name="Label">What the line is about, e.g. "Recovery".</param>
/// <param name="Text">The values, rounded, with units.</param>
internal sealed record SummaryLine(string Label, string Text);

/// <summary>
/// The few results a person looks for first, read from a result document (never recomputed): for an exercise test the
/// subject, peak HR against the predicted maximum, the chronotropic index, HRR60/HRR120, resting HRV and beat quality,
/// and every flag with its cut-off; for HRV the main time-domain, spectral and nonlinear indices and the quality
/// flags; for <c>info</c> what the file holds. Shared by the table output and the HTML report.
/// </summary>
internal sealed partial record ResultSummary(string Title, IReadOnlyList<SummaryLine> Lines, IReadOnlyList<SummaryFlag> Flags)
{
    /// <summary>The summary of a document.</summary>
    public static ResultSummary Of(ResultDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var input = document.Input;
        var rated = document.Sections.GetValueOrDefault("rated_values") as IReadOnlyList<HrResponse.Autonomic.AutonomicRatedValue>;
        var autonomic = document.Sections.GetValueOrDefault("autonomic") as HrResponse.Autonomic.AutonomicResult;
        var what = document.Sections.ContainsKey("chronotropic") ? "exercise test"
            : rated is not null ? "autonomic test"
            : document.Indices.Count > 0 ? "HRV" : "file";
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{document.File} · {what} · {input.Format}, {input.Beats} beats{(input.HrSamples > 0 ? $", {input.HrSamples} HR samples" : string.Empty)}, {ValueFormat.Duration(input.DurationSeconds)}");
        var lines = new List<SummaryLine>();
        var flags = new List<SummaryFlag>();
        var quality = document.Sections.GetValueOrDefault("quality") as QualityReport;
        if (document.Sections.GetValueOrDefault("chronotropic") is ChronotropicResult chrono
            && document.Sections.GetValueOrDefault("recovery") is HeartRateRecoveryResult recovery)
        {
            Exercise(document, chrono, recovery, lines, flags);
        }
        else if (rated is not null)
        {
            if (autonomic is not null)
                lines.Add(new("Test", $"{Commands.AutonomicOptionsCli.NameOf(autonomic.Test)}: {CliException.InCliTerms(autonomic.TestChoice)}"));
            else if (document.Settings.GetValueOrDefault("test") is string test && document.Settings.GetValueOrDefault("test_choice") is string why)
                lines.Add(new("Test", $"{test}: {why}"));
            if (document.Sections.GetValueOrDefault("summary") is IReadOnlyDictionary<string, object?> ewing)
                lines.Add(new("Ewing category", $"{ewing.GetValueOrDefault("ewing_category")}"));
        }
        else if (document.Indices.Count > 0)
        {
            Hrv(document, lines);
        }
        else
        {
            Info(document, lines);
        }

        if (rated is not null || autonomic is not null) Autonomic(rated ?? autonomic!.RatedValues, lines, flags);
        if (quality is not null) Quality(quality, lines, flags);
        if (document.Sections.GetValueOrDefault("borderline_review") is BorderlineReview review)
        {
            flags.Add(Flag("Borderline beats decide indices",
                string.Create(CultureInfo.InvariantCulture, $"RMSSD > ±{review.Options.MaxRmssdUncertaintyPercent:0.#} % or SDNN > ±{review.Options.MaxSdnnUncertaintyPercent:0.#} % with the thresholds ±{review.MarginPercent:0.#} %"),
                review.IndicesDependOnBorderlineBeats,
                $"{review.Beats.Count} borderline, RMSSD ±{ValueFormat.Number(review.RmssdMs.SpreadPercent, "%")} %, SDNN ±{ValueFormat.Number(review.SdnnMs.SpreadPercent, "%")} %", "not reviewed"));
        }
        return new ResultSummary(title, lines, flags);
    }

    /// <summary>
    /// The rated results of an autonomic reflex test: one key-result line each (value, unit, rating) and a flag raised
    /// when the rating is borderline or abnormal, with the rule as its cut-off.
    /// </summary>
    private static void Autonomic(IReadOnlyList<HrResponse.Autonomic.AutonomicRatedValue> rated, List<SummaryLine> lines, List<SummaryFlag> flags)
    {
        foreach (var r in rated)
        {
            var value = double.IsFinite(r.Value) ? r.Value.ToString("0.###", CultureInfo.InvariantCulture) + (r.Unit.Length > 0 ? " " + r.Unit : string.Empty) : "—";
            var rating = r.Rating switch
            {
                HrResponse.Autonomic.AutonomicRating.NotRated => "not rated",
                var x => x.ToString().ToLowerInvariant(),
            };
            lines.Add(new(r.Label, $"{value}, {rating}"));
            var state = r.Rating switch
            {
                HrResponse.Autonomic.AutonomicRating.Abnormal or HrResponse.Autonomic.AutonomicRating.Borderline => FlagState.Raised,
                HrResponse.Autonomic.AutonomicRating.Normal => FlagState.NotRaised,
                _ => FlagState.NotAssessed,
            };
            flags.Add(new SummaryFlag(r.Label + " " + (r.Rating == HrResponse.Autonomic.AutonomicRating.Borderline ? "borderline" : "abnormal"), r.Rule, state, $"{value}, {rating}"));
        }
    }

    /// <summary>The unit of an index from the catalogue, also for per-phase names (<c>HRV_RMSSD_Rest</c>) and recovery windows.</summary>
    public static string UnitOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IndexCatalog.Find(name) is { } def) return def.Unit;
        foreach (var suffix in (string[])["_Rest", "_Exercise", "_Recovery"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && IndexCatalog.Find(name[..^suffix.Length]) is { } phase) return phase.Unit;
        }

        return name.StartsWith("HRR_RMSSD_", StringComparison.Ordinal) ? "ms" : string.Empty;
    }

    /// <summary>"Cole 1999" from "Cole CR, Blackstone EH, … 1999;341:…": first author and first year of a citation.</summary>
    public static string ShortCitation(string citation)
    {
        if (string.IsNullOrWhiteSpace(citation)) return string.Empty;
        var author = citation.Split([' ', ','], 2)[0];
        var year = Year().Match(citation);
        return year.Success ? $"{author} {year.Value}" : author;
    }

    private static void Exercise(ResultDocument d, ChronotropicResult c, HeartRateRecoveryResult r, List<SummaryLine> lines, List<SummaryFlag> flags)
    {
        var inv = CultureInfo.InvariantCulture;
        if (d.Sections.GetValueOrDefault("subject") is SubjectInfo s)
        {
            var parts = new List<string> { s.AgeYears is { } age ? string.Create(inv, $"age {age:0.#} y") : "age not given" };
            if (s.Sex is { } sex) parts.Add(sex.ToString().ToLowerInvariant());
            if (s.TakesBetaBlockers == true) parts.Add("takes beta-blockers");
            lines.Add(new("Subject", string.Join(", ", parts)));
        }

        var peakTime = d.Indices.GetValueOrDefault("HR_PeakTime", double.NaN);
        var predicted = double.IsFinite(c.PredictedMaxHeartRateBpm)
            ? string.Create(inv, $"{ValueFormat.Number(c.PredictedMaxReachedPercent, "%")} % of predicted {ValueFormat.WithUnit(c.PredictedMaxHeartRateBpm, "bpm")} ({c.EquationName})")
            : "predicted maximum needs the age";
        lines.Add(new("Peak HR", $"{ValueFormat.WithUnit(c.PeakHeartRateBpm, "bpm")} at {ValueFormat.Clock(peakTime)}, {predicted}"));
        lines.Add(new("Resting HR", ValueFormat.WithUnit(c.RestHeartRateBpm, "bpm")));
        lines.Add(new("Chronotropic", double.IsFinite(c.ChronotropicIndex)
            ? $"index {ValueFormat.Number(c.ChronotropicIndex, string.Empty)}, reserve {ValueFormat.WithUnit(c.HeartRateReserveBpm, "bpm")}"
            : $"index — (needs the age), reserve {ValueFormat.WithUnit(c.HeartRateReserveBpm, "bpm")}"));
        var tau = double.IsFinite(r.TauFit.TauSeconds)
            ? $"τ {ValueFormat.WithUnit(r.TauFit.TauSeconds, "s")} (R² {ValueFormat.Number(r.TauFit.RSquared, string.Empty)})"
            : "τ —";
        var t30 = double.IsFinite(r.T30Seconds)
            ? $"T30 {ValueFormat.WithUnit(r.T30Seconds, "s")} (R² {ValueFormat.Number(r.T30RSquared, string.Empty)})"
            : "T30 —";
        lines.Add(new("Recovery", $"HRR60 {ValueFormat.WithUnit(r.Hrr60Bpm, "bpm")}, HRR120 {ValueFormat.WithUnit(r.Hrr120Bpm, "bpm")}, {t30}, {tau}"));
        var rmssd = d.Indices.GetValueOrDefault("HRV_RMSSD_Rest", double.NaN);
        var sdnn = d.Indices.GetValueOrDefault("HRV_SDNN_Rest", double.NaN);
        lines.Add(new("Resting HRV", $"RMSSD {ValueFormat.WithUnit(rmssd, "ms")}, SDNN {ValueFormat.WithUnit(sdnn, "ms")} (rest phase)"));

        var cutoff = c.ChronotropicIndexCutoff.ToString("0.00", inv);
        flags.Add(Flag("Chronotropic incompetence", $"index ≤ {cutoff}, {ShortCitation(c.IndexCutoffCitation)}", c.Incompetent,
            $"index {ValueFormat.Number(c.ChronotropicIndex, string.Empty)}", "needs the age"));
        flags.Add(Flag("Peak below predicted", $"< {ChronotropicResult.PredictedMaxReachedCutoffPercent:0} % of predicted, {ShortCitation(c.PercentPredictedCutoffCitation)}",
            c.BelowPercentPredicted, $"{ValueFormat.Number(c.PredictedMaxReachedPercent, "%")} %", "needs the age"));
        var noRecovery = r.Problems.Any(p => p.Code == ProblemCode.NoRecoveryAfterExercise);
        flags.Add(Flag("HRR60 abnormal", $"≤ {r.Hrr60CutoffBpm:0.#} bpm ({r.Posture.ToString().ToLowerInvariant()}), {ShortCitation(r.Hrr60CutoffCitation)}",
            r.Hrr60Abnormal, ValueFormat.WithUnit(r.Hrr60Bpm, "bpm"), noRecovery ? NoRecoveryReason : "no HR 60 s into recovery"));
        flags.Add(Flag("HRR120 abnormal", $"≤ {r.Hrr120CutoffBpm:0.#} bpm, {ShortCitation(r.Hrr120CutoffCitation)}",
            r.Hrr120Abnormal, ValueFormat.WithUnit(r.Hrr120Bpm, "bpm"), noRecovery ? NoRecoveryReason : "no HR 120 s into recovery"));
    }

    private const string NoRecoveryReason = "no recovery after the end found from the HR curve; set --exercise-end";

    private static void Hrv(ResultDocument d, List<SummaryLine> lines)
    {
        string V(string name) => ValueFormat.WithUnit(d.Indices.GetValueOrDefault(name, double.NaN), UnitOf(name));
        bool Has(string name) => d.Indices.TryGetValue(name, out var v) && !double.IsNaN(v);
        lines.Add(new("Heart rate", $"mean {V("HRV_MeanHR")}, mean NN {V("HRV_MeanNN")}"));
        lines.Add(new("Time domain", $"RMSSD {V("HRV_RMSSD")}, SDNN {V("HRV_SDNN")}, pNN50 {V("HRV_pNN50")}"));
        if (Has("HRV_LF") || Has("HRV_HF"))
            lines.Add(new("Spectrum", $"LF {V("HRV_LF")}, HF {V("HRV_HF")}, LF/HF {V("HRV_LFHF")}"));
        if (Has("HRV_SD1") || Has("HRV_DFA_alpha1"))
            lines.Add(new("Nonlinear", $"SD1 {V("HRV_SD1")}, SD2 {V("HRV_SD2")}, DFA α1 {V("HRV_DFA_alpha1")}"));
        if (Has("ANS_PNS") || Has("ANS_SNS"))
            lines.Add(new("Autonomic", $"PNS index {V("ANS_PNS")}, SNS index {V("ANS_SNS")}"));
    }

    private static void Info(ResultDocument d, List<SummaryLine> lines)
    {
        foreach (var key in (string[])["device", "sport", "start_time", "sampling_rate_hz", "r_peaks", "laps", "power_samples", "markers", "rr_unit"])
        {
            if (d.Input.Details.TryGetValue(key, out var value) && value is not null && value is not (int and 0))
                lines.Add(new(key.Replace('_', ' '), Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty));
        }
    }

    private static void Quality(QualityReport q, List<SummaryLine> lines, List<SummaryFlag> flags)
    {
        if (q.OriginalCount == 0) return;
        lines.Add(new("Beat quality", string.Create(CultureInfo.InvariantCulture,
            $"{ValueFormat.Number(q.ArtifactPercent, "%")} % artifacts ({q.DescribeArtifactShare()}), {ValueFormat.Number(q.CorrectedPercent, "%")} % of intervals changed{(q.GapCount > 0 && q.EstimatedLostBeats == 0 ? $", {q.GapCount} gap{(q.GapCount == 1 ? "" : "s")}" : "")}{(q.DenseArtifactPercent > 0 ? $", {ValueFormat.Number(q.DenseArtifactPercent, "%")} % in dense-artifact stretches (see notes)" : "")}")));
        // Two causes raise this flag; the value names the one that applies, and the reason is printed in full.
        flags.Add(Flag("Indices unreliable", string.Create(CultureInfo.InvariantCulture, $"detection limit ≥ {q.Options.MaxDetectionLimitPercent:0.#} %, or undecidable flags"),
            q.IndicesUnreliable, q.IndicesUnreliable == true && q.DetectionLimitExceeded == false
                ? "undecidable flags (reason above)"
                : $"detection limit {ValueFormat.Number(q.DetectionLimitPercent, "%")} %", "not assessed by this method"));
        if (q.IndicesUnreliable == true && q.IndicesUnreliableReason is { } reason) lines.Add(new("Unreliable", reason));
        flags.Add(Flag("Correction uncertain", string.Create(CultureInfo.InvariantCulture, $"RMSSD > ±{q.Options.MaxRmssdUncertaintyPercent:0.#} % or SDNN > ±{q.Options.MaxSdnnUncertaintyPercent:0.#} % (95 %)"),
            q.CorrectionUncertain,
            $"RMSSD ±{ValueFormat.AgainstCutoff(q.RmssdCorrectionUncertaintyPercent, q.Options.MaxRmssdUncertaintyPercent, "%")} %, SDNN ±{ValueFormat.AgainstCutoff(q.SdnnCorrectionUncertaintyPercent, q.Options.MaxSdnnUncertaintyPercent, "%")} %", "too little untouched data"));
        flags.Add(Flag("DFA α1 unreliable", string.Create(CultureInfo.InvariantCulture, $"> {q.Options.DfaAlpha1MaxArtifactPercent:0.#} % artifacts, {ShortCitation("Rogers 2021")}"),
            q.DfaAlpha1Reliable is { } reliable ? !reliable : null, $"{ValueFormat.Number(q.ArtifactPercent, "%")} %", "not assessed"));
    }

    private static SummaryFlag Flag(string name, string cutoff, bool? raised, string value, string whyNot) => raised switch
    {
        true => new(name, cutoff, FlagState.Raised, value),
        false => new(name, cutoff, FlagState.NotRaised, value),
        null => new(name, cutoff, FlagState.NotAssessed, whyNot),
    };

    [GeneratedRegex(@"\b(19|20)\d\d\b")]
    private static partial Regex Year();
}
