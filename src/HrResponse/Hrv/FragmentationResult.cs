namespace HrResponse.Hrv;

/// <summary>
/// Heart-rate fragmentation (Costa et al. 2017) as NeuroKit2 0.2.12 computes it, over the D successive differences
/// d = RR(n+1) − RR(n) that do not span a gap (differences on either side of a gap are then treated as adjacent).
/// Fractions 0–1, not percent, as in NeuroKit2. NaN when there are no differences.
/// </summary>
/// <remarks>
/// Differences from Costa et al. (2017), kept for comparability with NeuroKit2: an inflection point is any change
/// of sign(d) (including to or from 0) and PIP divides their count by D + 1; segments are maximal runs of d &gt; 0 or of
/// d &lt; 0 (zero differences break runs and belong to none); PAS is the fraction of runs of consecutive inflection
/// points that are at least 4 long, i.e. a fraction of alternation runs, not of intervals.
/// </remarks>
public sealed record FragmentationResult
{
    /// <summary>PIP, fraction (0–1, not percent): number of inflection points (sign changes of d) / (D + 1).</summary>
    public required double PipFraction { get; init; }

    /// <summary>IALS, dimensionless: 1 / mean length (in differences) of the acceleration and deceleration segments.</summary>
    public required double Ials { get; init; }

    /// <summary>PSS, fraction (0–1): share of acceleration/deceleration segments shorter than 3 differences.</summary>
    public required double PssFraction { get; init; }

    /// <summary>PAS, fraction (0–1): share of runs of consecutive inflection points with length ≥ 4.</summary>
    public required double PasFraction { get; init; }
}
