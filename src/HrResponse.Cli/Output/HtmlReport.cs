using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using HrResponse.Autonomic;
using HrResponse.Exercise;
using HrResponse.Quality;
using HrResponse.Reporting;

namespace HrResponse.Cli.Output;

/// <summary>
/// Renders a result document and its charts as one self-contained HTML5 page: inline CSS and SVG, no scripts and no
/// external resources, so it opens offline in any browser and prints on paper. Sections (by id): <c>summary</c> (key
/// results and flags with their cut-offs, as at the top of the table output), <c>input</c>, <c>charts</c>, <c>indices</c>, <c>exercise</c> (when the document has exercise phases), <c>autonomic</c> (when it has an autonomic reflex test: the test's chart, its rated results with cut-offs and sources, its indices and the Ewing-style summary), <c>quality</c>, <c>settings</c>,
/// and <c>problems</c> when there are any.
/// </summary>
internal static class HtmlReport
{
    private const string Style = """
        body { font-family: Helvetica, Arial, sans-serif; color: #222; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.4; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ccc; padding-bottom: 0.2em; margin-top: 1.6em; }
        table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.92em; }
        th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.flag { color: #b03000; font-weight: bold; } td.ok { color: #2e7d32; } figure { margin: 1em 0 2em; page-break-inside: avoid; }
        figure svg { max-width: 100%; height: auto; } figcaption { color: #555; font-size: 0.92em; }
        pre { background: #f7f7f7; padding: 0.6em; overflow-x: auto; font-size: 0.85em; white-space: pre-wrap; }
        .muted { color: #666; }
        """;

    /// <summary>Size of the inline charts: 960 px wide at 96 DPI (text at its nominal size), scaled down by CSS to the page width.</summary>
    private static readonly HrResponse.Plotting.ChartImageOptions InlineChartSize = new() { WidthPx = 960, Dpi = 96 };

    /// <summary>The chart's SVG without its XML declaration, for inlining (its ids are prefixed with the chart name, so charts do not clash).</summary>
    private static string InlineSvg(HrResponse.Plotting.AnalysisChart chart)
    {
        var svg = chart.ToSvg(InlineChartSize);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = (start > 0 ? svg[start..] : svg).TrimEnd() + "\n";
        // The xlink namespace is declared by the SVG writer but unused by the charts; the page names no URI it does not need.
        if (!svg.Contains("xlink:href", StringComparison.Ordinal))
            svg = svg.Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
        return svg;
    }

    public static string Render(ResultDocument document, IReadOnlyList<HrResponse.Plotting.AnalysisChart> charts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(charts);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var name = Path.GetFileName(document.File);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>HrResponse report: ").Append(E(name)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>HrResponse report: ").Append(E(name)).Append("</h1>\n");
        sb.Append("<p class=\"muted\">Written by hrresponse ").Append(E(Version())).Append(". Every number below comes with the settings that produced it (see Settings).</p>\n");

        Summary(sb, ResultSummary.Of(document));

        var input = document.Input;
        sb.Append("<section id=\"input\">\n<h2>Input</h2>\n<table>\n");
        Row(sb, "File", E(document.File));
        Row(sb, "Format", E(input.Format));
        Row(sb, "Beats", input.Beats.ToString(inv));
        Row(sb, "Heart-rate samples", input.HrSamples.ToString(inv));
        Row(sb, "Duration", E(string.Create(inv, $"{input.DurationSeconds:0.#} s ({input.DurationSeconds / 60:0.0} min)")));
        foreach (var (key, value) in input.Details)
            Row(sb, E(key), E(Compact(value)));
        sb.Append("</table>\n</section>\n");

        if (document.Sections.TryGetValue("problems", out var problems) && problems is IEnumerable<string> list && list.Any())
        {
            sb.Append("<section id=\"problems\">\n<h2>Problems</h2>\n<ul>\n");
            foreach (var p in list) sb.Append("<li>").Append(E(p)).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }

        sb.Append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (charts.Count == 0) sb.Append("<p>No chart applies to this input.</p>\n");
        foreach (var chart in charts)
        {
            if (chart.Name == "autonomic") continue;
            sb.Append("<figure id=\"chart-").Append(E(chart.Name)).Append("\">\n").Append(InlineSvg(chart))
                .Append("<figcaption>").Append(E(chart.Caption)).Append("</figcaption>\n</figure>\n");
        }

        sb.Append("</section>\n");

        sb.Append("<section id=\"indices\">\n<h2>Indices</h2>\n");
        if (document.Indices.Count == 0) sb.Append("<p>No index was computed.</p>\n");
        else
        {
            sb.Append("<table>\n<tr><th>Index</th><th>Value</th><th>Unit</th><th>Flag</th><th>Definition</th></tr>\n");
            foreach (var (key, value) in document.Indices)
            {
                var def = IndexCatalog.Find(key);
                sb.Append("<tr><td><code>").Append(E(key)).Append("</code></td><td class=\"num\">")
                    .Append(double.IsFinite(value) ? value.ToString("G6", inv) : "NaN")
                    .Append("</td><td>").Append(E(def?.Unit ?? string.Empty))
                    .Append("</td><td class=\"flag\">").Append(E(Flag(key, value)))
                    .Append("</td><td>").Append(E(def?.Definition ?? string.Empty)).Append("</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        sb.Append("</section>\n");

        if (document.Sections.TryGetValue("phases", out var po) && po is ExercisePhases phases) Exercise(sb, document, phases);
        if (document.Sections.TryGetValue("autonomic", out var ao) && ao is AutonomicResult autonomic)
            Autonomic(sb, autonomic, charts.FirstOrDefault(c => c.Name == "autonomic"));

        sb.Append("<section id=\"quality\">\n<h2>Beat quality</h2>\n");
        if (document.Sections.TryGetValue("quality", out var qo) && qo is QualityReport q) Quality(sb, q);
        else sb.Append("<p>No beat-to-beat data, so no artifact detection was done.</p>\n");
        if (document.Sections.TryGetValue("borderline_review", out var bo) && bo is BorderlineReview { Beats.Count: > 0 } borderline)
            Borderline(sb, borderline);
        sb.Append("</section>\n");

        sb.Append("<section id=\"settings\">\n<h2>Settings</h2>\n");
        if (document.Settings.Count == 0) sb.Append("<p>Defaults.</p>\n");
        foreach (var (key, value) in document.Settings)
        {
            sb.Append("<h3>").Append(E(key)).Append("</h3>\n<pre>")
                .Append(E(value is string s ? s : JsonResultWriter.ToJsonText(value))).Append("</pre>\n");
        }

        sb.Append("</section>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// The key results and every flag with its cut-off, the same as the top of the table output: subject, peak HR against
    /// the predicted maximum, chronotropic index, HRR60/HRR120, resting HRV, beat quality; raised flags first.
    /// </summary>
    private static void Summary(StringBuilder sb, ResultSummary summary)
    {
        sb.Append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        if (summary.Lines.Count > 0)
        {
            sb.Append("<table class=\"key-results\">\n");
            foreach (var line in summary.Lines) Row(sb, E(line.Label), E(line.Text));
            sb.Append("</table>\n");
        }

        if (summary.Flags.Count > 0)
        {
            sb.Append("<table class=\"flags\">\n<tr><th>Flag</th><th>Cut-off</th><th>Raised</th><th>Value</th></tr>\n");
            foreach (var flag in summary.Flags.OrderBy(f => f.State))
            {
                var (state, css) = flag.State switch
                {
                    FlagState.Raised => ("yes", "flag"),
                    FlagState.NotRaised => ("no", "ok"),
                    _ => ("not assessed", "muted"),
                };
                sb.Append("<tr><td>").Append(E(flag.Name)).Append("</td><td>").Append(E(flag.Cutoff))
                    .Append("</td><td class=\"").Append(css).Append("\">").Append(state)
                    .Append("</td><td>").Append(E(flag.Detail)).Append("</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>The flag shown beside an index: not computed, abnormal, or a quality warning; empty otherwise.</summary>
    public static string Flag(string name, double value)
    {
        if (double.IsNaN(value)) return "not computed";
        if (name.EndsWith("_Abnormal", StringComparison.Ordinal) && value == 1) return "abnormal";
        if (name == "QUALITY_DfaReliable" && value == 0) return "DFA α1 not reliable (> 3 % artifacts)";
        if (name == "QUALITY_ArtifactPercent" && value > 3) return "> 3 % artifacts";
        return string.Empty;
    }

    private static readonly HashSet<string> Rendered = ["quality", "borderline_review", "problems", "phases", "recovery", "references", "rest_hr_source", "peak_hr_source", "autonomic"];

    // The beats whose artifact decision changes with the detection thresholds ±10 %, and how far RMSSD and SDNN move
    // with them (ArtifactCorrection.ReviewBorderline).
    private static void Borderline(StringBuilder sb, BorderlineReview review)
    {
        var inv = CultureInfo.InvariantCulture;
        string Range(IndexRange r) => string.Create(inv, $"{r.Lowest:0.0}–{r.Highest:0.0} ms");
        sb.Append("<p>Beats to review (their artifact decision changes with the detection thresholds ±")
            .Append(review.MarginPercent.ToString("0.#", inv)).Append(" %, the thresholds' own uncertainty): ")
            .Append(E(string.Join(", ", review.Beats.Select(b => string.Create(inv, $"input interval {b.Index} ({(b.Flagged ? "flagged" : "not flagged")} {b.Type.ToString().ToLowerInvariant()})")))))
            .Append(". With them RMSSD ranges ").Append(E(Range(review.RmssdMs))).Append(" and SDNN ").Append(E(Range(review.SdnnMs)))
            .Append(review.IndicesDependOnBorderlineBeats
                ? " — <strong>more than the correction is meant to keep: these indices are unreliable until the beats are reviewed</strong>"
                : "")
            .Append(". Keep or mark them with <code>--keep-beats</code> / <code>--mark-beats</code> after a look.</p>\n");
    }

    private static void Exercise(StringBuilder sb, ResultDocument document, ExercisePhases p)
    {
        var inv = CultureInfo.InvariantCulture;
        string S(double v) => double.IsFinite(v) ? v.ToString("0.#", inv) + " s" : "not found";
        sb.Append("<section id=\"exercise\">\n<h2>Exercise test</h2>\n<table>\n<tr><th>Boundary</th><th>Time</th><th>How it was found</th></tr>\n");
        foreach (var (name, t, source) in new[]
        {
            ("Rest start", p.RestStartSeconds, p.RestStartSource),
            ("Exercise start", p.ExerciseStartSeconds, p.ExerciseStartSource),
            ("Exercise end", p.ExerciseEndSeconds, p.ExerciseEndSource),
            ("Recovery end", p.RecoveryEndSeconds, p.RecoveryEndSource),
        })
        {
            sb.Append("<tr><td>").Append(E(name)).Append("</td><td class=\"num\">").Append(E(S(t))).Append("</td><td>").Append(E(source)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<table>\n");
        if (document.Sections.TryGetValue("rest_hr_source", out var rest) && rest is string r) Row(sb, "Resting HR", E(r));
        if (document.Sections.TryGetValue("peak_hr_source", out var peak) && peak is string pk) Row(sb, "Peak HR", E(pk));
        sb.Append("</table>\n");
        if (document.Sections.TryGetValue("recovery", out var ro) && ro is HeartRateRecoveryResult rec && rec.Points.Count > 0)
        {
            sb.Append("<table>\n<tr><th>After exercise end</th><th>HR (bpm)</th><th>HRR (bpm)</th><th>HRR (% of peak)</th></tr>\n");
            foreach (var pt in rec.Points)
            {
                string N(double v) => double.IsFinite(v) ? v.ToString("0.#", inv) : "NaN";
                sb.Append("<tr><td class=\"num\">").Append(N(pt.OffsetSeconds)).Append(" s</td><td class=\"num\">").Append(N(pt.HeartRateBpm))
                    .Append("</td><td class=\"num\">").Append(N(pt.RecoveryBpm)).Append("</td><td class=\"num\">").Append(N(pt.RecoveryPercent)).Append("</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        foreach (var (key, value) in document.Sections)
        {
            if (Rendered.Contains(key) || value is null) continue;
            sb.Append("<h3>").Append(E(key)).Append("</h3>\n<pre>").Append(E(JsonResultWriter.ToJsonText(value))).Append("</pre>\n");
        }

        if (document.Sections.TryGetValue("references", out var refs) && refs is IEnumerable<string> list && list.Any())
        {
            sb.Append("<h3>References</h3>\n<ul>\n");
            foreach (var item in list) sb.Append("<li>").Append(E(item)).Append("</li>\n");
            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    /// <summary>
    /// The autonomic reflex test: how its event was found, its chart, the rated results with the rule (cut-offs, and
    /// whether they depend on age) and the source, every index of the test with unit and definition, the Ewing-style
    /// summary with its note, and the test's problems.
    /// </summary>
    private static void Autonomic(StringBuilder sb, AutonomicResult result, HrResponse.Plotting.AnalysisChart? chart)
    {
        var inv = CultureInfo.InvariantCulture;
        string N(double v, string format = "0.##") => double.IsFinite(v) ? v.ToString(format, inv) : "–";
        var (title, events) = result switch
        {
            { Valsalva: { } v } => ("Valsalva manoeuvre", new (string, string)[]
            {
                ("Strain", $"{N(v.StrainStartSeconds, "0.0")} s to {N(v.StrainEndSeconds, "0.0")} s ({N(v.StrainDurationSeconds, "0.0")} s), {v.StrainSource}"),
                ("Valsalva ratio definition", v.RatioDefinition),
                ("Blood pressure", v.HasPressure ? "recorded and used" : "not recorded or not usable"),
            }),
            { ActiveStand: { } st } => ("Active stand", new (string, string)[]
            {
                ("Stand-up", $"{N(st.StandSeconds, "0.0")} s, {st.StandSource}"),
                ("Standing recorded", $"{N(st.StandingRecordedSeconds, "0")} s (up to 10 min)"),
                ("Blood pressure", st.HasPressure ? "recorded and used" : "not recorded or not usable"),
                ("Postural tachycardia", st.PosturalTachycardiaNote),
                ("Initial orthostatic hypotension", st.InitialOrthostaticHypotensionNote),
            }),
            { DeepBreathing: { } d } => ("Deep breathing", new (string, string)[]
            {
                ("Cycles", $"{d.CycleCount} complete cycles of mean period {N(d.MeanCyclePeriodSeconds, "0.0")} s, {d.CycleSource}"),
            }),
            _ => ("Autonomic reflex test", Array.Empty<(string, string)>()),
        };

        sb.Append("<section id=\"autonomic\">\n<h2>Autonomic reflex test: ").Append(E(title)).Append("</h2>\n<table class=\"autonomic-events\">\n");
        Row(sb, "Test", E(CliException.InCliTerms(result.TestChoice)));
        foreach (var (head, text) in events) Row(sb, E(head), E(text));
        sb.Append("</table>\n");
        if (chart is not null)
        {
            sb.Append("<figure id=\"chart-autonomic\">\n").Append(InlineSvg(chart))
                .Append("<figcaption>").Append(E(chart.Caption)).Append("</figcaption>\n</figure>\n");
        }

        sb.Append("<h3>Ratings</h3>\n<table class=\"autonomic-ratings\">\n<tr><th>Result</th><th>Value</th><th>Rating</th><th>Rule (cut-offs)</th><th>Source</th></tr>\n");
        foreach (var r in result.RatedValues)
        {
            var css = r.Rating switch
            {
                AutonomicRating.Abnormal or AutonomicRating.Borderline => "flag",
                AutonomicRating.Normal => "ok",
                _ => "muted",
            };
            var value = double.IsFinite(r.Value) ? N(r.Value, "0.###") + (r.Unit.Length > 0 ? " " + r.Unit : string.Empty) : "–";
            sb.Append("<tr><td>").Append(E(r.Label)).Append(" <code>").Append(E(r.Index)).Append("</code></td><td class=\"num\">").Append(E(value))
                .Append("</td><td class=\"").Append(css).Append("\">").Append(E(RatingText(r.Rating)))
                .Append("</td><td>").Append(E(r.Rule)).Append("</td><td>").Append(E(r.Citation)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<h3>Indices</h3>\n<table class=\"autonomic-indices\">\n<tr><th>Index</th><th>Value</th><th>Unit</th><th>Definition</th></tr>\n");
        foreach (var (key, value) in result.ToIndexTable())
        {
            if (key.StartsWith("QUALITY_", StringComparison.Ordinal) || key.EndsWith("_Rating", StringComparison.Ordinal) || key is "AUTONOMIC_EwingCategory" or "AUTONOMIC_Test") continue;
            var def = IndexCatalog.Find(key);
            sb.Append("<tr><td><code>").Append(E(key)).Append("</code></td><td class=\"num\">")
                .Append(double.IsFinite(value) ? value.ToString("G6", inv) : "NaN")
                .Append("</td><td>").Append(E(def?.Unit ?? string.Empty)).Append("</td><td>").Append(E(def?.Definition ?? string.Empty)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n<h3>Summary</h3>\n<table class=\"autonomic-summary\">\n");
        Row(sb, "Ewing's category", E(result.Summary.Category == EwingCategory.NotAssessed ? "not assessed" : result.Summary.Category.ToString().ToLowerInvariant()));
        Row(sb, "Note", E(result.Summary.Note));
        Row(sb, "Beat correction", E(ArtifactCorrectionOptions.NameOf(result.Options.Correction.Method)));
        sb.Append("</table>\n");
        if (result.TestProblems.Count > 0)
        {
            sb.Append("<h3>Problems of the test</h3>\n<ul>\n");
            foreach (var p in result.TestProblems) sb.Append("<li>").Append(E(p.Message)).Append("</li>\n");
            sb.Append("</ul>\n");
        }

        sb.Append("</section>\n");
    }

    private static string RatingText(AutonomicRating rating) => rating switch
    {
        AutonomicRating.Normal => "normal",
        AutonomicRating.Borderline => "borderline",
        AutonomicRating.Abnormal => "abnormal",
        _ => "not rated",
    };

    private static void Quality(StringBuilder sb, QualityReport q)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.Append("<table>\n");
        Row(sb, "Detection method", E(ArtifactCorrectionOptions.NameOf(q.Method)));
        Row(sb, "Correction", E(q.Action.ToString()));
        Row(sb, "Input intervals", q.OriginalCount.ToString(inv));
        Row(sb, "Intervals after cleaning", q.CleanedCount.ToString(inv));
        Row(sb, "Artifacts (ectopic / missed / extra / long / short / out of range)", string.Create(inv,
            $"{q.ArtifactCount} ({q.EctopicCount} / {q.MissedCount} / {q.ExtraCount} / {q.LongCount} / {q.ShortCount} / {q.OutOfRangeCount})"));
        if (!q.Options.Edits.IsEmpty)
        {
            Row(sb, "Analyst's edits", string.Create(inv,
                $"{E(q.Options.Edits.ToString())}: {q.ManualArtifactCount} marked as artifacts, {q.OverriddenFlagCount} detector flags overruled, {q.ManualExcludedCount} excluded"));
        }

        Row(sb, "Dropouts / discontinuities / estimated lost beats", string.Create(inv, $"{q.DropoutCount} / {q.DiscontinuityCount} / {q.EstimatedLostBeats}"));
        Row(sb, "Intervals rebuilt from beat times (not recorded)", q.ReconstructedCount.ToString(inv));
        Row(sb, "Interpolated / inserted / removed / excluded", string.Create(inv, $"{q.InterpolatedCount} / {q.InsertedCount} / {q.RemovedCount} / {q.ExcludedCount}"));
        Row(sb, "Artifact share", double.IsFinite(q.ArtifactPercent) ? string.Create(inv, $"{q.ArtifactPercent:0.##} % ({q.DescribeArtifactShare()})") : "not assessed");
        Row(sb, "Intervals changed", double.IsFinite(q.CorrectedPercent) ? string.Create(inv, $"{q.CorrectedPercent:0.##} %") : "n/a");
        Row(sb, "RMSSD / SDNN uncertainty from the correction (95 %)", string.Create(inv,
            $"±{ValueFormat.AgainstCutoff(q.RmssdCorrectionUncertaintyPercent, q.Options.MaxRmssdUncertaintyPercent, "%")} % / ±{ValueFormat.AgainstCutoff(q.SdnnCorrectionUncertaintyPercent, q.Options.MaxSdnnUncertaintyPercent, "%")} %"));
        Row(sb, "Gaps (longest)", string.Create(inv, $"{q.GapCount} ({q.LongestGapSeconds:0.###} s)"));
        Row(sb, "DFA α1", q.DfaAlpha1Reliable switch
        {
            true => "usable (≤ 3 % artifacts)",
            false => "not reliable (&gt; 3 % artifacts)",
            null => "not assessed",
        });
        foreach (var w in q.Warnings) Row(sb, "Warning", E(w.Message));
        sb.Append("</table>\n");
    }

    private static void Row(StringBuilder sb, string head, string valueHtml) =>
        sb.Append("<tr><th>").Append(head).Append("</th><td>").Append(valueHtml).Append("</td></tr>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Compact(object? value) => value switch
    {
        null => "-",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonResultWriter.ToJsonText(value).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("  ", string.Empty, StringComparison.Ordinal),
    };

    private static string Version() => LibraryVersion.Informational;
}
