using HrResponse.Plotting;

namespace HrResponse.Cli.Output;

/// <summary>The charts of a pipeline result (<see cref="AnalysisCharts.Build"/>), with the CLI's hint on the ECG chart.</summary>
internal static class ChartFiles
{
    public static IReadOnlyList<AnalysisChart> Build(RecordingAnalysisResult result) =>
        AnalysisCharts.Build(result)
            .Select(c => c.Name == "ecg"
                ? new AnalysisChart(c.Name, c.Caption + " Run 'hrresponse peaks FILE --plot OUT.png --plot-start S' to see any other window.", c.Panels)
                : c)
            .ToArray();
}
