using System.Buffers;

namespace HrResponse.Hrv.Internal;

/// <summary>The time-domain computation behind <see cref="HrvAnalysis"/>; inputs already validated.</summary>
internal static class TimeDomainCalculator
{
    private const double MadScale = 1.4826;

    /// <param name="rr">Intervals in ms, finite and positive.</param>
    /// <param name="gapBefore">Gap mask (same length) or empty for none.</param>
    /// <param name="timesSeconds">Beat times (same length) or empty: cumulative sums from 0.</param>
    /// <param name="startSeconds">Start of the first interval (used with <paramref name="timesSeconds"/>).</param>
    /// <param name="options">Settings.</param>
    /// <param name="paramName">Name of the RR argument for unit errors; null skips the unit check (already done
    /// by <see cref="RrIntervals"/>).</param>
    /// <param name="useValueCounts">Allow the exact grid-count path (tests turn it off to check the general path).</param>
    public static TimeDomainResult Compute(
        ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<double> timesSeconds, double startSeconds,
        TimeDomainOptions options, string? paramName, bool useValueCounts = true)
    {
        var n = rr.Length;
        if (n == 0) return new TimeDomainResult { Options = options };

        var needPositions = options.SegmentRule == SegmentRule.NeuroKit2 || timesSeconds.IsEmpty;
        var positions = needPositions ? ArrayPool<double>.Shared.Rent(n) : null;
        try
        {
            return ComputeCore(rr, gapBefore, timesSeconds, startSeconds, options, paramName, positions, useValueCounts);
        }
        finally
        {
            if (positions is not null) ArrayPool<double>.Shared.Return(positions);
        }
    }

    private static TimeDomainResult ComputeCore(
        ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<double> timesSeconds, double startSeconds,
        TimeDomainOptions options, string? paramName, double[]? positions, bool useValueCounts)
    {
        var n = rr.Length;
        var nk = options.SegmentRule == SegmentRule.NeuroKit2;
        var hasGaps = !gapBefore.IsEmpty;

        var shift = rr[0];
        var hrShift = 60000.0 / shift;
        var (s1, s2, h1, h2, min, max) = IntervalSums(rr, shift, hrShift);
        var (differences, diffShift, d1, d2, nn50, nn20) = hasGaps ? DifferenceSumsWithGaps(rr, gapBefore) : DifferenceSums(rr);
        if (positions is not null)
        {
            if (nk) NeuroKit2Positions(rr, positions);
            else ClockPositions(rr, positions);
        }

        var mean = shift + (s1 / n);
        var sdnn = n >= 2 ? Math.Sqrt(Math.Max(0, (s2 - (s1 * s1 / n)) / (n - 1))) : double.NaN;
        var meanHr = hrShift + (h1 / n);
        var hrDivisor = options.HeartRateSdEstimator == DeviationEstimator.PopulationN ? n : n - 1;
        var sdhr = n >= 2 ? Math.Sqrt(Math.Max(0, (h2 - (h1 * h1 / n)) / hrDivisor)) : double.NaN;
        // Σd² from the shifted sums: Σ(d − c)² + 2c·Σ(d − c) + D·c².
        var sumSquaredDifferences = d2 + (2 * diffShift * d1) + (differences * diffShift * diffShift);
        var rmssd = differences >= 1 ? Math.Sqrt(sumSquaredDifferences / differences) : double.NaN;
        var sdsdDivisor = options.SdsdEstimator == DeviationEstimator.PopulationN ? differences : differences - 1;
        var sdsd = sdsdDivisor < 1
            ? double.NaN
            : options.SdsdDifferences == SuccessiveDifferenceForm.Absolute
                ? AbsoluteDifferenceSd(rr, gapBefore, sdsdDivisor)
                : Math.Sqrt(Math.Max(0, (d2 - (d1 * d1 / differences)) / sdsdDivisor));
        var pnnDivisor = options.PnnDenominator == PnnDenominator.Intervals ? differences + 1 : differences;
        var pnn50 = differences >= 1 ? (double)nn50 / pnnDivisor * 100 : double.NaN;
        var pnn20 = differences >= 1 ? (double)nn20 / pnnDivisor * 100 : double.NaN;

        // Order statistics: median, quartiles, 20th/80th percentiles, then the MAD.
        var q = new Quantiles(n);
        Span<int> ranks = stackalloc int[Quantiles.RankCount];
        Span<double> values = stackalloc double[Quantiles.RankCount];
        q.Ranks(ranks);
        // Values on a 1 ms or 1/1024 s grid (nearly all recordings) are counted exactly in one pass; others are
        // selected by bucket counting. Both give the same values.
        using var valueCounts = useValueCounts ? ValueCounts.TryCreate(rr, min, max) : null;
        if (valueCounts is not null) valueCounts.Select(ranks, values);
        else OrderStatistics.Select(rr, 0, false, min, max, ranks, values);
        var median = q.Median(values);
        if (paramName is not null && median < 20)
        {
            throw new ArgumentException(
                $"The RR intervals look like seconds (median {median.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, below 20); pass milliseconds.",
                paramName);
        }

        var mad = MadScale * MedianAbsoluteDeviation(rr, median, min, max, valueCounts);

        Span<double> sdann = stackalloc double[3];
        Span<double> sdnni = stackalloc double[3];
        var segmentPositions = positions is not null ? positions.AsSpan(0, n) : timesSeconds;
        SegmentStatistics.Compute(rr, segmentPositions, options.SegmentRule, positions is not null ? 0 : startSeconds, sdann, sdnni);

        var (hti, tinn) = Geometric(rr, min, max, options, valueCounts);
        var p20 = q.Percentile(values, Quantiles.P20);
        var p25 = q.Percentile(values, Quantiles.P25);
        var p75 = q.Percentile(values, Quantiles.P75);
        var p80 = q.Percentile(values, Quantiles.P80);

        return new TimeDomainResult
        {
            Options = options,
            IntervalCount = n,
            DifferenceCount = differences,
            MeanNnMs = mean,
            SdnnMs = sdnn,
            Sdann1Ms = sdann[0],
            Sdnni1Ms = sdnni[0],
            Sdann2Ms = sdann[1],
            Sdnni2Ms = sdnni[1],
            Sdann5Ms = sdann[2],
            Sdnni5Ms = sdnni[2],
            RmssdMs = rmssd,
            SdsdMs = sdsd,
            Cvnn = sdnn / mean,
            Cvsd = rmssd / mean,
            MedianNnMs = median,
            MadNnMs = mad,
            Mcvnn = mad / median,
            IqrNnMs = p75 - p25,
            SdnnRmssdRatio = sdnn / rmssd,
            Prc20NnMs = p20,
            Prc80NnMs = p80,
            Pnn50Percent = pnn50,
            Pnn20Percent = pnn20,
            MinNnMs = min,
            MaxNnMs = max,
            TriangularIndex = hti,
            TinnMs = tinn,
            MeanHeartRateBpm = meanHr,
            SdHeartRateBpm = sdhr,
            MinHeartRateBpm = 60000.0 / max,
            MaxHeartRateBpm = 60000.0 / min,
        };
    }

    /// <summary>Sums about <paramref name="shift"/> of intervals and (about <paramref name="hrShift"/>) of heart rates, and extremes.</summary>
    private static (double S1, double S2, double H1, double H2, double Min, double Max) IntervalSums(
        ReadOnlySpan<double> rr, double shift, double hrShift)
    {
        double s1 = 0, s2 = 0, h1 = 0, h2 = 0, min = shift, max = shift;
        foreach (var x in rr)
        {
            var dx = x - shift;
            s1 += dx;
            s2 += dx * dx;
            var hr = (60000.0 / x) - hrShift;
            h1 += hr;
            h2 += hr * hr;
            min = Math.Min(min, x);
            max = Math.Max(max, x);
        }

        return (s1, s2, h1, h2, min, max);
    }

    /// <summary>Successive differences, summed about the first one, and the counts above 50 and 20 ms.</summary>
    private static (int Count, double Shift, double D1, double D2, int Nn50, int Nn20) DifferenceSums(ReadOnlySpan<double> rr)
    {
        if (rr.Length < 2) return (0, 0, 0, 0, 0, 0);
        var shift = rr[1] - rr[0];
        double d1 = 0, d2 = 0;
        int nn50 = 0, nn20 = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            var d = rr[i] - rr[i - 1];
            var dd = d - shift;
            d1 += dd;
            d2 += dd * dd;
            var ad = Math.Abs(d);
            nn50 += ad > 50 ? 1 : 0;
            nn20 += ad > 20 ? 1 : 0;
        }

        return (rr.Length - 1, shift, d1, d2, nn50, nn20);
    }

    /// <summary>As <see cref="DifferenceSums"/>, skipping the difference into every interval that follows a gap.</summary>
    private static (int Count, double Shift, double D1, double D2, int Nn50, int Nn20) DifferenceSumsWithGaps(
        ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore)
    {
        double shift = 0, d1 = 0, d2 = 0;
        int count = 0, nn50 = 0, nn20 = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (gapBefore[i]) continue;
            var d = rr[i] - rr[i - 1];
            if (count == 0) shift = d;
            count++;
            var dd = d - shift;
            d1 += dd;
            d2 += dd * dd;
            var ad = Math.Abs(d);
            nn50 += ad > 50 ? 1 : 0;
            nn20 += ad > 20 ? 1 : 0;
        }

        return (count, shift, d1, d2, nn50, nn20);
    }

    /// <summary>NeuroKit2's positions in ms: <c>(cumsum(rr / 1000) − rr[0] / 1000) · 1000 + rr[0]</c>, sequential sums.</summary>
    private static void NeuroKit2Positions(ReadOnlySpan<double> rr, Span<double> positions)
    {
        var first = rr[0];
        var t0 = first / 1000.0;
        double cumulative = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            cumulative += rr[i] / 1000.0;
            positions[i] = ((cumulative - t0) * 1000.0) + first;
        }
    }

    /// <summary>Beat times in s as <see cref="RrIntervals.FromMilliseconds(ReadOnlySpan{double})"/> makes them: cumsum(rr) / 1000.</summary>
    private static void ClockPositions(ReadOnlySpan<double> rr, Span<double> positions)
    {
        double cumulative = 0;
        for (var i = 0; i < rr.Length; i++)
        {
            cumulative += rr[i];
            positions[i] = cumulative / 1000.0;
        }
    }

    private static double MedianAbsoluteDeviation(ReadOnlySpan<double> rr, double median, double min, double max, ValueCounts? valueCounts)
    {
        var n = rr.Length;
        Span<int> ranks = [(n - 1) / 2, n / 2];
        Span<double> values = stackalloc double[2];
        if (valueCounts is not null)
        {
            valueCounts.SelectDeviations(median, ranks, values);
            return n % 2 == 1 ? values[0] : (values[0] + values[1]) / 2.0;
        }

        var lo = min <= median && median <= max ? 0 : Math.Min(Math.Abs(min - median), Math.Abs(max - median));
        var hi = Math.Max(Math.Abs(max - median), Math.Abs(median - min));
        OrderStatistics.Select(rr, median, true, lo, hi, ranks, values);
        return n % 2 == 1 ? values[0] : (values[0] + values[1]) / 2.0;
    }

    /// <summary>SD of |RR[i] − RR[i−1]| over the differences not across a gap, two-pass, divided by <paramref name="divisor"/>.</summary>
    private static double AbsoluteDifferenceSd(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, int divisor)
    {
        double sum = 0;
        var count = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (!gapBefore.IsEmpty && gapBefore[i]) continue;
            sum += Math.Abs(rr[i] - rr[i - 1]);
            count++;
        }

        var mean = sum / count;
        double squares = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (!gapBefore.IsEmpty && gapBefore[i]) continue;
            var e = Math.Abs(rr[i] - rr[i - 1]) - mean;
            squares += e * e;
        }

        return Math.Sqrt(squares / divisor);
    }

    /// <summary>Largest histogram (in bins) TINN is fitted on: 60,000 ms of range at 7.8125 ms bins is 7,680.</summary>
    private const double MaxTinnBins = 10_000;

    private static (double Hti, double Tinn) Geometric(
        ReadOnlySpan<double> rr, double min, double max, TimeDomainOptions options, ValueCounts? valueCounts)
    {
        var start = options.HistogramStart.TotalMilliseconds;
        if (start > 0)
        {
            // Bins start + k·w: bin the intervals from the start on, shifted by it; HTI still counts every interval.
            var shifted = new List<double>(rr.Length);
            foreach (var x in rr)
            {
                if (x >= start) shifted.Add(x - start);
            }

            if (shifted.Count == 0) return (double.NaN, double.NaN);
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shifted);
            var (shiftedHti, shiftedTinn) = Geometric(span, min - start < 0 ? span.ToArray().Min() : min - start, max - start, options with { HistogramStart = TimeSpan.Zero }, null);
            return (double.IsNaN(shiftedHti) ? shiftedHti : shiftedHti * rr.Length / shifted.Count, shiftedTinn);
        }

        var binWidth = options.HistogramBinWidth.TotalMilliseconds;
        var built = valueCounts is not null
            ? RrHistogram.TryBuildFromValueCounts(
                valueCounts.Counts, valueCounts.Offset, valueCounts.Grid, min, max, binWidth, options.HistogramBinning, out var histogram)
            : RrHistogram.TryBuild(rr, min, max, binWidth, options.HistogramBinning, out histogram);
        if (!built) return (double.NaN, double.NaN);
        var (_, height) = Tinn.Peak(histogram);
        var hti = (double)rr.Length / height;
        if (rr.Length < 2) return (hti, double.NaN);
        // The triangle fit is quadratic in the number of bins: a range over a minute (no recording the readers accept
        // has one) would take hours, so TINN is NaN there.
        if ((max - min) / binWidth > MaxTinnBins) return (hti, double.NaN);
        double tinn;
        if (options.TinnMethod == TinnMethod.NeuroKit2)
        {
            var (valid, found, nEdge, mEdge) = Tinn.FitNeuroKit2(histogram, min, max);
            tinn = !valid ? double.NaN : found ? histogram.Edge(mEdge) - histogram.Edge(nEdge) : 0;
        }
        else
        {
            var (nEdge, mEdge) = Tinn.FitFullLeastSquares(histogram);
            tinn = histogram.Edge(mEdge) - histogram.Edge(nEdge);
        }

        return (hti, tinn);
    }
}
