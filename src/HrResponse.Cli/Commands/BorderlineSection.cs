using HrResponse.Cli.Output;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// The beats to review in a single-file result (<c>hrv</c>, <c>analyze</c>, <c>report</c>, <c>clean</c>): the pipeline's
/// borderline review (<see cref="AnalysisParts.BorderlineReview"/>, <see cref="RecordingAnalysisResult.BorderlineReview"/>)
/// as the section <c>borderline_review</c> and a note naming the beats. Whether the indices depend on them is a
/// pipeline problem (<see cref="ProblemCode.IndicesDependOnBorderlineBeats"/>), shown with the other problems.
/// </summary>
internal static class BorderlineSection
{
    /// <summary>The note naming the borderline beats, with how to overrule the detector; empty when there is none.</summary>
    public static string Text(BorderlineReview review)
    {
        var beats = review.Describe();
        return beats.Length == 0 ? beats : $"{beats} Keep or mark them with --keep-beats / --mark-beats after a look.";
    }

    /// <summary><paramref name="document"/> with the section <c>borderline_review</c> and, when there are borderline beats, a note "quality: …".</summary>
    public static ResultDocument AddTo(ResultDocument document, RecordingAnalysisResult result)
    {
        if (result.BorderlineReview is not { } review) return document;
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
