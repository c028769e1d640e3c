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
