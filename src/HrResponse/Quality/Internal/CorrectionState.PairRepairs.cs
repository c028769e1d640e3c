namespace HrResponse.Quality.Internal;

/// <summary>
/// The correction's repairs of the detector's pair readings across passes: refinements 37 (compensating neighbours), 52 (a pair
/// flagged by two passes) and 53 (a pause read as a missed beat).
/// </summary>
internal sealed partial class CorrectionState
{
    // Refinement (53): a missed beat read right after an early interval, where the two span closer to two beats of the
    // rhythm around them than to three, is a premature beat and its pause (PauseReadAsMissedBeat; docs/beat-quality.md
    // item 73: 852 [721 1,427] 1,000 ms, the pause split as a missed beat and the early interval kept).
    private void ReadPausesAsPairs()
    {
        var rr = _cur.Rr;
        var n = _cur.Count;
        for (var e = 0; e < _events.Count; e++)
        {
            var (j, type) = _events[e];
            if (type != ArtifactType.Missed || j < 2 || j + 1 >= n || _cur.Gap[j - 1] || _cur.Gap[j] || _cur.Gap[j + 1]) continue;
            if (OtherEventWithin(e, j - 2, j + 1)) continue;
            if (_cur.Act[j - 1] != BeatAction.Kept || _protected?[_cur.Orig[j - 1]] == true) continue; // the early interval as recorded
            if (PauseReadAsMissedBeat.IsPrematureBeat(rr[j - 2], rr[j - 1], rr[j], rr[j + 1])) _events[e] = new RunEvent(j - 1, ArtifactType.Ectopic);
        }
    }

    // Refinement (52): a pass flags one interval of a short–long pair whose other interval an earlier pass estimated
    // alone (the pair readings of refinement 33 took the short interval alone, or the passes found the two in turn).
    // Where the pair keeps the time of the two intervals around it (DisplacedBeatTime.KeepsItsNeighboursTime), the two are
    // one displaced beat: the earlier estimate is undone (the recorded value and its flag restored) and the pair is
    // corrected as an ectopic beat, its recorded total kept, instead of as a short and a long interval that no pass
    // read together (docs/beat-quality.md item 72: test_08 768 780 [517 999] 656 720 ms).
    private void RestorePairs()
    {
        var rr = _cur.Rr;
        var n = _cur.Count;
        for (var e = 0; e < _events.Count; e++)
        {
            var (j, type) = _events[e];
            int i, estimated;
            ArtifactType earlier;
            if (type == ArtifactType.Long) (i, estimated, earlier) = (j - 1, j - 1, ArtifactType.Short);
            else if (type == ArtifactType.Short) (i, estimated, earlier) = (j, j + 1, ArtifactType.Long);
            else continue;
            if (i < 1 || i + 2 >= n || _cur.Gap[i] || _cur.Gap[i + 1] || _cur.Gap[i + 2]) continue;
            if (OtherEventWithin(e, i - 1, i + 2)) continue;
            var flagged = estimated == i ? i + 1 : i;
            var origEstimated = _cur.Orig[estimated];
            if (_cur.Act[estimated] != BeatAction.Interpolated || _cur.Act[flagged] != BeatAction.Kept
                || _cur.Orig[i + 1] != _cur.Orig[i] + 1 || _changed[_cur.Orig[flagged]] || _protected?[origEstimated] == true) continue;
            var k = _artifacts.FindIndex(x => x.Index == origEstimated && x.Type == earlier && !x.Manual);
            if (k < 0) continue;
            var recorded = _input.Milliseconds[origEstimated];
            var (first, second) = estimated == i ? (recorded, rr[i + 1]) : (rr[i], recorded);
            if (!DisplacedBeatTime.KeepsItsNeighboursTime(rr[i - 1], first, second, rr[i + 2])) continue;
            rr[estimated] = recorded;
            _cur.Act[estimated] = BeatAction.Kept;
            _changed[origEstimated] = false;
            _artifacts.RemoveAt(k);
            _events[e] = new RunEvent(i, ArtifactType.Ectopic);
        }
    }

    // Whether an event other than _events[e] (the list sorted by index) lies at an index from..to.
    private bool OtherEventWithin(int e, int from, int to) =>
        (e > 0 && _events[e - 1].Index >= from) || (e + 1 < _events.Count && _events[e + 1].Index <= to);

    // Refinement (37), once the passes have converged: CompensatingNeighbours.
    private void CorrectCompensatingNeighbours()
    {
        var n = _cur.Count;
        PooledArray.Ensure(ref _corrected, n);
        var corrected = _corrected.AsSpan(0, n);
        for (var k = 0; k < n; k++) corrected[k] = _cur.Act[k] != BeatAction.Kept || _changed[_cur.Orig[k]];
        _events.Clear();
        CompensatingNeighbours.Find(_cur.Rr.AsSpan(0, n), _cur.Gap.AsSpan(0, n), corrected, _cur.Orig.AsSpan(0, n),
            _input.Milliseconds, _events);
        DropProtectedEvents();
        RestorePairs();
        if (_events.Count > 0) ApplyEvents();
    }
}
