namespace HrResponse.Autonomic.Internal;

/// <summary>
/// Systolic and diastolic pressure per beat, from the recording's channels: per-beat columns (<c>sbp</c>/<c>systolic</c>
/// and <c>dbp</c>/<c>diastolic</c>, value at the beat's time), or a continuous pressure waveform (unit mmHg, or a name
/// with <c>bp</c>/<c>pressure</c>, sampled at ≥ 20 Hz): SBP = maximum and DBP = minimum of the waveform from this R
/// peak to the next.
/// </summary>
internal sealed class BeatPressure
{
    private BeatPressure(double[] systolic, double[] diastolic, string source)
    {
        SystolicMmHg = systolic;
        DiastolicMmHg = diastolic;
        Source = source;
    }

    public double[] SystolicMmHg { get; }

    public double[] DiastolicMmHg { get; }

    /// <summary>Which channel(s) the values come from, for messages.</summary>
    public string Source { get; }

    /// <summary>Pressure per beat of <paramref name="beatTimes"/>, or <c>null</c> when the recording has none.</summary>
    public static BeatPressure? From(Recording recording, ReadOnlySpan<double> beatTimes)
    {
        var channels = recording.Channels;
        var sbp = channels.FirstOrDefault(c => NameStarts(c.Name, "sbp", "systolic", "sys_bp", "sysbp"));
        var dbp = channels.FirstOrDefault(c => NameStarts(c.Name, "dbp", "diastolic", "dia_bp", "diabp"));
        if (sbp is not null && dbp is not null && !IsWaveform(sbp))
        {
            return new BeatPressure(AtBeats(sbp, beatTimes), AtBeats(dbp, beatTimes), $"{sbp.Name}, {dbp.Name}");
        }

        var wave = channels.FirstOrDefault(c => IsWaveform(c) && IsPressureName(c));
        if (wave is null) return null;
        var s = new double[beatTimes.Length];
        var d = new double[beatTimes.Length];
        var times = wave.TimesSeconds;
        var values = wave.Values;
        for (var i = 0; i < beatTimes.Length; i++)
        {
            var from = beatTimes[i];
            var to = i + 1 < beatTimes.Length ? beatTimes[i + 1] : from + 1.5;
            var lo = LowerBound(times, from);
            var max = double.NaN;
            var min = double.NaN;
            for (var k = lo; k < times.Length && times[k] < to; k++)
            {
                var v = values[k];
                if (!double.IsFinite(v)) continue;
                if (!(v <= max)) max = v;
                if (!(v >= min)) min = v;
            }

            s[i] = max;
            d[i] = min;
        }

        return new BeatPressure(s, d, wave.Name);
    }

    private static bool NameStarts(string name, params string[] prefixes) =>
        prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static bool IsPressureName(SampledChannel c) =>
        c.Unit.Equals("mmHg", StringComparison.OrdinalIgnoreCase)
        || c.Name.Contains("mmhg", StringComparison.OrdinalIgnoreCase)
        || c.Name.StartsWith("bp", StringComparison.OrdinalIgnoreCase)
        || c.Name.StartsWith("abp", StringComparison.OrdinalIgnoreCase)
        || c.Name.Contains("pressure", StringComparison.OrdinalIgnoreCase);

    private static bool IsWaveform(SampledChannel c)
    {
        if (c.Count < 10) return false;
        var t = c.TimesSeconds;
        var span = t[^1] - t[0];
        return span > 0 && (c.Count - 1) / span >= 20;
    }

    /// <summary>The channel's value at each beat: the sample nearest the beat's time, within 0.25 s; NaN otherwise.</summary>
    private static double[] AtBeats(SampledChannel c, ReadOnlySpan<double> beatTimes)
    {
        var result = new double[beatTimes.Length];
        var times = c.TimesSeconds;
        var values = c.Values;
        for (var i = 0; i < beatTimes.Length; i++)
        {
            var k = LowerBound(times, beatTimes[i]);
            var best = double.NaN;
            var bestDistance = 0.25;
            for (var j = Math.Max(0, k - 1); j <= Math.Min(times.Length - 1, k); j++)
            {
                var distance = Math.Abs(times[j] - beatTimes[i]);
                if (distance <= bestDistance)
                {
                    bestDistance = distance;
                    best = values[j];
                }
            }

            result[i] = best;
        }

        return result;
    }

    private static int LowerBound(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
