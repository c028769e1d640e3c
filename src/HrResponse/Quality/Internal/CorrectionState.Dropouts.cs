using System.Numerics;

namespace HrResponse.Quality.Internal;

/// <summary>
/// Beat-time discontinuities and dropouts (intervals that span several lost beats), found before detection and made gaps.
/// </summary>
internal sealed partial class CorrectionState
{
    /// <summary>Marks beat-time jumps longer than the interval (plus tolerance) as gaps.</summary>
    public void MarkDiscontinuities()
    {
        var tol = _o.TimeJumpTolerance.TotalMilliseconds;
        var n = _cur.Count;
        List<(int Index, double ExcessMs)>? jumps = null;
        var i = 1;
        if (Vector.IsHardwareAccelerated)
        {
            // Whole vectors of beats without a jump are passed over; a vector with one is checked beat by beat below.
            var lanes = Vector<double>.Count;
            var vTol = new Vector<double>(tol);
            var thousand = new Vector<double>(1000.0);
            for (; i + lanes <= n; i += lanes)
            {
                var excess = ((new Vector<double>(_cur.T, i) - new Vector<double>(_cur.T, i - 1)) * thousand) - new Vector<double>(_cur.Rr, i);
                if (Vector.GreaterThanAny(excess, vTol)) MarkJumps(i, i + lanes, tol, ref jumps);
            }
        }

        MarkJumps(i, n, tol, ref jumps);

        if (jumps is null) return;
        ComputeMedians();
        foreach (var (k, excess) in jumps)
        {
            _discontinuities++;
            _lost += Math.Max(1, (int)Math.Round(excess / _median[k]));
            _artifacts.Add(new DetectedArtifact(_cur.Orig[k], ArtifactType.Discontinuity, _input.BeatTimesSeconds[_cur.Orig[k]]));
        }
    }

    // Marks a gap before each beat from..to − 1 whose time jumps by more than its interval plus tol.
    private void MarkJumps(int from, int to, double tol, ref List<(int Index, double ExcessMs)>? jumps)
    {
        for (var i = from; i < to; i++)
        {
            var excess = ((_cur.T[i] - _cur.T[i - 1]) * 1000.0) - _cur.Rr[i];
            if (excess > tol)
            {
                _cur.Gap[i] = true;
                (jumps ??= []).Add((i, excess));
            }
        }
    }

    // Where the rhythm swings faster than the 11-beat median follows, an interval over DropoutMedianMultiple medians
    // can still be within that multiple of its longer neighbour: when both neighbours are the rhythm (each joined to the
    // interval beyond it by a sinus step, Kamath and Fallen's limits), agree (SwingNeighbourRatio), and the
    // interval splits into two beats that follow the one neighbour and lead into the other by sinus steps, it is one lost
    // beat for the detector, not a dropout (issue 14, rr-George_Ron: 622 722 832 [1,858] 948 885 ms, 888 + 970 merged
    // while the rhythm swings from 590 to 970 ms; median 722 ms, 2.57 medians, 1.96 times the 948 beside it; item 52 of
    // docs/beat-quality.md). Refinement (59), item 84: the neighbours were first asked to lie within 20 % of the interval
    // beyond them, which a sinus step after a natural rise exceeds (24-hour 008: 1,008 1,235 [2,523] 1,094 1,054 ms,
    // 1,296 + 1,227 merged, the 1,235 22.5 % above the 1,008; median 1,008 ms, 2.50 medians: removed as a dropout).
    private bool OneBeatWithinASwing(ReadOnlySpan<double> rr, int i, double multiple)
    {
        if (i < 2 || i + 2 >= rr.Length || _cur.Gap[i] || _cur.Gap[i - 1] || _cur.Gap[i + 1] || _cur.Gap[i + 2]) return false;
        if (!KamathLimits.IsSinusStep(rr[i - 2], rr[i - 1]) || !KamathLimits.IsSinusStep(rr[i + 1], rr[i + 2])
            || !KamathLimits.CanSplitIntoSinusSteps(rr[i - 1], rr[i], rr[i + 1])) return false;
        var (lo, hi) = SwingNeighbours.Range(rr, i);
        return hi <= SwingNeighbourRatio * lo && rr[i] <= multiple * hi;
    }

    // The neighbours must agree this well: a neighbour that is itself lost beats (742 [2,156] 1,445 1,406 ms on a
    // 24-hour Holter, 1,197 ms between 380 and a merged 727 ms on a FIT strap) makes the interval a dropout still.
    private const double SwingNeighbourRatio = 1.3;

    /// <summary>Removes intervals spanning several lost beats and marks gaps in their place.</summary>
    public void RemoveDropouts()
    {
        var n = _cur.Count;
        if (n == 0) return;
        ComputeMedians();
        PooledArray.Ensure(ref _mark, n);
        var mark = _mark.AsSpan(0, n);
        mark.Clear();
        var multiple = _o.DropoutMedianMultiple;
        var rr = _cur.Rr.AsSpan(0, n);
        List<int>? fresh = null;
        var first = _artifacts.Count;
        for (var i = 0; i < n; i++)
        {
            if (!(rr[i] > multiple * _median[i]) || OverrideIfProtected(_cur.Orig[i])) continue;
            if (OneBeatWithinASwing(rr, i, multiple)) continue;
            MarkDropout(mark, i, _median[i]);
            (fresh ??= []).Add(i);
        }

        if (fresh is null) return;

        // Where lost-beat intervals fill most of the median's window (a device losing the signal for a few seconds:
        // 799, 1,344, 1,671, 1,229, 1,438, 348, 2,506 ms at a 355-ms rhythm), the median is itself a lost-beat interval
        // and only the largest pass it. Each round tests the intervals within half a window of the dropouts found in the
        // round before against the median of their window without the dropouts found so far, until none is added
        // (O(w² log w) per dropout).
        var half = _o.MedianWindowBeats / 2;
        var added = new List<int>();
        while (fresh.Count > 0)
        {
            // fresh is ascending (the first scan finds in order, later rounds are sorted), so one cursor finds each
            // dropout's gap-free run.
            int s = 0, e = RunEnd(0);
            foreach (var d in fresh)
            {
                while (d >= e)
                {
                    s = e;
                    e = RunEnd(s);
                }

                for (var i = Math.Max(s, d - half); i < Math.Min(e, d + half + 1); i++)
                {
                    if (mark[i] == MarkExclude) continue;
                    var median = MedianWithout(rr, mark, s, e, i, _o.MedianWindowBeats);
                    if (!(rr[i] > multiple * median) || OverrideIfProtected(_cur.Orig[i])) continue;
                    MarkDropout(mark, i, median);
                    added.Add(i);
                }
            }

            added.Sort();
            (fresh, added) = (added, fresh);
            added.Clear();
        }

        _artifacts.Sort(first, _artifacts.Count - first, Comparer<DetectedArtifact>.Create(static (a, b) => a.Index.CompareTo(b.Index)));
        Apply();
    }

    private void MarkDropout(Span<byte> mark, int i, double reference)
    {
        mark[i] = MarkExclude;
        _dropouts++;
        _lost += Math.Max(1, (int)Math.Round(_cur.Rr[i] / reference) - 1);
        _artifacts.Add(new DetectedArtifact(_cur.Orig[i], ArtifactType.Dropout, _input.BeatTimesSeconds[_cur.Orig[i]]));
    }

    // Median of interval i and up to window / 2 intervals on each side that are not dropouts, within the run [s, e).
    private static double MedianWithout(ReadOnlySpan<double> rr, ReadOnlySpan<byte> mark, int s, int e, int i, int window)
    {
        var half = window / 2;
        var w = window <= 63 ? stackalloc double[64] : new double[window];
        var count = 0;
        w[count++] = rr[i];
        for (int k = i - 1, taken = 0; k >= s && taken < half; k--)
        {
            if (mark[k] == MarkExclude) continue;
            w[count++] = rr[k];
            taken++;
        }

        for (int k = i + 1, taken = 0; k < e && taken < half; k++)
        {
            if (mark[k] == MarkExclude) continue;
            w[count++] = rr[k];
            taken++;
        }

        return HrResponse.Internal.MedianSelect.Median(w[..count]);
    }
}
