using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// The physiological limits of <see cref="CsvReadOptions"/> applied to the beats of a reader without line-level checks
/// (RR text, BLE logs, FIT, TCX, GPX, Polar HRM): a recording whose median interval gives a heart rate outside the
/// range is refused; single intervals outside [MinRrMs, MaxRrMs] are left out, the next one marked as following a gap,
/// and a note says how many and which.
/// </summary>
internal static class RrLimitCheck
{
    public static Recording Apply(Recording recording, CsvReadOptions limits, string name, List<string> notes)
    {
        var beats = recording.Beats;
        if (beats.Count == 0) return recording;
        var ms = beats.Milliseconds;
        var rule = RrRangeRule.Evaluate(ms, limits);
        if (!rule.MedianPlausible)
        {
            throw new HrDataFormatException(
                name, null, null, null,
                Inv($"the RR intervals have a median of {rule.MedianMs:0.###} ms, a heart rate of {rule.MedianBpm:0.#} bpm, outside the physiological range ") +
                Inv($"{limits.MinMedianHeartRateBpm:0.###}–{limits.MaxMedianHeartRateBpm:0.###} bpm (CsvReadOptions.MinMedianHeartRateBpm/MaxMedianHeartRateBpm); ") +
                "check the unit of the values and that they are RR intervals");
        }

        var dropped = rule.OutOfRangeCount;
        if (dropped == 0) return recording;
        if (rule.MixedUnits)
        {
            throw new HrDataFormatException(
                name, null, null, null,
                Inv($"mixed units: the RR intervals have a median of {rule.MedianMs:0.###} ms, but {rule.OtherUnitCount} of {ms.Length} are outside ") +
                Inv($"{limits.MinRrMs:0.###}–{limits.MaxRrMs:0.###} ms and look like the other unit (seconds against milliseconds); convert the file to one unit"));
        }

        if (dropped == ms.Length)
            throw new HrDataFormatException(name, null, null, null, "every RR interval is outside the physiological range (CsvReadOptions.MinRrMs/MaxRrMs)");
        var keep = new List<int>(ms.Length - dropped);
        var first = new List<string>();
        for (var i = 0; i < ms.Length; i++)
        {
            if (!rule.OutOfRange[i]) keep.Add(i);
            else if (first.Count < 5) first.Add(Inv($"#{i + 1} ({ms[i]:G6} ms)"));
        }

        var times = beats.BeatTimesSeconds;
        var gaps = beats.GapBefore;
        var rebuilt = beats.Reconstructed;
        var outMs = new double[keep.Count];
        var outTimes = new double[keep.Count];
        var outGaps = new bool[keep.Count];
        var outRebuilt = new bool[keep.Count];
        for (var k = 0; k < keep.Count; k++)
        {
            var i = keep[k];
            outMs[k] = ms[i];
            outTimes[k] = times[i];
            outRebuilt[k] = rebuilt[i];
            outGaps[k] = k > 0 && (gaps[i] || keep[k - 1] != i - 1);
        }

        notes.Add(Inv($"{dropped} RR interval(s) outside the physiological range {limits.MinRrMs:0.###}–{limits.MaxRrMs:0.###} ms ") +
                  $"(CsvReadOptions.MinRrMs/MaxRrMs) were left out, each next interval marked as following a gap: {string.Join(", ", first)}" +
                  (dropped > first.Count ? ", ..." : string.Empty));
        var newBeats = RrIntervals.CreateTrusted(outMs, outTimes, outGaps, outRebuilt);
        return Recording.Create(
            newBeats, recording.HeartRateIsFromBeats ? null : recording.HeartRate, recording.Markers, recording.Load, recording.Channels,
            recording.Subject, recording.Ecg);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
