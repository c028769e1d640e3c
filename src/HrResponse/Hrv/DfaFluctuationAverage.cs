namespace HrResponse.Hrv;

/// <summary>How the fluctuation F(n) of DFA combines the residuals of the boxes of size n.</summary>
public enum DfaFluctuationAverage
{
    /// <summary>
    /// Root of the mean squared residual over all boxes, <c>F(n) = √(mean_boxes(mean_box(r²)))</c> (the default;
    /// Peng et al. 1995, NeuroKit2, Kubios).
    /// </summary>
    RootMeanSquare = 0,

    /// <summary>
    /// Mean over the boxes of each box's root-mean-square residual, <c>F(n) = mean_boxes(√mean_box(r²))</c>, as nolds'
    /// <c>dfa</c> (used by pyHRV and hrv-analysis); slightly below <see cref="RootMeanSquare"/> when boxes differ.
    /// </summary>
    MeanOfBoxRms = 1,
}
