using HrResponse.Hrv;
using HrResponse.Io;

namespace HrResponse.Tests;

/// <summary>The README's library quickstart, verbatim between the markers (checked by <see cref="ReadmeTests"/>).</summary>
internal static class ReadmeQuickstart
{
    public static string Run(string path)
    {
        var Console = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        // README quickstart begin
        var read = RecordingCsvReader.Read(path);                 // RR intervals, beat times or HR samples
        Console.WriteLine(read.Report.RrUnitReason);              // which unit was chosen, and why
        var hrv = TimeDomainAnalysis.Compute(read.Recording.Beats);   // HrvOptions.NeuroKit2.TimeDomain to match NeuroKit2
        Console.WriteLine($"RMSSD {hrv.RmssdMs:F1} ms, SDNN {hrv.SdnnMs:F1} ms, pNN50 {hrv.Pnn50Percent:F1} %");
        foreach (var (name, value) in hrv.ToIndexTable())
            Console.WriteLine($"{name} = {value:F2}");
        // README quickstart end
        return Console.ToString();
    }
}
