namespace HrResponse.Ecg.Internal;

/// <summary>Template-correlation beat quality (see <see cref="RPeakResult.BeatCorrelations"/>).</summary>
internal static class BeatSimilarity
{
    private const double HalfWindowSeconds = 0.1;
    private const int MaxTemplateBeats = 1000;

    /// <summary>Per-beat correlations with the median beat, and the full width at half maximum of the median beat's R wave in samples (NaN when unknown).</summary>
    public static (double[] Correlations, double RWidthSamples) Analyse(ReadOnlySpan<double> raw, IReadOnlyList<int> peaks, double fs, bool negative)
    {
        var half = Math.Max(2, (int)Math.Round(HalfWindowSeconds * fs));
        var width = (2 * half) + 1;
        var result = new double[peaks.Count];
        Array.Fill(result, double.NaN);
        var inside = new List<int>();
        for (var k = 0; k < peaks.Count; k++)
            if (peaks[k] - half >= 0 && peaks[k] + half < raw.Length) inside.Add(k);
        if (inside.Count < 3) return (result, double.NaN);

        // The template comes from at most ~1000 evenly spread beats; correlations are computed beat by beat, so
        // memory does not grow with the number of beats.
        var step = Math.Max(1, inside.Count / MaxTemplateBeats);
        var chosen = new List<double[]>();
        for (var j = 0; j < inside.Count; j += step) chosen.Add(Detrended(raw.Slice(peaks[inside[j]] - half, width), new double[width]));
        var column = new double[chosen.Count];
        var template = new double[width];
        for (var t = 0; t < width; t++)
        {
            for (var c = 0; c < chosen.Count; c++) column[c] = chosen[c][t];
            template[t] = Median(column);
        }

        var buffer = new double[width];
        for (var j = 0; j < inside.Count; j++)
            result[inside[j]] = Pearson(Detrended(raw.Slice(peaks[inside[j]] - half, width), buffer), template);
        return (result, HalfMaximumWidth(template, half, negative));
    }

    /// <summary>Width in samples (linear interpolation) of the wave at <paramref name="centre"/> where it falls to half its height above the window's median level.</summary>
    private static double HalfMaximumWidth(double[] template, int centre, bool negative)
    {
        var x = negative ? template.Select(v => -v).ToArray() : template;
        var level = Median(x.ToArray());
        var peak = x[centre];
        if (!(peak > level)) return double.NaN;
        var half = level + ((peak - level) / 2);
        double left = double.NaN, right = double.NaN;
        for (var i = centre; i > 0; i--)
            if (x[i - 1] < half) { left = i - ((x[i] - half) / (x[i] - x[i - 1])); break; }
        for (var i = centre; i < x.Length - 1; i++)
            if (x[i + 1] < half) { right = i + ((x[i] - half) / (x[i] - x[i + 1])); break; }
        return right - left;
    }

    public static double Median(Span<double> values)
    {
        if (values.IsEmpty) return double.NaN;
        values.Sort();
        var m = values.Length / 2;
        return values.Length % 2 == 1 ? values[m] : (values[m - 1] + values[m]) / 2;
    }

    private static double[] Detrended(ReadOnlySpan<double> x, double[] y)
    {
        var n = x.Length;
        var meanT = (n - 1) / 2.0;
        double meanX = 0;
        foreach (var v in x) meanX += v;
        meanX /= n;
        double sxy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (i - meanT) * (x[i] - meanX);
            sxx += (i - meanT) * (i - meanT);
        }

        var b = sxy / sxx;
        for (var i = 0; i < n; i++) y[i] = x[i] - meanX - (b * (i - meanT));
        return y;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = 0, mb = 0;
        for (var i = 0; i < a.Length; i++) { ma += a[i]; mb += b[i]; }
        ma /= a.Length;
        mb /= b.Length;
        double sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var da = a[i] - ma;
            var db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }

        return saa > 0 && sbb > 0 ? sab / Math.Sqrt(saa * sbb) : 0;
    }
}
