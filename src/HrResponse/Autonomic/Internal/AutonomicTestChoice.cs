using System.Globalization;

namespace HrResponse.Autonomic.Internal;

/// <summary>
/// <see cref="AutonomicTest.Auto"/>: the test whose event times are given in the options, else the test a recording's
/// markers name. Each test's own marker labels decide (matched as its analysis matches them,
/// <see cref="BeatWindow.FindMarker"/>): a Valsalva strain start or release, a stand-up, or at least two breaths (one
/// breath marker does not make a cycle). With times or markers of several tests, the one first in time; with none, the
/// Valsalva manoeuvre, the default before this choice existed.
/// </summary>
internal static class AutonomicTestChoice
{
    /// <summary>The test to analyse and why, in words.</summary>
    public static (AutonomicTest Test, string Reason) Choose(Recording recording, AutonomicOptions options)
    {
        if (options.Test != AutonomicTest.Auto) return (options.Test, "given (AutonomicOptions.Test)");

        // Event times given for a test name it more surely than any marker.
        var given = new List<(AutonomicTest Test, double Time, string What)>();
        if (options.Valsalva.StrainStartSeconds is { } strainStart)
            given.Add((AutonomicTest.Valsalva, strainStart, "the strain times given (ValsalvaOptions.StrainStartSeconds)"));
        if (options.ActiveStand.StandSeconds is { } standTime)
            given.Add((AutonomicTest.ActiveStand, standTime, "the stand-up time given (ActiveStandOptions.StandSeconds)"));
        if (options.DeepBreathing.CycleStartTimesSeconds is { Count: >= 2 } cycles)
            given.Add((AutonomicTest.DeepBreathing, cycles[0], "the breathing cycles given (DeepBreathingOptions.CycleStartTimesSeconds)"));
        if (given.Count > 0)
        {
            var first = given.MinBy(g => g.Time);
            return (first.Test, given.Count == 1 ? first.What
                : $"{first.What}, the first in time of the event times given for {given.Count} tests (set AutonomicOptions.Test for another)");
        }

        var markers = recording.Markers;
        var found = new List<(AutonomicTest Test, Marker First, string What)>();
        var strain = BeatWindow.FindMarker(markers, [.. options.Valsalva.StartMarkerLabels, .. options.Valsalva.EndMarkerLabels]);
        if (strain is not null) found.Add((AutonomicTest.Valsalva, strain, "a Valsalva strain marker"));
        var stand = BeatWindow.FindMarker(markers, options.ActiveStand.StandMarkerLabels);
        if (stand is not null) found.Add((AutonomicTest.ActiveStand, stand, "a stand-up marker"));
        var breaths = markers.Where(m => options.DeepBreathing.BreathMarkerLabels.Any(p => HrResponse.Internal.MarkerLabel.StartsWith(m.Label, p))).ToList();
        if (breaths.Count >= 2) found.Add((AutonomicTest.DeepBreathing, breaths[0], $"{breaths.Count} breath markers"));

        if (found.Count == 0)
            return (AutonomicTest.Valsalva, "no marker of a Valsalva strain, stand-up or breaths: analysed as a Valsalva manoeuvre (set AutonomicOptions.Test for another test)");
        var chosen = found.MinBy(f => f.First.TimeSeconds);
        var reason = Inv($"{chosen.What} ('{chosen.First.Label}' at {chosen.First.TimeSeconds:0.#} s)");
        if (found.Count > 1)
        {
            var others = string.Join(", ", found.Where(f => f.Test != chosen.Test).Select(f => Inv($"{f.What} at {f.First.TimeSeconds:0.#} s")));
            reason += $"; the recording also holds {others}: the test marked first is analysed (set AutonomicOptions.Test for another)";
        }

        return (chosen.Test, reason);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
