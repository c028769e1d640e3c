namespace HrResponse.Hrv;

/// <summary>
/// The 64 radii r of the correlation dimension. Both start from the largest distance D between 2-D delay vectors
/// (the smallest distance is the self distance 0, as in NeuroKit2's full distance matrix).
/// </summary>
public enum CorrelationDimensionRadii
{
    /// <summary>
    /// r spaced geometrically from 0.025·D to 0.5·D (2.5 % to 50 % of the distance range): the rule NeuroKit2
    /// documents for <c>fractal_correlation(radius=64)</c>. Independent of the unit of the intervals.
    /// </summary>
    FractionOfRange,

    /// <summary>
    /// What NeuroKit2 0.2.12 actually computes: its <c>expspace(a, b, 64, base=2)</c> returns
    /// 2^(linspace(log2(1 + a), log2(1 + b), 64) − 1), i.e. radii geometric from (1 + 0.025·D)/2 to
    /// (1 + 0.5·D)/2 with D in ms — about half the documented radii, so the slope is taken over smaller scales and
    /// is usually larger (by up to 45 % on the reference recordings). The offset 1 makes the result depend on the unit (ms here, as NeuroKit2's RRI).
    /// </summary>
    NeuroKit2,
}
