using HrResponse.Internal;

namespace HrResponse.Streaming;

/// <summary>
/// Finds the heart rate (and power) where rolling DFA α1 crosses 0.75 (≈ first ventilatory threshold) and 0.5
/// (≈ second), by least-squares regression of α1 on HR over the exercise (Rogers, Giles, Draper, Hoos &amp; Gronwald,
/// Front Physiol 2021;11:596567 for 0.75; Rogers, Giles, Draper, Mourot &amp; Gronwald, J Funct Morphol Kinesiol
/// 2021;6:38 for 0.5).
/// </summary>
/// <remarks>
/// <para>Points: the snapshots with finite α1 and HR, α1 in [minAlpha1, maxAlpha1] (default 0.2–1.6, excluding
/// degenerate windows) and artifact percentage at most maxArtifactPercent (default 5; our choice: Rogers et al., Sensors 2021;21:821,
/// found α1 essentially unbiased up to about 3 % artifacts). The crossing is <c>x = (target − intercept) / slope</c>; it is NaN when fewer than 3 points remain or the
/// slope is not negative. Confidence: see <see cref="DfaThresholdConfidence"/> (R² 0.4/0.7 cut-offs are our own
/// heuristic, not from the literature).</para>
/// <para>Power, when given, is the mean of the power samples inside each snapshot's window <c>(end − window, end]</c>.</para>
/// </remarks>
public static class DfaThresholdEstimator
{
    /// <summary>Estimates the thresholds from rolling snapshots.</summary>
    /// <param name="snapshots">Rolling snapshots over the exercise (e.g. from <see cref="RollingHrvAnalyzer"/>).</param>
    /// <param name="window">The analyzer's window (to average power over each snapshot's window).</param>
    /// <param name="power">Power samples, or <c>null</c>.</param>
    /// <param name="minAlpha1">Lowest α1 to use. Default 0.2.</param>
    /// <param name="maxAlpha1">Highest α1 to use. Default 1.6.</param>
    /// <param name="maxArtifactPercent">Highest artifact percentage of a usable window. Default 5.</param>
    /// <exception cref="ArgumentException">A bound is not finite or <paramref name="maxAlpha1"/> is not above <paramref name="minAlpha1"/>.</exception>
    public static DfaThresholdResult Compute(
        IEnumerable<RollingHrvSnapshot> snapshots, TimeSpan window, SampledChannel? power = null,
        double minAlpha1 = 0.2, double maxAlpha1 = 1.6, double maxArtifactPercent = 5)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        Guard.Finite(minAlpha1, nameof(minAlpha1));
        Guard.Finite(maxAlpha1, nameof(maxAlpha1));
        Guard.InRange(maxArtifactPercent, 0, 100, nameof(maxArtifactPercent));
        if (!(maxAlpha1 > minAlpha1))
            throw new ArgumentException($"maxAlpha1 must be greater than minAlpha1 ({Guard.Show(minAlpha1)}); it is {Guard.Show(maxAlpha1)}.", nameof(maxAlpha1));
        var hr = new List<double>();
        var alpha = new List<double>();
        var pw = new List<double>();
        var excluded = 0;
        foreach (var s in snapshots)
        {
            if (!double.IsFinite(s.DfaAlpha1) || !double.IsFinite(s.HeartRateBpm) || s.DfaAlpha1 < minAlpha1 ||
                s.DfaAlpha1 > maxAlpha1 || !(s.ArtifactPercent <= maxArtifactPercent))
            {
                excluded++;
                continue;
            }

            hr.Add(s.HeartRateBpm);
            alpha.Add(s.DfaAlpha1);
            pw.Add(power is null ? double.NaN : MeanIn(power, s.EndSeconds - window.TotalSeconds, s.EndSeconds));
        }

        DfaThresholdFit? powerFit = null;
        if (power is not null)
        {
            var px = new List<double>();
            var py = new List<double>();
            for (var i = 0; i < pw.Count; i++)
            {
                if (!double.IsFinite(pw[i])) continue;
                px.Add(pw[i]);
                py.Add(alpha[i]);
            }

            powerFit = Fit([.. px], [.. py]);
        }

        return new DfaThresholdResult
        {
            HeartRate = Fit([.. hr], [.. alpha]),
            Power = powerFit,
            ExcludedCount = excluded,
            MinAlpha1 = minAlpha1,
            MaxAlpha1 = maxAlpha1,
            MaxArtifactPercent = maxArtifactPercent,
        };
    }

    /// <summary>Fits <c>α1 = a + b·x</c> and finds where it crosses 0.75 and 0.5.</summary>
    /// <param name="x">Intensity values (HR in bpm or power in W).</param>
    /// <param name="alpha1">α1 values; same length.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    public static DfaThresholdFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> alpha1)
    {
        Guard.SameLength(x.Length, alpha1.Length, nameof(alpha1));
        var n = x.Length;
        double mx = 0, my = 0, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            mx += x[i];
            my += alpha1[i];
            minY = Math.Min(minY, alpha1[i]);
            maxY = Math.Max(maxY, alpha1[i]);
        }

        mx /= Math.Max(n, 1);
        my /= Math.Max(n, 1);
        double sxx = 0, sxy = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (alpha1[i] - my);
            syy += (alpha1[i] - my) * (alpha1[i] - my);
        }

        var ok = n >= 3 && sxx > 0;
        var b = ok ? sxy / sxx : double.NaN;
        var a = ok ? my - (b * mx) : double.NaN;
        var sse = ok ? Math.Max(0, syy - (b * sxy)) : double.NaN;
        var r2 = ok && syy > 0 ? 1 - (sse / syy) : double.NaN;
        var s = ok && n > 2 ? Math.Sqrt(sse / (n - 2)) : double.NaN;

        DfaThresholdEstimate Cross(double target)
        {
            if (!ok || !(b < 0))
                return new DfaThresholdEstimate
                {
                    TargetAlpha1 = target, Value = double.NaN, StandardError = double.NaN, IsExtrapolated = true,
                    Confidence = DfaThresholdConfidence.None,
                };
            var value = (target - a) / b;
            var se = s / Math.Abs(b) * Math.Sqrt((1.0 / n) + ((target - my) * (target - my) / (b * b * sxx)));
            var extrapolated = target < minY || target > maxY;
            var confidence = extrapolated || r2 < 0.4 ? DfaThresholdConfidence.Low
                : r2 >= 0.7 ? DfaThresholdConfidence.High : DfaThresholdConfidence.Moderate;
            return new DfaThresholdEstimate
            {
                TargetAlpha1 = target, Value = value, StandardError = se, IsExtrapolated = extrapolated, Confidence = confidence,
            };
        }

        return new DfaThresholdFit
        {
            Count = n,
            Slope = b,
            Intercept = a,
            RSquared = r2,
            Alpha075 = Cross(0.75),
            Alpha050 = Cross(0.5),
        };
    }

    private static double MeanIn(SampledChannel channel, double from, double to)
    {
        var t = channel.TimesSeconds;
        var v = channel.Values;
        double sum = 0;
        var n = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] <= from || t[i] > to || !double.IsFinite(v[i])) continue;
            sum += v[i];
            n++;
        }

        return n > 0 ? sum / n : double.NaN;
    }
}
