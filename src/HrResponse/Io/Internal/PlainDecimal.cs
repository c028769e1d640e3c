using System.Numerics;

namespace HrResponse.Io.Internal;

/// <summary>
/// Exact fast parse of the plain decimals CSV files hold (<c>927.7</c>, <c>-179.072</c>, <c>0</c>): an optional minus,
/// 1 to 15 digits and at most one decimal separator with a digit on each side. With at most 15 digits the digits form
/// an integer m &lt; 2^53 and the value is m / 10^k with k &lt;= 15, both exact doubles, so one IEEE division gives the
/// correctly rounded value: the same double that <see cref="double.Parse(string, IFormatProvider)"/> returns (Clinger's
/// fast path, W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990). Anything else (exponents,
/// signs other than a leading minus, white space, more digits, <c>-0</c>) is refused, for the caller's full parser.
/// </summary>
internal static class PlainDecimal
{
    /// <summary>Most digits taken: 10^15 &lt; 2^53, so the digits are an exact integer in a double.</summary>
    public const int MaxDigits = 15;

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>The decimal separator the fast path may use with a number format, or U+0000 when it must not be used.</summary>
    /// <param name="numbers">The number format of the read: the invariant culture ('.') or the reader's decimal-comma format (',').</param>
    public static char SeparatorFor(IFormatProvider numbers) =>
        ReferenceEquals(numbers, System.Globalization.CultureInfo.InvariantCulture) ? '.'
        : ReferenceEquals(numbers, CsvText.DecimalCommaFormat) ? ',' : '\0';

    /// <summary>True, with the value, when <paramref name="text"/> is a plain decimal (see the class); false otherwise.</summary>
    /// <typeparam name="T">UTF-16 <see cref="char"/> or UTF-8 <see cref="byte"/> code units.</typeparam>
    /// <param name="text">The cell.</param>
    /// <param name="separator">The decimal separator ('.' or ','); U+0000 refuses every text.</param>
    /// <param name="value">The parsed value, or 0.</param>
    public static bool TryParse<T>(ReadOnlySpan<T> text, char separator, out double value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        if (separator == '\0' || text.IsEmpty) return false;
        var i = 0;
        var negative = false;
        if (uint.CreateTruncating(text[0]) == '-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var fraction = -1;
        for (; i < text.Length; i++)
        {
            var c = uint.CreateTruncating(text[i]);
            var d = c - '0';
            if (d <= 9)
            {
                if (++digits > MaxDigits) return false;
                mantissa = (mantissa * 10) + d;
                if (fraction >= 0) fraction++;
            }
            else if (c == separator && fraction < 0 && digits > 0)
            {
                fraction = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || fraction == 0 || (negative && mantissa == 0)) return false;
        double v = mantissa;
        if (fraction > 0) v /= PowersOfTen[fraction];
        value = negative ? -v : v;
        return true;
    }
}
