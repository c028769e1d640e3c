namespace HrResponse.Quality.Internal;

/// <summary>
/// The single-pass detectors on one gap-free run: Kubios-style thresholds, the relative-change rules (Malik,
/// Karlsson, Kamath, Acar) and the absolute range. A flagged interval is long when above its reference, else short.
/// </summary>
/// <remarks>
/// Malik, Kamath and Acar compare with <em>accepted</em> intervals (those not flagged), so the compensatory pause after
/// a premature beat is judged against a normal interval, not against the premature one. Their first reference is the
/// median of the run's first (up to) 9 intervals, so a run that starts with an artifact is still judged.
/// </remarks>
internal static class SimpleDetectors
{
    public static void Detect(ReadOnlySpan<double> rr, ReadOnlySpan<double> median, ArtifactCorrectionOptions o, List<RunEvent> events, int offset)
    {
        var m = rr.Length;
        if (m == 0) return;
        var rel = o.RelativeChangePercent / 100.0;
        switch (o.Method)
        {
            case ArtifactDetectionMethod.ThresholdVeryLow:
            case ArtifactDetectionMethod.ThresholdLow:
            case ArtifactDetectionMethod.ThresholdMedium:
            case ArtifactDetectionMethod.ThresholdStrong:
            case ArtifactDetectionMethod.ThresholdVeryStrong:
            {
                var level = ArtifactCorrectionOptions.ThresholdLevelMs(o.Method);
                for (var i = 0; i < m; i++)
                {
                    var th = o.ScaleThresholdToHeartRate ? level * median[i] / 1000.0 : level;
                    var d = rr[i] - median[i];
                    if (Math.Abs(d) > th) events.Add(new RunEvent(offset + i, d > 0 ? ArtifactType.Long : ArtifactType.Short));
                }

                break;
            }

            case ArtifactDetectionMethod.Malik:
            case ArtifactDetectionMethod.Kamath:
            {
                var reference = Seed(rr);
                for (var i = 0; i < m; i++)
                {
                    var d = rr[i] - reference;
                    var flagged = o.Method == ArtifactDetectionMethod.Malik
                        ? Math.Abs(d) > rel * reference
                        : !KamathLimits.IsSinusStep(reference, rr[i]);
                    if (flagged) events.Add(new RunEvent(offset + i, d > 0 ? ArtifactType.Long : ArtifactType.Short));
                    else reference = rr[i];
                }

                break;
            }

            case ArtifactDetectionMethod.Karlsson:
            {
                if (m < 2) break;
                for (var i = 0; i < m; i++)
                {
                    var reference = i == 0 ? rr[1] : i == m - 1 ? rr[m - 2] : (rr[i - 1] + rr[i + 1]) / 2;
                    var d = rr[i] - reference;
                    if (Math.Abs(d) > rel * reference) events.Add(new RunEvent(offset + i, d > 0 ? ArtifactType.Long : ArtifactType.Short));
                }

                break;
            }

            case ArtifactDetectionMethod.Acar:
            {
                var window = o.AcarWindowBeats;
                var accepted = new double[window];
                int count = 0, next = 0;
                double sum = 0;
                var seed = Seed(rr);
                for (var i = 0; i < m; i++)
                {
                    var reference = count == 0 ? seed : sum / count;
                    var d = rr[i] - reference;
                    if (Math.Abs(d) > rel * reference)
                    {
                        events.Add(new RunEvent(offset + i, d > 0 ? ArtifactType.Long : ArtifactType.Short));
                        continue;
                    }

                    if (count == window) sum -= accepted[next];
                    else count++;
                    accepted[next] = rr[i];
                    sum += rr[i];
                    next = (next + 1) % window;
                }

                break;
            }

            case ArtifactDetectionMethod.AbsoluteRange:
                for (var i = 0; i < m; i++)
                    if (rr[i] < o.AbsoluteMinMs || rr[i] > o.AbsoluteMaxMs) events.Add(new RunEvent(offset + i, ArtifactType.OutOfRange));
                break;
        }
    }

    private static double Seed(ReadOnlySpan<double> rr)
    {
        var n = Math.Min(rr.Length, 9);
        Span<double> first = stackalloc double[9];
        rr[..n].CopyTo(first);
        var head = first[..n];
        head.Sort();
        return n % 2 == 1 ? head[n / 2] : 0.5 * (head[(n / 2) - 1] + head[n / 2]);
    }
}
