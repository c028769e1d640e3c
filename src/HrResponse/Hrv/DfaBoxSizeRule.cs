namespace HrResponse.Hrv;

/// <summary>Which of the requested DFA box sizes are used.</summary>
public enum DfaBoxSizeRule
{
    /// <summary>
    /// Sizes n with fewer than 4 non-overlapping boxes in the series (⌊N/n⌋ &lt; 4) are dropped, and α is NaN when fewer
    /// than 3 sizes remain: short series give NaN instead of an exponent fitted to a handful of boxes.
    /// </summary>
    AtLeastFourBoxes,

    /// <summary>
    /// Every requested size below N is used and α needs 2 sizes, as NeuroKit2 does (it also gives NaN for both
    /// exponents when N &lt; 12, and no α2 when its largest size is below its smallest + 1).
    /// </summary>
    AllRequested,
}
