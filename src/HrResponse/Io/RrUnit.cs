namespace HrResponse.Io;

/// <summary>Unit of the RR-interval (or beat-time) values in a file.</summary>
public enum RrUnit
{
    /// <summary>
    /// Detect: a unit in the column header (<c>rr_ms</c>, <c>rr_s</c>, <c>"RR (ms)"</c>) wins; otherwise the values
    /// decide (median below 20 means seconds, otherwise milliseconds, because physiological RR is 200–3000 ms).
    /// </summary>
    Auto,

    /// <summary>The values are milliseconds.</summary>
    Milliseconds,

    /// <summary>The values are seconds.</summary>
    Seconds,
}
