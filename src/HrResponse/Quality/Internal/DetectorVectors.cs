using System.Numerics;
using System.Runtime.InteropServices;

namespace HrResponse.Quality.Internal;

/// <summary>
/// The element-wise steps of <see cref="LipponenTarvainenDetector"/>, over <see cref="Vector{T}"/> lanes with a scalar
/// tail. Each lane does the scalar expression's operations in the same order (IEEE-754 per element, no fused
/// multiply–add), so the results are bit-identical to the scalar loops they replace.
/// </summary>
internal static class DetectorVectors
{
    /// <summary>dRR(i) = RR(i) − RR(i−1) (0 for i = 0) and |dRR(i)|.</summary>
    public static void Differences(ReadOnlySpan<double> rr, Span<double> d, Span<double> absD)
    {
        var m = rr.Length;
        if (m == 0) return;
        d[0] = 0;
        absD[0] = 0;
        var i = 1;
        var lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            ref var r = ref MemoryMarshal.GetReference(rr);
            ref var dd = ref MemoryMarshal.GetReference(d);
            ref var ad = ref MemoryMarshal.GetReference(absD);
            for (; i + lanes <= m; i += lanes)
            {
                var x = Vector.LoadUnsafe(ref r, (nuint)i) - Vector.LoadUnsafe(ref r, (nuint)(i - 1));
                x.StoreUnsafe(ref dd, (nuint)i);
                Vector.Abs(x).StoreUnsafe(ref ad, (nuint)i);
            }
        }

        for (; i < m; i++)
        {
            d[i] = rr[i] - rr[i - 1];
            absD[i] = Math.Abs(d[i]);
        }
    }

    /// <summary>mRR(i) = RR(i) − median(i), doubled when negative, and |mRR(i)|.</summary>
    public static void MedianDeviations(ReadOnlySpan<double> rr, ReadOnlySpan<double> med, Span<double> mRr, Span<double> absM)
    {
        var m = rr.Length;
        var i = 0;
        var lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            ref var r = ref MemoryMarshal.GetReference(rr);
            ref var md = ref MemoryMarshal.GetReference(med);
            ref var mr = ref MemoryMarshal.GetReference(mRr);
            ref var am = ref MemoryMarshal.GetReference(absM);
            for (; i + lanes <= m; i += lanes)
            {
                var x = Vector.LoadUnsafe(ref r, (nuint)i) - Vector.LoadUnsafe(ref md, (nuint)i);
                x = Vector.ConditionalSelect(Vector.LessThan(x, Vector<double>.Zero), x * 2, x);
                x.StoreUnsafe(ref mr, (nuint)i);
                Vector.Abs(x).StoreUnsafe(ref am, (nuint)i);
            }
        }

        for (; i < m; i++)
        {
            var x = rr[i] - med[i];
            if (x < 0) x *= 2;
            mRr[i] = x;
            absM[i] = Math.Abs(x);
        }
    }

    /// <summary>qd(i) = α·(Q3(i) − Q1(i))/2, or 0 where Q1(i) is NaN (an empty masked window).</summary>
    public static void QuartileThresholds(ReadOnlySpan<double> q1, ReadOnlySpan<double> q3, double alpha, Span<double> qd, int from, int to)
    {
        var i = from;
        var lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            ref var a = ref MemoryMarshal.GetReference(q1);
            ref var b = ref MemoryMarshal.GetReference(q3);
            ref var r = ref MemoryMarshal.GetReference(qd);
            var va = new Vector<double>(alpha);
            var two = new Vector<double>(2);
            for (; i + lanes <= to + 1; i += lanes)
            {
                var lo = Vector.LoadUnsafe(ref a, (nuint)i);
                var x = va * (Vector.LoadUnsafe(ref b, (nuint)i) - lo) / two;
                Vector.ConditionalSelect(Vector.Equals(lo, lo), x, Vector<double>.Zero).StoreUnsafe(ref r, (nuint)i);
            }
        }

        for (; i <= to; i++) qd[i] = double.IsNaN(q1[i]) ? 0 : alpha * (q3[i] - q1[i]) / 2;
    }

    /// <summary>
    /// Th1(i) = max(qd1(i), floor·median(i), minimum), nd(i) = dRR(i)/Th1(i); Th2(i) likewise from qd2(i), and
    /// nm(i) = mRR(i)/Th2(i).
    /// </summary>
    public static void Normalise(ReadOnlySpan<double> d, ReadOnlySpan<double> mRr, ReadOnlySpan<double> qd1, ReadOnlySpan<double> qd2,
        ReadOnlySpan<double> med, double floor, double minimum, Span<double> nd, Span<double> th2, Span<double> nm)
    {
        var m = d.Length;
        var i = 0;
        var lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            ref var dd = ref MemoryMarshal.GetReference(d);
            ref var mr = ref MemoryMarshal.GetReference(mRr);
            ref var a = ref MemoryMarshal.GetReference(qd1);
            ref var b = ref MemoryMarshal.GetReference(qd2);
            ref var md = ref MemoryMarshal.GetReference(med);
            ref var rn = ref MemoryMarshal.GetReference(nd);
            ref var rt = ref MemoryMarshal.GetReference(th2);
            ref var rm = ref MemoryMarshal.GetReference(nm);
            var vf = new Vector<double>(floor);
            var vmin = new Vector<double>(minimum);
            for (; i + lanes <= m; i += lanes)
            {
                var f = vf * Vector.LoadUnsafe(ref md, (nuint)i);
                var t1 = Vector.Max(Vector.Max(Vector.LoadUnsafe(ref a, (nuint)i), f), vmin);
                var t2 = Vector.Max(Vector.Max(Vector.LoadUnsafe(ref b, (nuint)i), f), vmin);
                (Vector.LoadUnsafe(ref dd, (nuint)i) / t1).StoreUnsafe(ref rn, (nuint)i);
                t2.StoreUnsafe(ref rt, (nuint)i);
                (Vector.LoadUnsafe(ref mr, (nuint)i) / t2).StoreUnsafe(ref rm, (nuint)i);
            }
        }

        for (; i < m; i++)
        {
            var f = floor * med[i];
            nd[i] = d[i] / Math.Max(Math.Max(qd1[i], f), minimum);
            th2[i] = Math.Max(Math.Max(qd2[i], f), minimum);
            nm[i] = mRr[i] / th2[i];
        }
    }

    /// <summary>
    /// The first index i in [<paramref name="from"/>, <paramref name="to"/>) that is not inside both limits, i.e. where
    /// |nd(i)| ≤ 1 fails or (when <paramref name="nm"/> is not empty) |nm(i)| ≤ 3 fails; <paramref name="to"/> when
    /// there is none. The classification passes over the other beats without looking at them; whole vectors of them
    /// are passed over here. An index may be returned early (a vector holding a candidate is not narrowed down), so
    /// the caller checks the limits itself.
    /// </summary>
    public static int NextBeyond(ReadOnlySpan<double> nd, ReadOnlySpan<double> nm, int from, int to)
    {
        var i = from;
        var lanes = Vector<double>.Count;
        if (!Vector.IsHardwareAccelerated || to - from < lanes) return from;
        ref var a = ref MemoryMarshal.GetReference(nd);
        var one = Vector<double>.One;
        if (nm.IsEmpty)
        {
            for (; i + lanes <= to; i += lanes)
                if (!Vector.LessThanOrEqualAll(Vector.Abs(Vector.LoadUnsafe(ref a, (nuint)i)), one)) return i;
        }
        else
        {
            ref var b = ref MemoryMarshal.GetReference(nm);
            var three = new Vector<double>(3);
            for (; i + lanes <= to; i += lanes)
            {
                if (!Vector.LessThanOrEqualAll(Vector.Abs(Vector.LoadUnsafe(ref a, (nuint)i)), one)
                    || !Vector.LessThanOrEqualAll(Vector.Abs(Vector.LoadUnsafe(ref b, (nuint)i)), three)) return i;
            }
        }

        return i;
    }

    /// <summary>
    /// The first index i in [<paramref name="from"/>, <paramref name="to"/>) (from ≥ 1) whose step RR(i−1) → RR(i) may
    /// lie beyond Kamath and Fallen's sinus limits (<see cref="KamathLimits"/>), or <paramref name="to"/> when none
    /// does. The test is a little wider than the limits (a superset, whatever the rounding of the caller's exact test)
    /// and whole vectors of steps inside it are passed over; an index may be returned early (a vector holding a
    /// candidate is not narrowed down), so the caller tests the steps itself.
    /// </summary>
    public static int NextNonSinusStep(ReadOnlySpan<double> rr, int from, int to)
    {
        if (!Vector.IsHardwareAccelerated) return from;
        var i = from;
        var lanes = Vector<double>.Count;
        ref var r = ref MemoryMarshal.GetReference(rr);
        var longer = new Vector<double>(KamathLimits.LongerMaxFraction * (1 - SupersetMargin));
        var shorter = new Vector<double>(-KamathLimits.ShorterMaxFraction * (1 - SupersetMargin));
        for (; i + lanes <= to; i += lanes)
        {
            var previous = Vector.LoadUnsafe(ref r, (nuint)(i - 1));
            var step = Vector.LoadUnsafe(ref r, (nuint)i) - previous;
            if (Vector.GreaterThanAny(step, longer * previous) || Vector.LessThanAny(step, shorter * previous)) return i;
        }

        return i;
    }

    /// <summary>
    /// The first index j in [<paramref name="from"/>, <paramref name="to"/>) (from ≥ 1, to ≤ length − 2) where intervals
    /// j and j + 1 may lie off together between two outer intervals that agree (refinement 56 of
    /// <see cref="LipponenTarvainenDetector"/>): RR(j−1) and RR(j+2) within <paramref name="outerAgreement"/> of their
    /// mean and RR(j) at least <paramref name="leastOff"/> of it away; <paramref name="to"/> when none is. A little
    /// wider than the caller's exact test, and whole vectors are passed over; an index may be returned early.
    /// </summary>
    public static int NextTwoBeatExcursion(ReadOnlySpan<double> rr, int from, int to, double outerAgreement, double leastOff)
    {
        if (!Vector.IsHardwareAccelerated) return from;
        var i = from;
        var lanes = Vector<double>.Count;
        ref var r = ref MemoryMarshal.GetReference(rr);
        var agree = new Vector<double>(outerAgreement * (1 + SupersetMargin));
        var off = new Vector<double>(leastOff * (1 - SupersetMargin));
        var half = new Vector<double>(0.5);
        for (; i + lanes <= to; i += lanes)
        {
            var before = Vector.LoadUnsafe(ref r, (nuint)(i - 1));
            var after = Vector.LoadUnsafe(ref r, (nuint)(i + 2));
            var outer = (before + after) * half;
            var candidate = Vector.LessThanOrEqual(Vector.Abs(before - after), agree * outer)
                & Vector.GreaterThanOrEqual(Vector.Abs(Vector.LoadUnsafe(ref r, (nuint)i) - outer), off * outer);
            if (!Vector.EqualsAll(candidate, Vector<long>.Zero)) return i;
        }

        return i;
    }

    // How much wider than the exact tests the prefilters above are (a relative share of each limit).
    private const double SupersetMargin = 1e-6;
}
