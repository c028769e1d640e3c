using System.Buffers;

namespace HrResponse.Quality.Internal;

/// <summary>
/// The working series during cleaning: parallel arrays of intervals, beat times, input indices, actions, gap flags
/// and first-pass thresholds. The arrays are rented from the shared pool; call <see cref="Return"/> when done.
/// </summary>
internal sealed class BeatBuffer
{
    public BeatBuffer(int capacity)
    {
        Rr = ArrayPool<double>.Shared.Rent(capacity);
        T = ArrayPool<double>.Shared.Rent(capacity);
        Orig = ArrayPool<int>.Shared.Rent(capacity);
        Act = ArrayPool<BeatAction>.Shared.Rent(capacity);
        Gap = ArrayPool<bool>.Shared.Rent(capacity);
        Qd1 = ArrayPool<double>.Shared.Rent(capacity);
        Qd2 = ArrayPool<double>.Shared.Rent(capacity);
        Capacity = MinLength();
    }

    public double[] Rr { get; private set; }

    public double[] T { get; private set; }

    public int[] Orig { get; private set; }

    public BeatAction[] Act { get; private set; }

    public bool[] Gap { get; private set; }

    /// <summary>Lipponen–Tarvainen quartile thresholds of the first pass, carried with each beat.</summary>
    public double[] Qd1 { get; private set; }

    /// <summary>The same for the mRR threshold.</summary>
    public double[] Qd2 { get; private set; }

    public int Count { get; set; }

    /// <summary>Smallest array length, i.e. the number of beats the buffer can hold.</summary>
    public int Capacity { get; private set; }

    public void Add(double rr, double t, int orig, BeatAction act, bool gap, double qd1 = 0, double qd2 = 0)
    {
        if (Count == Capacity) Grow();
        Rr[Count] = rr;
        T[Count] = t;
        Orig[Count] = orig;
        Act[Count] = act;
        Gap[Count] = gap;
        Qd1[Count] = qd1;
        Qd2[Count] = qd2;
        Count++;
    }

    /// <summary>
    /// Appends beats <paramref name="from"/> .. <paramref name="from"/> + <paramref name="count"/> − 1 of
    /// <paramref name="source"/> unchanged (interval, time, input index, action, gap flag and thresholds), as
    /// <see cref="Add"/> would one by one.
    /// </summary>
    public void AddRange(BeatBuffer source, int from, int count)
    {
        while (Count + count > Capacity) Grow();
        source.Rr.AsSpan(from, count).CopyTo(Rr.AsSpan(Count));
        source.T.AsSpan(from, count).CopyTo(T.AsSpan(Count));
        source.Orig.AsSpan(from, count).CopyTo(Orig.AsSpan(Count));
        source.Act.AsSpan(from, count).CopyTo(Act.AsSpan(Count));
        source.Gap.AsSpan(from, count).CopyTo(Gap.AsSpan(Count));
        source.Qd1.AsSpan(from, count).CopyTo(Qd1.AsSpan(Count));
        source.Qd2.AsSpan(from, count).CopyTo(Qd2.AsSpan(Count));
        Count += count;
    }

    /// <summary>
    /// Appends the intervals of <paramref name="input"/> as kept beats (input index = position, thresholds 0), as
    /// <see cref="Add"/> would one by one.
    /// </summary>
    public void AddInput(RrIntervals input)
    {
        var n = input.Count;
        while (Count + n > Capacity) Grow();
        input.Milliseconds.CopyTo(Rr.AsSpan(Count));
        input.BeatTimesSeconds.CopyTo(T.AsSpan(Count));
        input.GapBefore.CopyTo(Gap.AsSpan(Count));
        for (var i = 0; i < n; i++) Orig[Count + i] = i;
        System.Diagnostics.Debug.Assert(default(BeatAction) == BeatAction.Kept, "Clear() writes Kept");
        Act.AsSpan(Count, n).Clear();
        Qd1.AsSpan(Count, n).Clear();
        Qd2.AsSpan(Count, n).Clear();
        Count += n;
    }

    public void Return()
    {
        ArrayPool<double>.Shared.Return(Rr);
        ArrayPool<double>.Shared.Return(T);
        ArrayPool<int>.Shared.Return(Orig);
        ArrayPool<BeatAction>.Shared.Return(Act);
        ArrayPool<bool>.Shared.Return(Gap);
        ArrayPool<double>.Shared.Return(Qd1);
        ArrayPool<double>.Shared.Return(Qd2);
        Rr = T = Qd1 = Qd2 = [];
        Orig = [];
        Act = [];
        Gap = [];
        Capacity = 0;
    }

    private void Grow()
    {
        var size = Math.Max(16, Capacity * 2);
        Rr = Resize(Rr, size);
        T = Resize(T, size);
        Orig = Resize(Orig, size);
        Act = Resize(Act, size);
        Gap = Resize(Gap, size);
        Qd1 = Resize(Qd1, size);
        Qd2 = Resize(Qd2, size);
        Capacity = MinLength();
    }

    private int MinLength() =>
        Math.Min(Math.Min(Rr.Length, T.Length), Math.Min(Math.Min(Orig.Length, Act.Length), Math.Min(Gap.Length, Math.Min(Qd1.Length, Qd2.Length))));

    private TItem[] Resize<TItem>(TItem[] a, int size)
    {
        var b = ArrayPool<TItem>.Shared.Rent(size);
        Array.Copy(a, b, Count);
        ArrayPool<TItem>.Shared.Return(a);
        return b;
    }
}
