using System.Globalization;
using HrResponse.Ecg;

namespace HrResponse.Reporting;

/// <summary>
/// Writes detected R peaks as CSV with the columns <c>sample,time_s</c>: the sample index (from 0 in the input signal)
/// and the time in seconds (the signal's start time plus <c>sample / fs</c>, shortest round-trip form, invariant culture).
/// </summary>
public static class RPeakCsvWriter
{
    /// <summary>Writes the header and one row per peak.</summary>
    /// <param name="peaks">The detection.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(RPeakResult peaks, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(peaks);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("sample,time_s\n");
        for (var k = 0; k < peaks.Count; k++)
        {
            output.Write(peaks.PeakSamples[k].ToString(CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(peaks.PeakTimesSeconds[k].ToString("R", CultureInfo.InvariantCulture));
            output.Write('\n');
        }
    }
}
