namespace HrResponse.Ecg;

/// <summary>Direction of the R wave that peaks were refined to.</summary>
public enum RPeakPolarity
{
    /// <summary>Peaks are at local maxima of the raw signal (or not refined).</summary>
    Positive = 0,

    /// <summary>Peaks are at local minima of the raw signal (inverted QRS).</summary>
    Negative = 1,
}
