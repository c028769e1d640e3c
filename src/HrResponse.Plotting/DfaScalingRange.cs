namespace HrResponse.Plotting;

/// <summary>One DFA scaling range for <see cref="DfaChart"/>: its fluctuation function and fitted exponent.</summary>
/// <param name="Name">Name shown in the legend, e.g. "α1".</param>
/// <param name="BoxSizes">Box sizes n, beats.</param>
/// <param name="FluctuationsMs">F(n) for each box size, ms; non-finite or non-positive values are not drawn.</param>
/// <param name="Alpha">Fitted exponent: the least-squares slope of log F(n) on log n; the fit line is drawn through the centroid of the plotted points with this slope, which is the least-squares line when Alpha is that slope. NaN draws no line.</param>
public sealed record DfaScalingRange(string Name, IReadOnlyList<int> BoxSizes, IReadOnlyList<double> FluctuationsMs, double Alpha);
