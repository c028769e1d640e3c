namespace HrResponse.Signal;

/// <summary>Taper applied to each segment before its FFT (see <see cref="WindowFunctions.Create"/>).</summary>
public enum WindowFunction
{
    /// <summary>No taper: every weight 1.</summary>
    Rectangular,

    /// <summary>Hann: <c>0.5 − 0.5 cos(2πn/M)</c>. SciPy's <c>welch</c> default and NeuroKit2's.</summary>
    Hann,

    /// <summary>Hamming: <c>0.54 − 0.46 cos(2πn/M)</c>.</summary>
    Hamming,

    /// <summary>Blackman: <c>0.42 − 0.5 cos(2πn/M) + 0.08 cos(4πn/M)</c>.</summary>
    Blackman,

    /// <summary>4-term Blackman–Harris: <c>0.35875 − 0.48829 cos + 0.14128 cos 2· − 0.01168 cos 3·</c>.</summary>
    BlackmanHarris,
}
