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
}
