using System.Globalization;
using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// The beats to review in a single-file result (<c>hrv</c>, <c>analyze</c>, <c>report</c>, <c>clean</c>): the intervals
/// whose Lipponen–Tarvainen decision changes with the thresholds ±10 % and how far RMSSD and SDNN move with them
/// (<see cref="ArtifactCorrection.ReviewBorderline"/>), as the section <c>borderline_review</c> and a note. Not for
/// batch: it costs three more cleanings per file.
/// </summary>
internal static class BorderlineSection
{
    /// <summary>The review, or null when the correction is not Lipponen–Tarvainen or there are no beats.</summary>
    public static BorderlineReview? Of(Recording recording, ArtifactCorrectionOptions correction) =>
        recording.HasBeats && correction.Method == ArtifactDetectionMethod.LipponenTarvainen2019
            ? ArtifactCorrection.ReviewBorderline(recording.Beats, correction)
            : null;

    /// <summary>
    /// The note: the borderline intervals (at most 20) with how to overrule the detector, and, when RMSSD or SDNN
    /// depend on them by more than the correction is meant to keep, their ranges. Empty when there is nothing to say.
    /// </summary>
    public static string Text(BorderlineReview review)
    {
        var beats = review.Beats;
        if (beats.Count == 0) return string.Empty;
        var inv = CultureInfo.InvariantCulture;
        var text = string.Create(inv,
            $"{beats.Count} borderline interval{(beats.Count == 1 ? "" : "s")} to review (flagged or not depending on the thresholds within ±{review.MarginPercent:0.#} %; keep or mark them with --keep-beats / --mark-beats): {string.Join(", ", beats.Take(20).Select(b => $"{b.Index} ({(b.Flagged ? "flagged" : "not flagged")} {b.Type.ToString().ToLowerInvariant()})"))}{(beats.Count > 20 ? ", …" : "")}.");
        if (!review.IndicesDependOnBorderlineBeats) return text;
        static string Range(IndexRange r) => string.Create(CultureInfo.InvariantCulture, $"{r.AsCleaned:0.0} ms ({r.Lowest:0.0}–{r.Highest:0.0} ms, ±{r.SpreadPercent:0.#} %)");
        return text + $" They decide RMSSD {Range(review.RmssdMs)} and SDNN {Range(review.SdnnMs)} by more than the correction is meant to keep: these indices are unreliable until the beats are reviewed.";
    }

    /// <summary><paramref name="document"/> with the section <c>borderline_review</c> and, when there are borderline beats, a note "quality: …".</summary>
    public static ResultDocument AddTo(ResultDocument document, Recording recording, ArtifactCorrectionOptions correction)
    {
        var review = Of(recording, correction);
        if (review is null) return document;
        var sections = new Dictionary<string, object?>(document.Sections) { ["borderline_review"] = review };
        var text = Text(review);
        if (text.Length > 0)
        {
            var notes = document.Sections.TryGetValue("notes", out var n) && n is IEnumerable<string> existing ? existing : [];
            sections["notes"] = notes.Append($"quality: {text}").ToArray();
        }

        return document with { Sections = sections };
    }
}
