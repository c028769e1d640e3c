namespace HrResponse.Exercise.Internal;

/// <summary>Excludes implausible intervals (see <see cref="BeatScreeningMethod.LocalMedian"/>).</summary>
internal static class BeatScreen
{
    public const double MinMs = 250;
    public const double MaxMs = 2500;
    public const double MaxRelativeDeviation = 0.20;
    public const int HalfWidth = 5;

    /// <summary>For each interval, true when it is kept.</summary>
    public static bool[] Screen(ReadOnlySpan<double> rrMs, BeatScreeningMethod method)
    {
        var keep = new bool[rrMs.Length];
        if (method == BeatScreeningMethod.None)
        {
            Array.Fill(keep, true);
            return keep;
        }

        var buffer = new double[2 * HalfWidth];
        for (var i = 0; i < rrMs.Length; i++)
        {
            var v = rrMs[i];
            if (v < MinMs || v > MaxMs) continue;
            var n = 0;
            for (var j = Math.Max(0, i - HalfWidth); j <= Math.Min(rrMs.Length - 1, i + HalfWidth); j++)
            {
                if (j == i) continue;
                buffer[n++] = rrMs[j];
            }

            if (n == 0)
            {
                keep[i] = true;
                continue;
            }

            var span = buffer.AsSpan(0, n);
            span.Sort();
            var median = n % 2 == 1 ? span[n / 2] : 0.5 * (span[(n / 2) - 1] + span[n / 2]);
            keep[i] = Math.Abs(v - median) <= MaxRelativeDeviation * median;
        }

        return keep;
    }
}
