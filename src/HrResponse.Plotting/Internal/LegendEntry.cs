namespace HrResponse.Plotting.Internal;

/// <summary>The symbol drawn in front of a legend label.</summary>
internal enum LegendSymbol
{
    Line,
    Dot,
    Cross,
    Triangle,
    Area,
}

/// <summary>One legend entry.</summary>
internal sealed record LegendEntry(string Label, LegendSymbol Symbol, string Color, string? Dash = null);
