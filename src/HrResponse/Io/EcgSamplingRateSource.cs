namespace HrResponse.Io;

/// <summary>Where <see cref="EcgCsvReader"/> took the sampling rate from.</summary>
public enum EcgSamplingRateSource
{
    /// <summary>A column name such as <c>ecg_360hz</c>.</summary>
    Header = 0,

    /// <summary><see cref="EcgCsvOptions.SamplingRateHz"/> given by the caller.</summary>
    Option = 1,

    /// <summary>The spacing of a time column.</summary>
    TimeColumn = 2,
}
