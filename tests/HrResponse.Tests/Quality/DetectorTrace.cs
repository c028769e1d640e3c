using HrResponse.Quality;
using HrResponse.Quality.Internal;

namespace HrResponse.Tests.Quality;

/// <summary>One pass of the Lipponen–Tarvainen detector with its intermediate series, for the diagnostics that print them.</summary>
/// <param name="Median">11-beat rolling median of the series.</param>
/// <param name="Qd1">Per-beat dRR threshold scale (quartile deviation) the detector used.</param>
/// <param name="Qd2">Per-beat mRR threshold scale the detector used.</param>
/// <param name="Events">What the detector decided, beat by beat.</param>
internal sealed record DetectorTrace(double[] Median, double[] Qd1, double[] Qd2, List<RunEvent> Events)
{
    /// <summary>Runs the detector with the default options on <paramref name="series"/> (ms).</summary>
    public static DetectorTrace Of(double[] series)
    {
        var n = series.Length;
        var med = new double[n];
        RollingStatistics.Median(series, 11, med);
        var qd1 = new double[n];
        var qd2 = new double[n];
        var events = new List<RunEvent>();
        new LipponenTarvainenDetector().Detect(series, med, qd1, qd2, true, default, ArtifactCorrectionOptions.Default, events, 0);
        return new DetectorTrace(med, qd1, qd2, events);
    }
}
