namespace HrResponse.Ecg;

/// <summary>How a detected R peak is moved to the exact sample of the R wave in the raw (unfiltered) signal.</summary>
public enum RPeakRefinement
{
    /// <summary>
    /// The local maximum of the raw signal, or the local minimum when the QRS complexes of this signal point
    /// downwards (more negative than positive deflection in the filtered signal at most detected beats).
    /// </summary>
    Auto = 0,

    /// <summary>Keep the detector's own sample (on its filtered signal), as NeuroKit2 does.</summary>
    None = 1,

    /// <summary>The largest raw sample within the refinement window (middle of a flat top).</summary>
    LocalMaximum = 2,

    /// <summary>The smallest raw sample within the refinement window (for leads with negative QRS complexes).</summary>
    LocalMinimum = 3,
}
