namespace HrResponse.Autonomic;

/// <summary>Where the time of a test event (strain start and release, stand-up, breathing cycles) came from.</summary>
public enum EventTimeSource
{
    /// <summary>Not found: neither marked nor given, and detection failed (problem <see cref="ProblemCode.EventNotDetected"/>).</summary>
    NotFound = 0,

    /// <summary>Given explicitly in the options.</summary>
    Explicit = 1,

    /// <summary>From a marker of the recording (<see cref="Recording.Markers"/>).</summary>
    Marker = 2,

    /// <summary>Detected from the beat-to-beat blood pressure (Valsalva: phase I rise and phase III drop).</summary>
    DetectedFromPressure = 3,

    /// <summary>Detected from the heart-rate response (Valsalva without pressure; stand-up).</summary>
    DetectedFromHeartRate = 4,

    /// <summary>Detected from the respiratory oscillation of the RR intervals (deep breathing cycles).</summary>
    DetectedFromRrOscillation = 5,
}
