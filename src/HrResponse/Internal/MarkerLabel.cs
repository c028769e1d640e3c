namespace HrResponse.Internal;

/// <summary>
/// How marker labels are compared with the labels an analysis looks for: lower case, with '_' and '-' as spaces and
/// runs of white space as one, so <c>exercise_start</c>, <c>Exercise-Start</c> and <c>exercise  start</c> are one label
/// (free-text EDF+ annotations and device events spell the same event in many ways).
/// </summary>
internal static class MarkerLabel
{
    /// <summary>The label as compared.</summary>
    public static string Key(string label) =>
        string.Join(' ', label.ToLowerInvariant().Replace('_', ' ').Replace('-', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when the label, as compared, starts with the prefix, as compared.</summary>
    public static bool StartsWith(string label, string prefix) => Key(label).StartsWith(Key(prefix), StringComparison.Ordinal);
}
