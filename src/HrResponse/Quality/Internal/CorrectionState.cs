using System.Buffers;

namespace HrResponse.Quality.Internal;

/// <summary>
/// The working state of one <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/> call: the current series, what was left out of
/// it, and the tallies for the report. Each step (discontinuities, dropouts, detection passes) reads the current
/// series and writes a new one, so every pass is O(n).
/// </summary>
internal sealed partial class CorrectionState : IDisposable
{
    private const byte MarkNone = 0;
    private const byte MarkInterpolate = 1;
    private const byte MarkSplit = 2;
    private const byte MarkMerge = 3;
    private const byte MarkExclude = 4;
    private const byte MarkEctopic = 5; // first interval of an ectopic pair: interpolated, pair sum kept when compensatory
    private const int AnchorsPerSide = 3;
    private const int MaxAnchorSearch = 32;
    private const double AnchorMaxDeviation = 0.2;

    private readonly ArtifactCorrectionOptions _o;
    private readonly int _n0;
    private readonly RrIntervals _input;
    private bool[] _changed;
    private readonly List<BeatRecord> _left = [];
    private readonly List<DetectedArtifact> _artifacts = [];
    private readonly List<RunEvent> _events = [];
    private readonly List<(int Index, double SumMs, double FirstMs)> _pairs = [];
    private readonly LipponenTarvainenDetector _lt = new();
    private BeatBuffer _cur;
    private BeatBuffer _next;
    private byte[] _mark;
    private bool[] _interp;
    private bool[] _corrected = [];
    private IntervalOrigin[] _origin = [];
    private double[] _median;
    private bool[] _stepFlag = []; // per interval of this pass: a long or short flag of the dRR rules alone (refinement 60)
    private bool[] _arEstimated = [], _arPaired = []; // AutoregressiveEstimate's flags (EstimateAutoregressive)
    private bool _medianValid;

    private int _dropouts, _discontinuities, _lost;
    private int _passes, _removed, _excluded;
    private double _detectionLimit = double.NaN;
    private double _detectionLimitExceededPercent = double.NaN;
    private readonly List<int> _limitExceededBeats = []; // input indices of the beats whose local detection limit reaches MaxDetectionLimitPercent (first pass)
    private readonly List<(double Th1, double Median)> _limitExceededThresholds = []; // ms, per beat of _limitExceededBeats
    private readonly HashSet<int> _nearThreshold = []; // input indices the detector kept from a flag by refinement 58's margin
    private readonly List<(int First, PairReadings.Reading Other)> _undecided = []; // this pass's pairs whose reading the model could not decide, with the reading not taken
    private readonly Dictionary<(int First, int Second), PairReadings.Reading> _ambiguousPairs = []; // their input indices and the reading not taken (the latest pass's), over every pass
    private readonly bool[]? _protected; // input intervals the analyst kept, marked or excluded (options.Edits); null without edits
    private HashSet<int>? _overridden; // created at the first override
    private int _manual, _manualExcluded;

    public CorrectionState(RrIntervals input, ArtifactCorrectionOptions options)
    {
        _o = options;
        _n0 = input.Count;
        _protected = ProtectedIntervals(options, _n0);
        var capacity = _n0 + (_n0 / 8) + 16;
        _cur = new BeatBuffer(capacity);
        _next = new BeatBuffer(capacity);
        _cur.AddInput(input);
        _input = input;
        _changed = ArrayPool<bool>.Shared.Rent(Math.Max(_n0, 1));
        _changed.AsSpan(0, _n0).Clear();
        _mark = ArrayPool<byte>.Shared.Rent(capacity);
        _interp = ArrayPool<bool>.Shared.Rent(2 * capacity);
        _median = ArrayPool<double>.Shared.Rent(capacity);
    }

    // The input intervals the edits keep, mark or exclude (null without edits); throws when one lies beyond the series.
    private static bool[]? ProtectedIntervals(ArtifactCorrectionOptions options, int n)
    {
        var edits = options.Edits;
        if (edits.IsEmpty) return null;
        if (edits.LastIndex >= n)
        {
            throw new ArgumentException(
                $"Edits: interval {edits.LastIndex} is beyond the last interval of the series ({n - 1}); edits apply to the recording they were made on.",
                nameof(options));
        }

        var isProtected = new bool[n];
        foreach (var k in edits.KeepIndices.Concat(edits.Marks.SelectMany(BeatEdits.Covers)).Concat(edits.ExcludeIndices)) isProtected[k] = true;
        return isProtected;
    }

    // True when the analyst kept or marked the input interval, which is then noted as overridden: the flag raised on it
    // is to be dropped.
    private bool OverrideIfProtected(int inputIndex)
    {
        if (_protected is null || !_protected[inputIndex]) return false;
        (_overridden ??= []).Add(inputIndex);
        return true;
    }

    /// <summary>Runs the detection method and applies the corrections (repeated for Lipponen–Tarvainen).</summary>
    public void RunMethod()
    {
        if (_o.Method == ArtifactDetectionMethod.None) return;
        if (_o.Method == ArtifactDetectionMethod.LipponenTarvainen2019)
        {
            var previous = int.MaxValue;
            for (var pass = 0; pass < _o.MaxPasses; pass++)
            {
                _events.Clear();
                ComputeMedians();
                if (_o.LipponenRefinements)
                {
                    PooledArray.Ensure(ref _stepFlag, _cur.Count);
                    _stepFlag.AsSpan(0, _cur.Count).Clear();
                }

                var origins = pass == 0 || !_o.LipponenRefinements ? default : MarkOrigins();
                for (var s = 0; s < _cur.Count;)
                {
                    var e = RunEnd(s);
                    var firstEvent = _events.Count;
                    _lt.Detect(_cur.Rr.AsSpan(s, e - s), _median.AsSpan(s, e - s), _cur.Qd1.AsSpan(s, e - s),
                        _cur.Qd2.AsSpan(s, e - s), pass == 0 || !_o.LipponenRefinements,
                        origins.IsEmpty ? default : origins.Slice(s, e - s), _o, _events, s);
                    if (_o.LipponenRefinements) _lt.MarkStepFlags(_events, firstEvent, s, e - s, _stepFlag);
                    s = e;
                }

                foreach (var k in _lt.NearThreshold) _nearThreshold.Add(_cur.Orig[k]);
                _lt.NearThreshold.Clear();
                if (pass == 0) (_detectionLimit, _detectionLimitExceededPercent) = DetectionLimit();
                if (_o.LipponenRefinements)
                {
                    _events.Sort(static (a, b) => a.Index.CompareTo(b.Index));
                    PairReadings.Retype(_cur.Rr.AsSpan(0, _cur.Count), _cur.Gap.AsSpan(0, _cur.Count), _events,
                        _stepFlag.AsSpan(0, _cur.Count), _cur.Qd1.AsSpan(0, _cur.Count),
                        _median.AsSpan(0, _cur.Count), _o.LipponenMinimumThresholdPercent / 100.0, _undecided);
                    foreach (var (k, other) in _undecided) _ambiguousPairs[(_cur.Orig[k], _cur.Orig[k + 1])] = other;
                    _undecided.Clear();
                }

                DropProtectedEvents();
                if (_o.LipponenRefinements) ReadPausesAsPairs();
                if (pass > 0 && _o.LipponenRefinements) RestorePairs();
                if (_events.Count == 0 || _events.Count >= previous) break;
                previous = _events.Count;
                ApplyEvents();
            }

            if (_o.LipponenRefinements) CorrectCompensatingNeighbours();
            return;
        }

        ComputeMedians();
        _events.Clear();
        for (var s = 0; s < _cur.Count;)
        {
            var e = RunEnd(s);
            SimpleDetectors.Detect(_cur.Rr.AsSpan(s, e - s), _median.AsSpan(s, e - s), _o, _events, s);
            s = e;
        }

        DropProtectedEvents();
        if (_events.Count > 0) ApplyEvents();
    }

    /// <summary>
    /// Removes the intervals the analyst excluded (options.Edits), each stretch replaced by a gap. Called right after the
    /// discontinuities are marked, while the working series is still the input.
    /// </summary>
    public void ApplyExclusions()
    {
        var excluded = _o.Edits.ExcludeIndices;
        if (excluded.Count == 0) return;
        var n = _cur.Count;
        PooledArray.Ensure(ref _mark, n);
        var mark = _mark.AsSpan(0, n);
        mark.Clear();
        foreach (var k in excluded) mark[k] = MarkExclude;
        _manualExcluded = excluded.Count;
        Apply();
    }

    /// <summary>
    /// Corrects the intervals the analyst marked (options.Edits), in one step before detection. Called after the
    /// dropouts are removed (a marked interval never is one), so each mark's input index is found in the current series.
    /// </summary>
    public void ApplyMarks()
    {
        var marks = _o.Edits.Marks;
        if (marks.Count == 0) return;
        _events.Clear();
        var n = _cur.Count;
        var k = 0;
        foreach (var m in marks)
        {
            while (k < n && _cur.Orig[k] < m.Index) k++;
            if (k < n && _cur.Orig[k] == m.Index) _events.Add(new RunEvent(k, m.Type));
        }

        _manual = _events.Count;
        if (_events.Count > 0) ApplyEvents(manual: true);
    }

    // Drops the detector's flags that cover an interval the analyst kept or marked (either interval of an ectopic pair or
    // an extra beat), noting that interval as overridden.
    private void DropProtectedEvents()
    {
        if (_protected is null || _events.Count == 0) return;
        var n = _cur.Count;
        var kept = 0;
        for (var e = 0; e < _events.Count; e++)
        {
            var ev = _events[e];
            if (OverrideIfProtected(_cur.Orig[ev.Index])
                || (ArtifactSpan.CoversNext(ev.Type) && ev.Index + 1 < n && OverrideIfProtected(_cur.Orig[ev.Index + 1])))
                continue;
            _events[kept++] = ev;
        }

        _events.RemoveRange(kept, _events.Count - kept);
    }

    // Per interval of the working series, where it comes from (IntervalOrigin): a split half where an earlier pass split
    // it as a missed beat (the inserted half and the half after it, same input interval), an estimate where an earlier
    // pass interpolated it.
    private ReadOnlySpan<IntervalOrigin> MarkOrigins()
    {
        var n = _cur.Count;
        PooledArray.Ensure(ref _origin, n);
        var act = _cur.Act;
        var orig = _cur.Orig;
        for (var k = 0; k < n; k++)
        {
            _origin[k] = act[k] == BeatAction.Inserted || (k > 0 && act[k - 1] == BeatAction.Inserted && orig[k] == orig[k - 1])
                ? IntervalOrigin.SplitHalf
                : act[k] == BeatAction.Interpolated ? IntervalOrigin.Estimated : IntervalOrigin.Recorded;
        }

        return _origin.AsSpan(0, n);
    }

    /// <summary>Corrects the given artifacts (input indices; no dropouts were removed, so they are current indices).</summary>
    public void ApplyKnown(IEnumerable<(int Index, ArtifactType Type)> artifacts)
    {
        _events.Clear();
        foreach (var (index, type) in artifacts) _events.Add(new RunEvent(index, type));
        if (_events.Count > 0) ApplyEvents();
    }

    /// <summary>Returns the rented arrays to the pool.</summary>
    public void Dispose()
    {
        _cur.Return();
        _next.Return();
        _lt.Release();
        PooledArray.Return(ref _changed);
        PooledArray.Return(ref _mark);
        PooledArray.Return(ref _interp);
        PooledArray.Return(ref _corrected);
        PooledArray.Return(ref _origin);
        PooledArray.Return(ref _median);
        PooledArray.Return(ref _arEstimated);
        PooledArray.Return(ref _arPaired);
        PooledArray.Return(ref _stepFlag);
    }

    /// <summary>Builds the result.</summary>
    public CleanedRrIntervals Build()
    {
        var n = _cur.Count;
        var rr = _cur.Rr.AsSpan(0, n).ToArray();
        var t = _cur.T.AsSpan(0, n).ToArray();
        var gap = _cur.Gap.AsSpan(0, n).ToArray();
        if (n > 0) gap[0] = false;

        int gaps = 0, interpolated = 0, inserted = 0;
        double longest = 0;
        var actions = _cur.Act.AsSpan(0, n);
        var input = _input.Milliseconds;
        var estimated = new List<int>(); // for the correction bounds (Uncertainty)
        for (var k = actions.IndexOfAnyExcept(BeatAction.Kept); k >= 0 && k < n;)
        {
            if (actions[k] == BeatAction.Interpolated) interpolated++;
            else if (actions[k] == BeatAction.Inserted) inserted++;
            if (actions[k] is BeatAction.Interpolated or BeatAction.Inserted) estimated.Add(k);
            // The kept half of a split follows its inserted beat (a kept interval is only ever shorter than its input there).
            if (k + 1 < n && actions[k + 1] == BeatAction.Kept && rr[k + 1] < input[_cur.Orig[k + 1]] - 1e-9)
                estimated.Add(k + 1);
            var next = actions[(k + 1)..].IndexOfAnyExcept(BeatAction.Kept);
            k = next < 0 ? n : k + 1 + next;
        }

        if (AutoregressiveEstimates && estimated.Count > 0)
        {
            PooledArray.Ensure(ref _arEstimated, n);
            _arEstimated.AsSpan(0, n).Clear();
            foreach (var k in estimated) _arEstimated[k] = true;
            EstimateAutoregressive(rr, gap, _arEstimated.AsSpan(0, n), ShiftedEstimates);

            // An inserted beat's time follows from the re-estimated interval after it (kept in order).
            for (var k = 0; k + 1 < n; k++)
            {
                if (actions[k] != BeatAction.Inserted) continue;
                var at = t[k + 1] - (rr[k + 1] / 1000.0);
                if (k == 0 || at > t[k - 1]) t[k] = at;
            }
        }

        for (var k = gap.AsSpan().IndexOf(true); k >= 0;)
        {
            gaps++;
            longest = Math.Max(longest, t[k] - (rr[k] / 1000.0) - t[k - 1]);
            var next = gap.AsSpan(k + 1).IndexOf(true);
            k = next < 0 ? -1 : k + 1 + next;
        }

        _left.Sort(static (a, b) => a.TimeSeconds != b.TimeSeconds ? a.TimeSeconds.CompareTo(b.TimeSeconds) : a.InputIndex.CompareTo(b.InputIndex));
        var beats = new LazyBeatList(t, rr, _cur.Act.AsSpan(0, n).ToArray(), _cur.Orig.AsSpan(0, n).ToArray(), gap, _left.ToArray());

        var changedFlags = _changed.AsSpan(0, _n0);
        var changed = new int[changedFlags.Count(true)];
        for (int i = changedFlags.IndexOf(true), k = 0; i >= 0; k++)
        {
            changed[k] = i;
            var next = changedFlags[(i + 1)..].IndexOf(true);
            i = next < 0 ? -1 : i + 1 + next;
        }

        var (reconstructed, reconstructedOnly) = Reconstructed(n);
        var assessed = _o.Method != ArtifactDetectionMethod.None && _n0 > 0;
        var counts = BeatArtifactCounts();
        var artifactCount = counts.Ectopic + counts.Missed + counts.Extra + counts.Long + counts.Short + counts.OutOfRange;
        var artifactPercent = assessed ? 100.0 * (artifactCount + _dropouts + _lost + reconstructedOnly) / (_n0 + _lost) : double.NaN;
        var (unreliable, reason) = Unreliable(assessed, _artifacts);
        var undetected = UndetectedAllowance(rr);
        var (rmssdUncertainty, sdnnUncertainty) = Uncertainty(rr, gap, estimated, undetected.SquaredDeviation);
        var undecided = UndecidedPairs();
        var (otherRmssd, otherSdnn) = OtherReadings.Change(rr, gap, _cur.Act.AsSpan(0, n), _cur.Orig.AsSpan(0, n), _input.Milliseconds,
            AutoregressiveEstimates ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(estimated) : [], undecided, ShiftedEstimates);
        // An undecided reading is either reading: the bounds reach the other one's values too (item 99).
        if (double.IsFinite(otherRmssd)) rmssdUncertainty += Math.Abs(otherRmssd);
        if (double.IsFinite(otherSdnn)) sdnnUncertainty += Math.Abs(otherSdnn);
        var report = new QualityReport
        {
            Options = _o,
            OriginalCount = _n0,
            CleanedCount = n,
            EctopicCount = counts.Ectopic,
            MissedCount = counts.Missed,
            ExtraCount = counts.Extra,
            LongCount = counts.Long,
            ShortCount = counts.Short,
            OutOfRangeCount = counts.OutOfRange,
            DropoutCount = _dropouts,
            DiscontinuityCount = _discontinuities,
            EstimatedLostBeats = _lost,
            ReconstructedCount = _input.ReconstructedCount,
            Artifacts = _artifacts.ToArray(),
            ChangedBeatIndices = changed,
            InterpolatedCount = interpolated,
            InsertedCount = inserted,
            RemovedCount = _removed,
            ExcludedCount = _excluded,
            ArtifactPercent = artifactPercent,
            CorrectedPercent = _n0 == 0 ? double.NaN : 100.0 * changed.Length / _n0,
            GapCount = gaps,
            LongestGapSeconds = longest,
            DfaAlpha1Reliable = assessed ? artifactPercent <= _o.DfaAlpha1MaxArtifactPercent : null,
            PassCount = _passes,
            ManualArtifactCount = _manual,
            OverriddenFlagCount = _overridden?.Count ?? 0,
            ManualExcludedCount = _manualExcluded,
            DetectionLimitPercent = assessed ? _detectionLimit : double.NaN,
            DetectionLimitExceededBeatPercent = assessed ? _detectionLimitExceededPercent : double.NaN,
            DetectionLimitExceededBeats = assessed && _limitExceededBeats.Count > 0 ? Array.AsReadOnly(_limitExceededBeats.ToArray()) : [],
            NonSinusStepBeats = Array.AsReadOnly(NonSinusSteps.Beats(rr, gap, _cur.Orig.AsSpan(0, n))),
            AmbiguousReadingBeats = BothIntervals(undecided),
            AmbiguousReadingRmssdChangePercent = otherRmssd,
            AmbiguousReadingSdnnChangePercent = otherSdnn,
            IndicesUnreliable = unreliable,
            IndicesUnreliableReason = reason,
            RmssdCorrectionUncertaintyPercent = rmssdUncertainty,
            SdnnCorrectionUncertaintyPercent = sdnnUncertainty,
            UndetectedArtifactAllowance = undetected.Count,
        };
        return new CleanedRrIntervals
        {
            Intervals = RrIntervals.CreateTrusted(rr, t, gap, reconstructed),
            Quality = report,
            Beats = beats,
        };
    }

    // The reconstructed mask of the cleaned series (kept beats keep the input's mark) and the number of reconstructed
    // input intervals not already counted as an artifact (an ectopic or extra artifact covers its second interval too).
    private (bool[]? Mask, int Uncounted) Reconstructed(int n)
    {
        if (_input.ReconstructedCount == 0) return (null, 0);
        var input = _input.Reconstructed;
        var mask = new bool[n];
        for (var k = 0; k < n; k++) mask[k] = _cur.Act[k] == BeatAction.Kept && input[_cur.Orig[k]];
        var counted = new bool[_n0];
        foreach (var a in _artifacts)
        {
            if (a.Type is ArtifactType.Discontinuity) continue;
            counted[a.Index] = true;
            if (a.Type is ArtifactType.Ectopic or ArtifactType.Extra && a.Index + 1 < _n0) counted[a.Index + 1] = true;
        }

        var uncounted = 0;
        for (var i = 0; i < _n0; i++)
            if (input[i] && !counted[i]) uncounted++;
        return (mask, uncounted);
    }

    // End (exclusive) of the gap-free run starting at s.
    private int RunEnd(int s)
    {
        var n = _cur.Count;
        if (s + 1 >= n) return n;
        var next = _cur.Gap.AsSpan(s + 1, n - s - 1).IndexOf(true);
        return next < 0 ? n : s + 1 + next;
    }

    private void ComputeMedians()
    {
        if (_medianValid) return;
        _medianValid = true;
        var n = _cur.Count;
        PooledArray.Ensure(ref _median, n);
        for (var s = 0; s < n;)
        {
            var e = RunEnd(s);
            RollingStatistics.Median(_cur.Rr.AsSpan(s, e - s), _o.MedianWindowBeats, _median.AsSpan(s, e - s));
            s = e;
        }
    }

    // Beat-level artifacts by type, each input interval counted once, with the type of its latest flag: a later pass
    // that flags an earlier pass's estimate again (an overshoot, or the beat read at last as part of an ectopic pair)
    // names the same recorded beat, which QualityReport.ArtifactPercent counts once.
    private (int Ectopic, int Missed, int Extra, int Long, int Short, int OutOfRange) BeatArtifactCounts()
    {
        var latest = new Dictionary<int, ArtifactType>();
        foreach (var a in _artifacts)
            if (a.Type is not (ArtifactType.Dropout or ArtifactType.Discontinuity)) latest[a.Index] = a.Type;
        int ectopic = 0, missed = 0, extra = 0, isLong = 0, isShort = 0, outOfRange = 0;
        foreach (var type in latest.Values)
        {
            switch (type)
            {
                case ArtifactType.Ectopic: ectopic++; break;
                case ArtifactType.Missed: missed++; break;
                case ArtifactType.Extra: extra++; break;
                case ArtifactType.Long: isLong++; break;
                case ArtifactType.Short: isShort++; break;
                default: outOfRange++; break;
            }
        }

        return (ectopic, missed, extra, isLong, isShort, outOfRange);
    }

    private void ApplyEvents(bool manual = false)
    {
        _events.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        var n = _cur.Count;
        PooledArray.Ensure(ref _mark, n);
        var mark = _mark.AsSpan(0, n);
        mark.Clear();
        var exclude = _o.Action == CorrectionAction.ExcludeAndMarkGaps;
        var repair = exclude ? MarkExclude : MarkInterpolate;
        foreach (var ev in _events)
        {
            var i = ev.Index;
            var orig = _cur.Orig[i];
            _artifacts.Add(new DetectedArtifact(orig, ev.Type, _input.BeatTimesSeconds[orig]) { Manual = manual });
            switch (ev.Type)
            {
                case ArtifactType.Ectopic:
                    mark[i] = exclude ? MarkExclude : MarkEctopic;
                    if (i + 1 < n && !_cur.Gap[i + 1]) mark[i + 1] = repair;
                    break;
                case ArtifactType.Missed:
                    mark[i] = exclude ? MarkExclude : MarkSplit;
                    break;
                case ArtifactType.Extra:
                    if (exclude)
                    {
                        mark[i] = MarkExclude;
                        if (i + 1 < n && !_cur.Gap[i + 1]) mark[i + 1] = MarkExclude;
                    }
                    else
                    {
                        mark[i] = MarkMerge;
                    }

                    break;
                default: // long, short, out of range
                    mark[i] = repair;
                    break;
            }
        }

        if (!manual) _passes++;
        Apply();
    }

    // Writes the next series from the current one and the marks, then swaps.
    private void Apply()
    {
        var n = _cur.Count;
        var cur = _cur;
        var next = _next;
        next.Count = 0;
        PooledArray.Ensure(ref _interp, (2 * n) + 16);
        var pendingGap = false;
        var carry = 0.0;
        var anyInterp = false;
        _pairs.Clear();
        for (var i = 0; i < n; i++)
        {
            var gapHere = cur.Gap[i] || pendingGap;
            var orig = cur.Orig[i];
            var m = _mark[i];
            if (m == MarkExclude)
            {
                _left.Add(new BeatRecord(cur.T[i], cur.Rr[i], BeatAction.Gap, orig, false));
                _changed[orig] = true;
                _excluded++;
                pendingGap = true;
                carry = 0;
                continue;
            }

            if (m == MarkMerge)
            {
                _left.Add(new BeatRecord(cur.T[i], cur.Rr[i], BeatAction.Removed, orig, false));
                _changed[orig] = true;
                _removed++;
                if (i + 1 < n && !cur.Gap[i + 1]) carry += cur.Rr[i];
                pendingGap = gapHere;
                continue;
            }

            if (m == MarkNone && carry == 0 && !pendingGap)
            {
                // A stretch of unmarked beats is copied unchanged (what the last branch below does one by one).
                var rest = _mark.AsSpan(i + 1, n - i - 1).IndexOfAnyExcept(MarkNone);
                var end = rest < 0 ? n : i + 1 + rest;
                _interp.AsSpan(next.Count, end - i).Clear();
                next.AddRange(cur, i, end - i);
                i = end - 1;
                continue;
            }

            var value = cur.Rr[i] + carry;
            if (carry > 0) _changed[orig] = true;
            carry = 0;
            pendingGap = false;
            if (m == MarkSplit)
            {
                var half = value / 2;
                var prevT = next.Count > 0 ? next.T[next.Count - 1] : double.NegativeInfinity;
                var at = cur.T[i] - (half / 1000.0);
                if (at <= prevT) at = (prevT + cur.T[i]) / 2;
                _interp[next.Count] = false;
                next.Add(half, at, orig, BeatAction.Inserted, gapHere, cur.Qd1[i], cur.Qd2[i]);
                _interp[next.Count] = false;
                next.Add(half, cur.T[i], orig, cur.Act[i], false, cur.Qd1[i], cur.Qd2[i]);
                _changed[orig] = true;
            }
            else if (m is MarkInterpolate or MarkEctopic)
            {
                if (m == MarkEctopic && i + 1 < n && _mark[i + 1] == MarkInterpolate && !cur.Gap[i + 1])
                    _pairs.Add((next.Count, value + cur.Rr[i + 1], value));
                _interp[next.Count] = true;
                next.Add(value, cur.T[i], orig, BeatAction.Interpolated, gapHere, cur.Qd1[i], cur.Qd2[i]);
                _changed[orig] = true;
                anyInterp = true;
            }
            else
            {
                _interp[next.Count] = false;
                next.Add(value, cur.T[i], orig, cur.Act[i], gapHere, cur.Qd1[i], cur.Qd2[i]);
            }
        }

        _next = cur;
        _cur = next;
        _medianValid = false;
        if (anyInterp) Interpolate();
    }

    private void ApplyOrphans(List<int> orphans, int n)
    {
        PooledArray.Ensure(ref _mark, n);
        _mark.AsSpan(0, n).Clear();
        foreach (var k in orphans) _mark[k] = MarkExclude;
        Apply();
    }
}
