namespace HrResponse.Signal;

/// <summary>
/// Reusable factor arrays of the smoothness-priors solver (<see cref="Detrending"/>), so live analyses can detrend
/// window after window without allocating. Arrays only grow; their contents are preserved when they do.
/// </summary>
internal sealed class SmoothnessPriorsScratch
{
    public double[] Diagonal { get; private set; } = [];

    public double[] FirstSubdiagonal { get; private set; } = [];

    public double[] SecondSubdiagonal { get; private set; } = [];

    public void EnsureCapacity(int length)
    {
        if (Diagonal.Length >= length) return;
        var d = Diagonal;
        var a = FirstSubdiagonal;
        var b = SecondSubdiagonal;
        Array.Resize(ref d, length);
        Array.Resize(ref a, length);
        Array.Resize(ref b, length);
        (Diagonal, FirstSubdiagonal, SecondSubdiagonal) = (d, a, b);
    }
}
