using HrResponse.Io;

namespace HrResponse.Tests;

/// <summary>The README's library quickstart, verbatim between the markers (checked by <see cref="ReadmeTests"/>).</summary>
internal static class ReadmeQuickstart
{
    public static string Run(string path)
    {
        var Console = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        // README quickstart begin
        var recording = RecordingReader.Open(path).Recording;      // CSV, WFDB, EDF, FIT, TCX, GPX, HRM, RR text, BLE log, ECG
        var result = RecordingAnalysis.Compute(recording);         // corrects beats once, then HRV and the exercise test
        var quality = result.Cleaned!.Quality;                     // what the correction found and changed
        Console.WriteLine($"{quality.ArtifactPercent:F1} % artifacts ({quality.DescribeArtifactShare()}), {quality.InterpolatedCount} interpolated, RMSSD ±{quality.RmssdCorrectionUncertaintyPercent:F1} % from the correction (95 %)");
        var td = result.Hrv!.TimeDomain!;                          // RecordingAnalysisOptions.FromPreset(HrvPreset.NeuroKit2) to match NeuroKit2
        Console.WriteLine($"RMSSD {td.RmssdMs:F1} ms, SDNN {td.SdnnMs:F1} ms, pNN50 {td.Pnn50Percent:F1} %");
        foreach (var (name, value) in result.Hrv.ToIndexTable())
            Console.WriteLine($"{name} = {value:F2}");
        // README quickstart end
        return Console.ToString();
    }
}
