using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// The message of a read refused because the RR values cannot be intervals in the unit an option or the header names
/// (median below 20 for milliseconds, 20 or more for seconds): where they are plausible in the other unit (a median
/// heart rate of 20–300 bpm), it says so and names the setting that reads them that way; where they are plausible in
/// neither, it says that too, since switching the unit would only fail again (a file <c>rr_ms</c> holding 10, 11, 25, 27
/// is 5.5 bpm as seconds).
/// </summary>
internal static class RrUnitConflict
{
    /// <summary>The median heart rates, bpm, that make values plausible RR intervals in a unit (as the CSV reader's defaults).</summary>
    private const double MinBpm = 20, MaxBpm = 300;

    /// <summary>The message text after the location: what the values look like, why the unit was taken, and the fix.</summary>
    /// <param name="median">The median of the values, in the file's numbers.</param>
    /// <param name="valuesLabel">How the message names the median (e.g. <c>median value</c>).</param>
    /// <param name="unit">The unit the option or header names.</param>
    /// <param name="reason">Why that unit was taken (<c>header 'rr_ms' says milliseconds</c>).</param>
    public static string Message(double median, string valuesLabel, RrUnit unit, string reason)
    {
        var other = unit == RrUnit.Milliseconds ? RrUnit.Seconds : RrUnit.Milliseconds;
        var otherMs = other == RrUnit.Seconds ? median * 1000 : median;
        var bpm = 60_000 / otherMs;
        var ci = CultureInfo.InvariantCulture;
        return bpm >= MinBpm && bpm <= MaxBpm
            ? string.Create(ci, $"the values ({valuesLabel} {median:0.###}) look like {Name(other)}, but {reason}; set RrUnit = {other} or fix the header")
            : string.Create(ci, $"the values ({valuesLabel} {median:0.###}) cannot be RR intervals in {Name(unit)} ({reason}), nor in {Name(other)} (a median heart rate of {bpm:0.#} bpm): check that this column holds RR intervals");
    }

    private static string Name(RrUnit unit) => unit == RrUnit.Seconds ? "seconds" : "milliseconds";
}
