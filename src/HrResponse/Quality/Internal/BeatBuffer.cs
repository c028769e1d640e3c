namespace HrResponse.Quality.Internal;

/// <summary>The working series during cleaning: parallel arrays of intervals, beat times, input indices, actions and gap flags.</summary>
internal sealed class BeatBuffer
{
    public BeatBuffer(int capacity)
    {
        Rr = new double[capacity];
        T = new double[capacity];
        Orig = new int[capacity];
        Act = new BeatAction[capacity];
        Gap = new bool[capacity];
    }

    public double[] Rr { get; private set; }

    public double[] T { get; private set; }

    public int[] Orig { get; private set; }

    public BeatAction[] Act { get; private set; }

    public bool[] Gap { get; private set; }

    public int Count { get; set; }

    public void Add(double rr, double t, int orig, BeatAction act, bool gap)
    {
        if (Count == Rr.Length) Grow();
        Rr[Count] = rr;
        T[Count] = t;
        Orig[Count] = orig;
        Act[Count] = act;
        Gap[Count] = gap;
        Count++;
    }

    private void Grow()
    {
        var size = Math.Max(16, Rr.Length * 2);
        Rr = Resize(Rr, size);
        T = Resize(T, size);
        Orig = Resize(Orig, size);
        Act = Resize(Act, size);
        Gap = Resize(Gap, size);
    }

    private static TItem[] Resize<TItem>(TItem[] a, int size)
    {
        var b = new TItem[size];
        Array.Copy(a, b, a.Length);
        return b;
    }
}
