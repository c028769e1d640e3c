using System.Globalization;

namespace HrResponse.Cli.Output;

/// <summary>CSV cells the way the library's result writers write them: invariant round-trip numbers, NaN empty, RFC 4180 quoting.</summary>
internal static class CsvCells
{
    /// <summary>Invariant, round-trip; empty for NaN or infinity.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Quotes a cell when it contains a delimiter, quote or line break (RFC 4180).</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
