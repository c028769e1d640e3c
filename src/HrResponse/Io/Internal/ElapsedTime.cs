using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>Elapsed times written <c>[h:]mm:ss[.fff]</c> (hours may exceed 23), as exports and listings print them.</summary>
internal static class ElapsedTime
{
    /// <summary>
    /// Seconds of <c>mm:ss[.fff]</c> or <c>h:mm:ss[.fff]</c>: whole hours and minutes, minutes under 60 after an hour
    /// field, seconds under 60 with an optional fraction; false for anything else.
    /// </summary>
    public static bool TryParse(string text, out double seconds)
    {
        seconds = double.NaN;
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3) return false;
        double total = 0;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var whole) || (i > 0 && whole > 59)) return false;
            total = (total * 60) + whole;
        }

        if (!double.TryParse(parts[^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) || !(s < 60)) return false;
        seconds = (total * 60) + s;
        return true;
    }
}
