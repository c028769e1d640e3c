namespace HrResponse.Signal;

/// <summary>Scaling applied to a spectrum after estimation.</summary>
public enum SpectrumNormalization
{
    /// <summary>None: the density is in ms²/Hz and band powers in ms².</summary>
    None,

    /// <summary>
    /// Divided by its largest value over <c>[0, fs/2]</c> (NeuroKit2's default, <c>normalize=True</c>): the density is
    /// dimensionless and band "powers" are in Hz. Ratios (LF/HF, LFn, HFn) are unchanged; absolute powers are not
    /// comparable between recordings.
    /// </summary>
    DivideByMaximum,
}
