using HrResponse.Plotting;

namespace HrResponse.Cli.Output;

/// <summary>The charts of a pipeline result (<see cref="AnalysisCharts.Build"/>), with the CLI's hint on the ECG chart.</summary>
internal static class ChartFiles
{
    public static IReadOnlyList<AnalysisChart> Build(RecordingAnalysisResult result)
    {
        var charts = AnalysisCharts.Build(result)
            .Select(c => c.Name == "ecg"
                ? new AnalysisChart(c.Name, c.Caption + " Run 'hrresponse peaks FILE --plot OUT.png --plot-start S' to see any other window.", c.Panels)
                : c)
            .ToList();
        if (result.Autonomic is { } autonomic) charts.Add(new AnalysisChart("autonomic", AutonomicCaption(autonomic), [AutonomicCharts.Create(autonomic)]));
        return charts;
    }

    /// <summary>What the autonomic chart shows.</summary>
    public static string AutonomicCaption(HrResponse.Autonomic.AutonomicResult result) =>
        result.Valsalva is not null
            ? "Valsalva manoeuvre: RR intervals (left axis) and, when recorded, beat systolic pressure (right axis); the strain shaded, the shortest RR during the strain and the longest after release marked, and the phase I, IIe, IIl, III and IV systolic landmarks labelled."
            : result.ActiveStand is not null
                ? "Active stand: beat heart rate with the stand-up, the initial peak and nadir and the beats of the 30:15 ratio marked."
                : "Deep breathing: beat heart rate with the breathing cycles and each cycle's highest and lowest beat marked.";
}
