using System.Text.RegularExpressions;

namespace HrResponse.Cli.Batch;

/// <summary>
/// Turns batch INPUTS (files, folders, globs with <c>*</c>, <c>?</c> and <c>**</c>) into a sorted, de-duplicated list of
/// files. Folders are searched recursively for recording files by extension.
/// </summary>
internal static class InputExpansion
{
    /// <summary>File extensions taken from folders (globs and explicit files are taken as given).</summary>
    public static readonly string[] RecordingExtensions = [".csv", ".txt", ".tsv", ".fit", ".tcx", ".gpx", ".hrm", ".hea"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, out IReadOnlyList<string> unmatched)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var before = files.Count;
            if (File.Exists(input)) files.Add(Path.GetFullPath(input));
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                {
                    if (RecordingExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())) files.Add(Path.GetFullPath(f));
                }
            }
            else if (input.IndexOfAny(['*', '?']) >= 0)
            {
                foreach (var f in Glob(input)) files.Add(f);
            }

            if (files.Count == before && !Directory.Exists(input)) missing.Add(input);
        }

        unmatched = missing;
        return [.. files];
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var full = Path.GetFullPath(pattern.Replace('\\', '/'));
        var parts = full.Split('/');
        var firstWild = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?']) >= 0);
        var root = string.Join('/', parts[..firstWild]);
        if (root.Length == 0) root = "/";
        if (!Directory.Exists(root)) return [];
        var regex = new Regex("^" + ToRegex(string.Join('/', parts[firstWild..])) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(f => regex.IsMatch(Path.GetRelativePath(root, f).Replace('\\', '/')));
    }

    private static string ToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }

        return sb.ToString();
    }
}
