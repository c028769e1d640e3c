using System.Globalization;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>Text helpers for the CSV reader: lines, cells, numbers, invariant formatting.</summary>
internal static class CsvText
{
    /// <summary>Invariant number format with a decimal comma and no group separator.</summary>
    public static NumberFormatInfo DecimalCommaFormat { get; } = CreateDecimalComma();

    /// <summary>Number style accepted for values: sign, decimal point, exponent, surrounding white space.</summary>
    public const NumberStyles Style = NumberStyles.Float;

    /// <summary>The lines of <paramref name="text"/> with their 1-based numbers; CR, LF and CR LF each end a line.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string text)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            yield return (line++, text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        if (start < text.Length) yield return (line, text[start..]);
    }

    /// <summary>An upper bound of the number of lines: line breaks (CR or LF, whichever is more frequent) plus one.</summary>
    public static int LineCountUpperBound(string text)
    {
        var span = text.AsSpan();
        return Math.Max(span.Count('\n'), span.Count('\r')) + 1;
    }

    /// <summary>Offsets of the first character of each line (index 0 is line 1); CR, LF and CR LF each end a line.</summary>
    public static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r') continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(i + 1);
        }

        return starts;
    }

    /// <summary>Splits one line into cells on <paramref name="separator"/>, honouring double quotes; cells are unquoted and trimmed.</summary>
    public static List<string> Split(string line, char separator)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == separator && !quoted)
            {
                cells.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        cells.Add(sb.ToString().Trim());
        return cells;
    }

    /// <summary>The cell at 0-based <paramref name="index"/> of a line, or the whole line when there is no such cell.</summary>
    public static string CellAt(string line, char separator, int index)
    {
        var cells = Split(line, separator);
        return index < cells.Count ? cells[index] : line;
    }

    /// <summary>Counts <paramref name="c"/> outside double quotes.</summary>
    public static int CountOutsideQuotes(string line, char c)
    {
        var n = 0;
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == c && !quoted) n++;
        }

        return n;
    }

    /// <summary>True when the text is a number with a decimal point or a decimal comma (NaN and infinity count as numbers).</summary>
    public static bool LooksNumeric(string cell) =>
        double.TryParse(cell, Style, CultureInfo.InvariantCulture, out _) ||
        double.TryParse(cell, Style, DecimalCommaFormat, out _);

    /// <summary>True when the text is digits, one comma, digits (optionally signed): a decimal-comma number.</summary>
    public static bool IsDecimalCommaNumber(string cell)
    {
        var s = cell.AsSpan().Trim();
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+')) s = s[1..];
        var comma = s.IndexOf(',');
        if (comma < 0 || comma != s.LastIndexOf(',') || comma == s.Length - 1) return false;
        foreach (var ch in s)
            if (ch != ',' && !char.IsAsciiDigit(ch)) return false;
        return true;
    }

    /// <summary>True when the UTF-8 bytes hold nothing but spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
            if (b != (byte)' ' && b != (byte)'\t') return false;
        return true;
    }

    /// <summary>True when the characters are nothing but spaces and tabs.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(' ', '\t') < 0;

    /// <summary>The first character that is not a space or tab, or U+0000.</summary>
    public static char FirstNonBlank(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExcept(' ', '\t');
        return i < 0 ? '\0' : text[i];
    }

    /// <summary>
    /// True when the text can be read line by line without a CSV parser: ASCII only, no double quote, and every CR
    /// followed by LF (so lines end at LF, with an optional CR before it).
    /// </summary>
    public static bool IsPlain(string text)
    {
        var span = text.AsSpan();
        if (!System.Text.Ascii.IsValid(span) || span.Contains('"')) return false;
        var cr = span.IndexOf('\r');
        while (cr >= 0)
        {
            if (cr + 1 >= span.Length || span[cr + 1] != '\n') return false;
            span = span[(cr + 2)..];
            cr = span.IndexOf('\r');
        }

        return true;
    }

    /// <summary>The first byte that is not a space or tab, or 0.</summary>
    public static byte FirstNonBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
            if (b != (byte)' ' && b != (byte)'\t') return b;
        return 0;
    }

    /// <summary>A number formatted for messages: invariant, at most 6 decimals.</summary>
    public static string Show(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>The name of a delimiter for messages.</summary>
    public static string DelimiterName(char c) => c switch
    {
        ',' => "comma",
        ';' => "semicolon",
        '\t' => "tab",
        _ => $"'{c}'",
    };

    private static NumberFormatInfo CreateDecimalComma()
    {
        var nf = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        nf.NumberDecimalSeparator = ",";
        nf.NumberGroupSeparator = "\u00A0";
        return NumberFormatInfo.ReadOnly(nf);
    }
}
