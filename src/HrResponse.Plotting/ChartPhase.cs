namespace HrResponse.Plotting;

/// <summary>A named time span shaded behind a time-series chart, e.g. the rest, exercise and recovery phases.</summary>
/// <param name="Name">Label drawn in the span and in the legend.</param>
/// <param name="StartSeconds">Start of the span, seconds from recording start.</param>
/// <param name="EndSeconds">End of the span, seconds; a span with a non-finite edge or with end ≤ start is not drawn.</param>
public sealed record ChartPhase(string Name, double StartSeconds, double EndSeconds);
