using System.Globalization;
using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// The beats to review in a single-file result (<c>hrv</c>, <c>report</c>): the intervals whose Lipponen–Tarvainen
/// decision changes with the thresholds ±10 % (<see cref="ArtifactCorrection.BorderlineBeats"/>), as the section
/// <c>borderline_beats</c> and a note. Not for batch: it costs three more cleanings per file.
/// </summary>
internal static class BorderlineReview
{
    /// <summary>The intervals to review, or an empty list when the correction is not Lipponen–Tarvainen or there are no beats.</summary>
    public static IReadOnlyList<BorderlineBeat> Of(Recording recording, ArtifactCorrectionOptions correction) =>
        recording.HasBeats && correction.Method == ArtifactDetectionMethod.LipponenTarvainen2019
            ? ArtifactCorrection.BorderlineBeats(recording.Beats, correction)
            : [];

    /// <summary>One line naming them (at most 20), with how to overrule the detector.</summary>
    public static string Text(IReadOnlyList<BorderlineBeat> beats) => string.Create(CultureInfo.InvariantCulture,
        $"{beats.Count} borderline interval{(beats.Count == 1 ? "" : "s")} to review (flagged or not depending on the thresholds within ±10 %; keep or mark them with --keep-beats / --mark-beats): {string.Join(", ", beats.Take(20).Select(b => $"{b.Index} ({(b.Flagged ? "flagged" : "not flagged")} {b.Type.ToString().ToLowerInvariant()})"))}{(beats.Count > 20 ? ", …" : "")}.");

    /// <summary><paramref name="document"/> with the section <c>borderline_beats</c> and, when there are any, a note "quality: …".</summary>
    public static ResultDocument AddTo(ResultDocument document, Recording recording, ArtifactCorrectionOptions correction)
    {
        var beats = Of(recording, correction);
        var sections = new Dictionary<string, object?>(document.Sections) { ["borderline_beats"] = beats };
        if (beats.Count > 0)
        {
            var notes = document.Sections.TryGetValue("notes", out var n) && n is IEnumerable<string> existing ? existing : [];
            sections["notes"] = notes.Append($"quality: {Text(beats)}").ToArray();
        }

        return document with { Sections = sections };
    }
}
