namespace HrResponse.Plotting;

/// <summary>One chart of an analysis: its name (a file stem such as <c>tachogram</c>), a caption saying what it shows and how it was computed, and its SVG text.</summary>
/// <param name="Name">File stem: <c>heart-rate</c>, <c>ecg</c>, <c>tachogram</c>, <c>poincare</c>, <c>dfa</c>, <c>psd</c> or <c>rolling-hrv</c>.</param>
/// <param name="Caption">What the chart shows, with the settings behind it.</param>
/// <param name="Svg">The chart as SVG text.</param>
public sealed record AnalysisChart(string Name, string Caption, string Svg);
