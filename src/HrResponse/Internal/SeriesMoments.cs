namespace HrResponse.Internal;

/// <summary>
/// Plain moments of a series of values (ms for RR intervals): the mean, the sample (n − 1) and population (n) standard
/// deviations, and RMSSD over the successive differences that do not cross a gap.
/// </summary>
internal static class SeriesMoments
{
    /// <summary>RMSSD (root mean square of successive differences, same unit as <paramref name="rr"/>) over every difference not across a gap; NaN when none is left.</summary>
    public static double Rmssd(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore)
    {
        double s = 0;
        var c = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (gapBefore[i]) continue;
            var d = rr[i] - rr[i - 1];
            s += d * d;
            c++;
        }

        return c == 0 ? double.NaN : Math.Sqrt(s / c);
    }

    /// <summary>The arithmetic mean; NaN for an empty series.</summary>
    public static double Mean(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (var x in v) s += x;
        return s / v.Length;
    }

    /// <summary>The sample standard deviation (divisor n − 1); NaN with fewer than 2 values.</summary>
    public static double SampleSd(ReadOnlySpan<double> v)
    {
        if (v.Length < 2) return double.NaN;
        var mean = Mean(v);
        double ss = 0;
        foreach (var x in v) ss += (x - mean) * (x - mean);
        return Math.Sqrt(ss / (v.Length - 1));
    }

    /// <summary>The population standard deviation (divisor n); NaN for an empty series.</summary>
    public static double PopulationSd(ReadOnlySpan<double> v)
    {
        if (v.Length < 1) return double.NaN;
        var mean = Mean(v);
        double ss = 0;
        foreach (var x in v) ss += (x - mean) * (x - mean);
        return Math.Sqrt(ss / v.Length);
    }
}
