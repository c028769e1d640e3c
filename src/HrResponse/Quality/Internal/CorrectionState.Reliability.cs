using System.Buffers;

namespace HrResponse.Quality.Internal;

/// <summary>
/// What the quality report says about how far the result can be trusted: the detection limit (first pass), whether the
/// indices are unreliable, and the 95 % bounds on RMSSD and SDNN with the allowance for undetected artifacts.
/// </summary>
internal sealed partial class CorrectionState
{
    // Median over beats of Th1 / local median, in percent (see QualityReport.DetectionLimitPercent; on long series over
    // every k-th beat, at most 4,096: the thresholds vary over 91-beat windows, so this loses nothing), and the share of
    // beats (percent) where that ratio reaches MaxDetectionLimitPercent (QualityReport.DetectionLimitExceededBeatPercent;
    // the beats' input indices in _limitExceededBeats, QualityReport.DetectionLimitExceededBeats).
    private (double Median, double ExceededPercent) DetectionLimit()
    {
        var n = _cur.Count;
        if (n == 0) return (double.NaN, double.NaN);
        var stride = Math.Max(1, n / 4096);
        var count = ((n - 1) / stride) + 1;
        var ratio = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var floor = _o.LipponenMinimumThresholdPercent / 100.0;
            _limitExceededBeats.Clear();
            _limitExceededThresholds.Clear();
            for (var i = 0; i < n; i++)
            {
                var med = _median[i];
                var th1 = 100.0 * Math.Max(_cur.Qd1[i], floor * med);
                if (th1 >= _o.MaxDetectionLimitPercent * med)
                {
                    _limitExceededBeats.Add(_cur.Orig[i]);
                    _limitExceededThresholds.Add((th1 / 100.0, med));
                }
                if (i % stride == 0) ratio[i / stride] = th1 / med;
            }

            return (HrResponse.Internal.MedianSelect.Median(ratio.AsSpan(0, count)), 100.0 * _limitExceededBeats.Count / n);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(ratio);
        }
    }

    // Whether the indices of the corrected series are unreliable, and why: the Lipponen–Tarvainen detection limit at or
    // above MaxDetectionLimitPercent, or (with LipponenRefinements) a cluster of flags no larger than the natural steps
    // around them within one threshold window. Null when not assessed (other methods, empty input).
    private (bool? Unreliable, string? Reason) Unreliable(bool assessed, IReadOnlyList<DetectedArtifact> artifacts)
    {
        if (!assessed || double.IsNaN(_detectionLimit)) return (null, null);
        if (_detectionLimit >= _o.MaxDetectionLimitPercent)
        {
            return (true, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"detection limit {_detectionLimit:0.0} % ≥ {_o.MaxDetectionLimitPercent:0.#} %: natural beat-to-beat steps are as large as premature beats or ×0.7/×1.35 intervals, which cannot be told from them"));
        }

        if (!_o.LipponenRefinements) return (false, null);
        // The intervals refinement 58's margin kept from a flag in any pass count as flags: those flags follow the
        // threshold, which moves with artifacts elsewhere in its window (subject_08: the irregular first 15 beats of a
        // Polar H10 recording hold four such readings, two of them kept from a flag by the margin, and flip between runs).
        var cluster = AmbiguousFlags.Cluster(_input.Milliseconds, _input.GapBefore, artifacts, _o.LipponenThresholdWindowBeats, _nearThreshold);
        return cluster.Length == 0 ? (false, null) : (true, AmbiguousFlags.Reason(cluster, _o.LipponenThresholdWindowBeats));
    }

    // The pairs whose reading the model could not decide in some pass (PairReadings), with the reading not taken, where
    // the final flags still cover one of their intervals and the analyst has edited neither (_protected: the edits decide
    // those); in input order (an interval between the two may have been merged away). QualityReport.AmbiguousReadingBeats
    // lists both intervals of each.
    private List<(int First, int Second, PairReadings.Reading Other)> UndecidedPairs()
    {
        var pairs = new List<(int First, int Second, PairReadings.Reading Other)>();
        if (_ambiguousPairs.Count == 0) return pairs;
        var covered = new HashSet<int>();
        foreach (var a in _artifacts)
        {
            if (a.Type is ArtifactType.Dropout or ArtifactType.Discontinuity) continue;
            covered.Add(a.Index);
            if (ArtifactSpan.CoversNext(a.Type)) covered.Add(a.Index + 1);
        }

        foreach (var ((first, second), other) in _ambiguousPairs)
            if ((covered.Contains(first) || covered.Contains(second)) && _protected?[first] != true && _protected?[second] != true)
                pairs.Add((first, second, other));
        pairs.Sort(static (a, b) => a.First.CompareTo(b.First));
        return pairs;
    }

    private static int[] BothIntervals(List<(int First, int Second, PairReadings.Reading Other)> pairs)
    {
        var beats = new SortedSet<int>();
        foreach (var (first, second, _) in pairs)
        {
            beats.Add(first);
            beats.Add(second);
        }

        return [.. beats];
    }

    // The 95 % bounds of CorrectionUncertainty for the cleaned series, given the estimated intervals (interpolated,
    // inserted, and the kept half of a split one; merged extra beats are exact) and what undetected artifacts may add
    // (UndetectedAllowance). Lost are artifact intervals excluded before an interval (dropouts are gaps of the
    // recording, not lost artifacts).
    private (double Rmssd, double Sdnn) Uncertainty(double[] rr, bool[] gap, List<int> estimated, double undetectedSquares)
    {
        var n = rr.Length;
        int[] lostBefore = [];
        if (_left.Exists(static b => b.Action == BeatAction.Gap))
        {
            lostBefore = new int[n];
            var excludedUpTo = new int[_n0 + 1];
            var dropout = new bool[_n0];
            foreach (var a in _artifacts)
                if (a.Type == ArtifactType.Dropout) dropout[a.Index] = true;
            foreach (var b in _left)
                if (b.Action == BeatAction.Gap && !dropout[b.InputIndex]) excludedUpTo[b.InputIndex + 1] = 1;
            for (var i = 0; i < _n0; i++) excludedUpTo[i + 1] += excludedUpTo[i];
            for (var k = 1; k < n; k++)
                if (gap[k]) lostBefore[k] = excludedUpTo[_cur.Orig[k]] - excludedUpTo[_cur.Orig[k - 1] + 1];
        }

        return CorrectionUncertainty.Bounds(rr, gap, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(estimated), lostBefore, ShiftedEstimates, undetectedSquares);
    }

    // UndetectedArtifacts.Allowance for the cleaned series: the ectopic, long and short flags outside and among the beats
    // where the local detection limit is exceeded (first pass), and the mean squared relative deviation of the recorded
    // intervals interpolated outside them from their estimates. None where the recording's own detection limit already
    // makes its indices unreliable (the report says so; a bound would add nothing).
    private (int Count, double SquaredDeviation) UndetectedAllowance(double[] rr)
    {
        if (_limitExceededBeats.Count == 0 || _limitExceededBeats.Count >= _n0 || _detectionLimit >= _o.MaxDetectionLimitPercent) return (0, 0);
        var inL = new HashSet<int>(_limitExceededBeats);
        int outside = 0, inside = 0;
        foreach (var a in _artifacts)
        {
            if (a.Type is not (ArtifactType.Ectopic or ArtifactType.Long or ArtifactType.Short)) continue;
            if (inL.Contains(a.Index)) inside++;
            else outside++;
        }

        if (outside == 0) return (0, 0);
        var input = _input.Milliseconds;
        double sum = 0;
        var count = 0;
        for (var k = 0; k < rr.Length; k++)
        {
            if (_cur.Act[k] != BeatAction.Interpolated || inL.Contains(_cur.Orig[k])) continue;
            var r = (input[_cur.Orig[k]] - rr[k]) / rr[k];
            sum += r * r;
            count++;
        }

        return count == 0 ? (0, 0) : UndetectedArtifacts.Allowance(outside, _n0 - _limitExceededBeats.Count, inside, sum / count, _limitExceededThresholds);
    }
}
