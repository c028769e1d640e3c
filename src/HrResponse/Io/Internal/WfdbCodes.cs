namespace HrResponse.Io.Internal;

/// <summary>
/// WFDB annotation codes (<c>ecgcodes.h</c> of the WFDB Software Package): mnemonics, the <c>isqrs</c> set of
/// <c>ecgmap.h</c>, and the normal-beat set used for NN intervals.
/// </summary>
internal static class WfdbCodes
{
    public const int Rhythm = 28;

    // Index = code 0..41; mnemonics as listed in PhysioNet's annotation table (ecgcodes.h).
    private static readonly string[] Symbols =
    [
        "Z", "N", "L", "R", "a", "V", "F", "J", "A", "S", // 0-9 (0 = NOTQRS)
        "E", "j", "/", "Q", "~", "15", "|", "17", "s", "T", // 10-19
        "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u", // 20-29
        "?", "!", "[", "]", "e", "n", "@", "x", "f", "(", // 30-39
        ")", "r", // 40-41
    ];

    public static string Symbol(int code) =>
        (uint)code < (uint)Symbols.Length ? Symbols[code] : code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The code of a mnemonic as written in a beat-annotation table (case-sensitive: <c>A</c> is an atrial premature
    /// beat, <c>a</c> an aberrated one), or −1 when it is none of the table's mnemonics.
    /// </summary>
    public static int CodeOf(ReadOnlySpan<char> symbol)
    {
        for (var code = 0; code < Symbols.Length; code++)
        {
            if (code is 15 or 17) continue; // unassigned codes, listed by number
            if (symbol.SequenceEqual(Symbols[code])) return code;
        }

        return -1;
    }

    /// <summary>WFDB <c>isqrs</c>: codes 1–13, 25 (B), 30 (?), 31 (!), 34 (e), 35 (n), 38 (f), 41 (r).</summary>
    public static bool IsQrs(int code) => code is (>= 1 and <= 13) or 25 or 30 or 31 or 34 or 35 or 38 or 41;

    /// <summary>Normal beats: N (1), L (2), R (3), j (11), B (25), e (34), n (35).</summary>
    public static bool IsNormal(int code) => code is 1 or 2 or 3 or 11 or 25 or 34 or 35;
}
