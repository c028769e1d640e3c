using System.Runtime.InteropServices;
using HrResponse.Internal;

namespace HrResponse.Io.Internal;

/// <summary>
/// The physiological limits of <see cref="CsvReadOptions"/> on RR values in milliseconds, judged once for every reader:
/// each value outside [MinRrMs, MaxRrMs] is out of range; the recording is implausible when its median gives a heart
/// rate outside [MinMedianHeartRateBpm, MaxMedianHeartRateBpm]; its units are mixed when at least 2 values, and at
/// least 5 % of the finite ones, are out of range but a factor of 1000 would bring them into range. NaN (an empty
/// cell) is neither in nor out of range; infinity (seconds overflowing) is out of range and left out of the median.
/// </summary>
internal readonly record struct RrRangeRule(
    bool[] OutOfRange, int FirstOutOfRange, int OtherUnitCount, int FirstOtherUnit, int FiniteCount, double MedianMs, double MedianBpm,
    bool MedianPlausible)
{
    /// <summary>Judges <paramref name="ms"/> against the limits.</summary>
    public static RrRangeRule Evaluate(ReadOnlySpan<double> ms, CsvReadOptions limits)
    {
        var outOfRange = new bool[ms.Length];
        var finite = new List<double>(ms.Length);
        int firstOut = -1, otherUnit = 0, firstOther = -1;
        for (var i = 0; i < ms.Length; i++)
        {
            var v = ms[i];
            if (double.IsNaN(v)) continue;
            if (double.IsFinite(v)) finite.Add(v);
            if (v >= limits.MinRrMs && v <= limits.MaxRrMs) continue;
            outOfRange[i] = true;
            if (firstOut < 0) firstOut = i;
            var scaled = v < limits.MinRrMs ? v * 1000.0 : v / 1000.0;
            if (scaled < limits.MinRrMs || scaled > limits.MaxRrMs) continue;
            otherUnit++;
            if (firstOther < 0) firstOther = i;
        }

        var medianMs = finite.Count == 0 ? double.NaN : MedianSelect.Median(CollectionsMarshal.AsSpan(finite));
        var medianBpm = 60_000.0 / medianMs;
        var plausible = finite.Count == 0 || (medianBpm >= limits.MinMedianHeartRateBpm && medianBpm <= limits.MaxMedianHeartRateBpm);
        return new(outOfRange, firstOut, otherUnit, firstOther, finite.Count, medianMs, medianBpm, plausible);
    }

    /// <summary>True when the out-of-range values look like the other unit (seconds against milliseconds).</summary>
    public bool MixedUnits => OtherUnitCount >= 2 && OtherUnitCount * 20 >= FiniteCount;

    /// <summary>Number of values out of range.</summary>
    public int OutOfRangeCount => OutOfRange.Count(b => b);
}
