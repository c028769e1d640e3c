using System.Globalization;

namespace HrResponse.Cli.Commands;

/// <summary>Parses durations written as <c>120s</c>, <c>2m</c>, <c>1.5min</c>, <c>500ms</c> or a bare number of seconds.</summary>
internal static class Durations
{
    /// <summary>The longest duration accepted: 366 days, far beyond any recording and far inside <see cref="TimeSpan"/>.</summary>
    public const double MaxSeconds = 366 * 86400.0;

    public static TimeSpan Parse(string text, string optionName)
    {
        var t = text.Trim().ToLowerInvariant();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("min", 60), ("m", 60), ("s", 1), ("h", 3600)];
        var scale = 1.0;
        foreach (var (suffix, seconds) in units)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
                scale = seconds;
                break;
            }
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value <= 0)
            throw new CliException($"{optionName} must be a positive duration such as 120s, 2m or 500ms; it is '{text}'.");
        var secondsValue = value * scale;
        if (!(secondsValue <= MaxSeconds))
            throw new CliException($"{optionName} must be at most 8784h (366 days); it is '{text}'.");
        if (secondsValue < 0.001)
            throw new CliException($"{optionName} must be at least 1 ms; it is '{text}'.");
        return TimeSpan.FromSeconds(secondsValue);
    }
}
