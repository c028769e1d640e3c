namespace HrResponse.Autonomic;

/// <summary>The cardiovascular autonomic reflex tests the library analyses.</summary>
public enum AutonomicTest
{
    /// <summary>Valsalva manoeuvre (<see cref="ValsalvaAnalysis"/>).</summary>
    Valsalva = 0,

    /// <summary>Active stand / orthostatic test (<see cref="ActiveStandAnalysis"/>).</summary>
    ActiveStand = 1,

    /// <summary>Deep (paced, 6 breaths/min) breathing test (<see cref="DeepBreathingAnalysis"/>).</summary>
    DeepBreathing = 2,

    /// <summary>
    /// The test whose event times the options give (<see cref="ValsalvaOptions.StrainStartSeconds"/>,
    /// <see cref="ActiveStandOptions.StandSeconds"/>, <see cref="DeepBreathingOptions.CycleStartTimesSeconds"/>), else
    /// the test the recording's markers name (an option value, never a result's test): a Valsalva strain start or
    /// release (<see cref="ValsalvaOptions.StartMarkerLabels"/>, <see cref="ValsalvaOptions.EndMarkerLabels"/>), a
    /// stand-up (<see cref="ActiveStandOptions.StandMarkerLabels"/>) or at least two breaths
    /// (<see cref="DeepBreathingOptions.BreathMarkerLabels"/>); with times or markers of several tests the one first in
    /// time; with none the Valsalva manoeuvre. <see cref="AutonomicResult.Test"/> and <see cref="AutonomicResult.TestChoice"/> say
    /// which test was analysed and why.
    /// </summary>
    Auto = 3,
}
