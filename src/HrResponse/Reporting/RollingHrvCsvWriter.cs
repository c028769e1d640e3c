using HrResponse.Internal;
using HrResponse.Streaming;

namespace HrResponse.Reporting;

/// <summary>
/// Writes rolling snapshots as CSV with the columns <c>time_s,hr_bpm,rmssd_ms,sdnn_ms,dfa_alpha1,artifact_percent</c>,
/// one row per step; <c>time_s</c> is the end of the window. Numbers are invariant round-trip; NaN is an empty cell.
/// </summary>
public static class RollingHrvCsvWriter
{
    /// <summary>The header line (without line break).</summary>
    public const string Header = "time_s,hr_bpm,rmssd_ms,sdnn_ms,dfa_alpha1,artifact_percent";

    /// <summary>Writes the header line.</summary>
    /// <param name="output">Where to write.</param>
    public static void WriteHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
    }

    /// <summary>Writes one snapshot as a row.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="snapshot">The snapshot.</param>
    public static void WriteRow(TextWriter output, RollingHrvSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(CsvText.Number(snapshot.EndSeconds));
        output.Write(',');
        output.Write(CsvText.Number(snapshot.HeartRateBpm));
        output.Write(',');
        output.Write(CsvText.Number(snapshot.RmssdMs));
        output.Write(',');
        output.Write(CsvText.Number(snapshot.SdnnMs));
        output.Write(',');
        output.Write(CsvText.Number(snapshot.DfaAlpha1));
        output.Write(',');
        output.Write(CsvText.Number(snapshot.ArtifactPercent));
        output.Write('\n');
    }

    /// <summary>Writes the header and every snapshot.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="snapshots">The snapshots, in time order.</param>
    public static void Write(TextWriter output, IEnumerable<RollingHrvSnapshot> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        WriteHeader(output);
        foreach (var s in snapshots) WriteRow(output, s);
        output.Flush();
    }
}
