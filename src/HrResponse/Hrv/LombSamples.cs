namespace HrResponse.Hrv;

/// <summary>Which samples the Lomb–Scargle periodogram is computed from.</summary>
public enum LombSamples
{
    /// <summary>The RR intervals at their beat times, not resampled (the point of Lomb–Scargle).</summary>
    BeatTimes,

    /// <summary>The resampled, evenly spaced series (what NeuroKit2 does with its default interpolation rate).</summary>
    Resampled,
}
