using System.Collections;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HrResponse.Cli.Batch;

/// <summary>
/// The settings that decide a batch's numbers (every option but where results go and how the run is scheduled), as
/// <c>name=value</c> lines kept in a file beside the results (<c>OUT.settings</c>), so <c>--resume</c> can refuse to
/// append rows computed with other settings under rows of the earlier ones. Values are the parsed values (so
/// an option left out and the same option given its default value agree); options without a value are <c>(none)</c>; the
/// <c>--subjects</c> table is recorded by its content's SHA-256 as well as its name, and the first setting is the
/// library's version (<see cref="LibraryVersion.Informational"/>).
/// </summary>
internal static class BatchSettingsRecord
{
    /// <summary>The suffix of the settings file beside the results file.</summary>
    public const string Suffix = ".settings";

    private const string FirstLine = "# hrresponse batch settings: --resume refuses to continue these results with other settings";

    /// <summary>Options that do not change any number: outputs, scheduling, exit policy.</summary>
    private static readonly HashSet<string> RunControl = new(StringComparer.Ordinal)
    {
        "--out", "--errors", "--jobs", "--shard", "--resume", "--allow-failures", "--help", "-h", "-?", "--version",
    };

    public static string PathFor(string resultsPath) => resultsPath + Suffix;

    /// <summary>True when the file starts as a settings record written by this tool.</summary>
    public static bool IsRecord(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var buffer = new char[FirstLine.Length];
            return reader.ReadBlock(buffer, 0, buffer.Length) == buffer.Length && new string(buffer) == FirstLine;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The settings text of a parsed <c>batch</c> command line.</summary>
    public static string Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        // The library's version decides numbers as much as the options do: rows of two versions are not one table.
        var lines = new List<string> { FirstLine, "hrresponse_version=" + LibraryVersion.Informational };
        foreach (var option in parse.CommandResult.Command.Options.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            if (RunControl.Contains(option.Name) || option.Hidden) continue;
            var result = parse.GetResult(option);
            string value;
            if (result is null) value = "(none)";
            else
            {
                try
                {
                    value = Format(result.GetValueOrDefault<object?>());
                }
                catch (InvalidOperationException)
                {
                    value = string.Join(' ', result.Tokens.Select(t => t.Value));
                }
            }

            lines.Add(option.Name + "=" + Escape(value));
            if (option.Name == "--subjects" && result is not null && File.Exists(value))
                lines.Add("--subjects:sha256=" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(value))));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>
    /// Refuses to resume when <paramref name="recorded"/> (the settings file's text) differs from
    /// <paramref name="current"/>; the message lists each difference.
    /// </summary>
    public static void CheckSame(string resultsPath, string recorded, string current)
    {
        var before = Parse(recorded);
        var now = Parse(current);
        if (before.Count == now.Count && before.All(kv => now.TryGetValue(kv.Key, out var v) && v == kv.Value)) return;
        var differences = before.Keys.Union(now.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(k => before.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k) ?? "(not recorded)"} then, {now.GetValueOrDefault(k) ?? "(not recorded)"} now")
            .ToList();
        throw new CliException(
            $"--resume: {resultsPath} was written with other settings ({string.Join("; ", differences)}, as recorded in {PathFor(resultsPath)}); " +
            "resume with the options that wrote it, or write to a new --out. The results are unchanged.",
            ExitCodes.UsageError);
    }

    private static Dictionary<string, string> Parse(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) continue;
            map[line[..eq]] = line[(eq + 1)..];
        }

        return map;
    }

    private static string Format(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>One line per setting: line ends and backslashes escaped.</summary>
    private static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
