namespace HrResponse.Cli.Output;

/// <summary>One rendered chart: its file stem (e.g. <c>tachogram</c>), caption and SVG text.</summary>
internal sealed record ChartFile(string Name, string Caption, string Svg);
