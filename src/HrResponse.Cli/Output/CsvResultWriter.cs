using System.Globalization;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes result documents as one CSV table: a <c>file</c> column, then every index name in first-seen order. Values use
/// the invariant culture in shortest round-trip form; NaN is an empty cell (read as NaN by pandas and NA by R).
/// </summary>
internal static class CsvResultWriter
{
    /// <summary>Writes the documents, one row each.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(IEnumerable<ResultDocument> documents, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        var rows = documents.ToList();
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in rows.SelectMany(r => r.Indices.Keys))
        {
            if (seen.Add(name)) columns.Add(name);
        }

        output.Write("file");
        foreach (var c in columns) output.Write("," + Quote(c));
        output.Write('\n');
        foreach (var row in rows)
        {
            output.Write(Quote(row.File));
            foreach (var c in columns)
            {
                output.Write(',');
                if (row.Indices.TryGetValue(c, out var v)) output.Write(FormatNumber(v));
            }

            output.Write('\n');
        }

        output.Flush();
    }

    /// <summary>Formats a number for CSV: invariant, round-trip, empty for NaN or infinity.</summary>
    /// <param name="value">The value.</param>
    internal static string FormatNumber(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Quotes a cell when it contains a delimiter, quote or line break (RFC 4180).</summary>
    /// <param name="text">The cell text.</param>
    internal static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
