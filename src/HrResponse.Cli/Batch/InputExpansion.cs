namespace HrResponse.Cli.Batch;

/// <summary>
/// Turns batch INPUTS (files, folders, globs with <c>*</c>, <c>?</c> and <c>**</c>) into a sorted, de-duplicated list of
/// files. Folders are searched recursively for recording files by extension.
/// </summary>
internal static class InputExpansion
{
    /// <summary>File extensions taken from folders (globs and explicit files are taken as given).</summary>
    public static readonly string[] RecordingExtensions = [".csv", ".txt", ".tsv", ".fit", ".tcx", ".gpx", ".hrm", ".hea", ".edf", ".bdf"];

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
        var glob = parts[firstWild..];
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(f => GlobMatch(glob, Path.GetRelativePath(root, f).Replace('\\', '/').Split('/')));
    }

    /// <summary>
    /// Whether a relative path (split at <c>/</c>) matches a glob (split at <c>/</c>): a <c>**</c> part matches any number
    /// of folders (zero included); in other parts <c>*</c> matches any run and <c>?</c> one character, never a <c>/</c>.
    /// Time is O(glob parts × path parts × part lengths) whatever the pattern: no backtracking blow-up, no timeout.
    /// </summary>
    internal static bool GlobMatch(string[] glob, string[] path)
    {
        // reach[j]: the glob parts so far can consume exactly the first j path parts.
        var reach = new bool[path.Length + 1];
        reach[0] = true;
        foreach (var part in glob)
        {
            var next = new bool[path.Length + 1];
            if (part == "**")
            {
                var any = false;
                for (var j = 0; j <= path.Length; j++)
                {
                    any |= reach[j];
                    next[j] = any;
                }
            }
            else
            {
                for (var j = 0; j < path.Length; j++)
                {
                    if (reach[j] && WildcardMatch(part, path[j])) next[j + 1] = true;
                }
            }

            reach = next;
        }

        return reach[path.Length];
    }

    /// <summary>
    /// <c>*</c>/<c>?</c> matching of one name, ordinal: the classic greedy matcher that remembers only the last <c>*</c>,
    /// O(pattern × name) in the worst case, with no exponential backtracking.
    /// </summary>
    internal static bool WildcardMatch(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || (pattern[p] != '*' && pattern[p] == name[n])))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }
}
