namespace HrResponse.Signal;

/// <summary>FFT length (zero padding) of each Welch segment, when <see cref="WelchOptions.Nfft"/> is not given.</summary>
public enum NfftRule
{
    /// <summary>The smallest power of two not below the segment length.</summary>
    NextPowerOfTwo,

    /// <summary>The segment length (no padding; SciPy's default).</summary>
    SegmentLength,

    /// <summary>Twice the segment length (NeuroKit2).</summary>
    TwiceSegmentLength,
}
