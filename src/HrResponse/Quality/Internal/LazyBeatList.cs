using System.Collections;

namespace HrResponse.Quality.Internal;

/// <summary>
/// The per-beat rows of a cleaned series, built on first use (most callers never need them): the cleaned intervals
/// merged in time order with the input intervals left out.
/// </summary>
internal sealed class LazyBeatList : IReadOnlyList<BeatRecord>
{
    private readonly Lazy<BeatRecord[]> _rows;

    public LazyBeatList(double[] times, double[] rr, BeatAction[] actions, int[] inputIndices, bool[] gapBefore, BeatRecord[] leftOut)
    {
        Count = times.Length + leftOut.Length;
        _rows = new Lazy<BeatRecord[]>(() => Merge(times, rr, actions, inputIndices, gapBefore, leftOut));
    }

    public int Count { get; }

    public BeatRecord this[int index] => _rows.Value[index];

    public IEnumerator<BeatRecord> GetEnumerator() => ((IEnumerable<BeatRecord>)_rows.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static BeatRecord[] Merge(double[] t, double[] rr, BeatAction[] act, int[] orig, bool[] gap, BeatRecord[] left)
    {
        var n = t.Length;
        var rows = new BeatRecord[n + left.Length];
        int ci = 0, li = 0, bi = 0;
        while (ci < n || li < left.Length)
        {
            if (li < left.Length && (ci >= n || left[li].TimeSeconds <= t[ci])) rows[bi++] = left[li++];
            else
            {
                rows[bi++] = new BeatRecord(t[ci], rr[ci], act[ci], orig[ci], gap[ci]);
                ci++;
            }
        }

        return rows;
    }
}
