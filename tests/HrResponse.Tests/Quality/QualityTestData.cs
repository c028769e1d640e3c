using System.Globalization;

namespace HrResponse.Tests.Quality;

/// <summary>Tiny CSV readers and HRV helpers local to the quality tests (the library's readers are built elsewhere).</summary>
internal static class QualityTestData
{
    /// <summary>Reads the first column of a CSV with a header line (the <c>rr_ms</c> files).</summary>
    public static double[] ReadRrColumn(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Trim().Length > 0)
            .Select(l => double.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// Reads an ACTES test (<c>time_s,rr_ms,power_w,vo2_l_min</c>). Rows with an empty <c>rr_ms</c> are beats whose
    /// interval is missing: they are skipped, so the next interval's beat time jumps (a discontinuity).
    /// </summary>
    public static (RrIntervals Rr, int Rows, int EmptyRows) ReadActes(string path)
    {
        var times = new List<double>();
        var rr = new List<double>();
        int rows = 0, empty = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            if (line.Trim().Length == 0) continue;
            rows++;
            var cells = line.Split(',');
            if (cells[1].Trim().Length == 0)
            {
                empty++;
                continue;
            }

            times.Add(double.Parse(cells[0], CultureInfo.InvariantCulture));
            rr.Add(double.Parse(cells[1], CultureInfo.InvariantCulture));
        }

        return (RrIntervals.FromMilliseconds(rr.ToArray(), times.ToArray()), rows, empty);
    }

    /// <summary>
    /// A rest stretch swinging by ±150 ms around 800 ms (period 5 beats, ±40 ms noise), then a calm exercise rhythm from
    /// 540 ms falling by <paramref name="exerciseSlopeMs"/> per beat (±3 ms noise): a change of variability at
    /// <paramref name="restBeats"/>. Both stretches draw from one generator seeded with <paramref name="seed"/>.
    /// </summary>
    public static List<double> SwingingRestThenCalmExercise(int restBeats, int exerciseBeats, double exerciseSlopeMs, int seed)
    {
        var random = new Random(seed);
        var rr = new List<double>(restBeats + exerciseBeats);
        for (var k = 0; k < restBeats; k++) rr.Add(800 + (150 * Math.Sin(2 * Math.PI * k / 5)) + (40 * ((2 * random.NextDouble()) - 1)));
        for (var k = 0; k < exerciseBeats; k++) rr.Add(540 - (exerciseSlopeMs * k) + (3 * ((2 * random.NextDouble()) - 1)));
        return rr;
    }

    /// <summary>RMSSD in ms: root mean square of successive differences (N−1 differences), skipping differences across gaps.</summary>
    public static double Rmssd(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore = default)
    {
        double sum = 0;
        var count = 0;
        for (var i = 1; i < rr.Length; i++)
        {
            if (!gapBefore.IsEmpty && gapBefore[i]) continue;
            var d = rr[i] - rr[i - 1];
            sum += d * d;
            count++;
        }

        return Math.Sqrt(sum / count);
    }

    /// <summary>SDNN in ms: sample standard deviation (N−1).</summary>
    public static double Sdnn(ReadOnlySpan<double> rr)
    {
        double mean = 0;
        foreach (var x in rr) mean += x;
        mean /= rr.Length;
        double ss = 0;
        foreach (var x in rr) ss += (x - mean) * (x - mean);
        return Math.Sqrt(ss / (rr.Length - 1));
    }
}
