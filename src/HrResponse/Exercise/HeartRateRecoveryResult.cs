using System.Globalization;

namespace HrResponse.Exercise;

/// <summary>
/// Heart-rate recovery anchored at exercise end: HR and HRR at fixed times, posture-specific flags with their
/// citations, T30, the mono-exponential time constant τ and RMSSD in consecutive recovery windows. Values that cannot
/// be computed are NaN and <see cref="Problems"/> says why.
/// </summary>
public sealed record HeartRateRecoveryResult : IIndexTableSource
{
    /// <summary>The offsets (seconds after exercise end) at which heart-rate recovery is reported.</summary>
    public static IReadOnlyList<double> StandardOffsetsSeconds { get; } = [10, 30, 60, 120, 180, 300];

    /// <summary>Exercise end (time 0 of recovery), seconds on the recording's time axis.</summary>
    public required double ExerciseEndSeconds { get; init; }

    /// <summary>Recovery recorded after exercise end, seconds.</summary>
    public required double RecoveryDurationSeconds { get; init; }

    /// <summary>Peak heart rate the recovery is measured from, bpm.</summary>
    public required double PeakHeartRateBpm { get; init; }

    /// <summary>Width of the centred window whose mean is the heart rate at each offset, seconds.</summary>
    public required double HeartRateWindowSeconds { get; init; }

    /// <summary>Heart rate and recovery at each of <see cref="StandardOffsetsSeconds"/>.</summary>
    public required IReadOnlyList<RecoveryHeartRate> Points { get; init; }

    /// <summary>Recovery posture the cut-offs were chosen for.</summary>
    public required RecoveryPosture Posture { get; init; }

    /// <summary>Heart-rate recovery at 60 s, bpm (NaN when not available).</summary>
    public double Hrr60Bpm => PointAt(60)?.RecoveryBpm ?? double.NaN;

    /// <summary>Heart-rate recovery at 120 s, bpm (NaN when not available).</summary>
    public double Hrr120Bpm => PointAt(120)?.RecoveryBpm ?? double.NaN;

    /// <summary>HRR60 cut-off in force: ≤ 18 bpm supine (Watanabe 2001), otherwise ≤ 12 bpm (Cole 1999).</summary>
    public required double Hrr60CutoffBpm { get; init; }

    /// <summary>Citation of <see cref="Hrr60CutoffBpm"/>.</summary>
    public required string Hrr60CutoffCitation { get; init; }

    /// <summary>
    /// HRR60 ≤ <see cref="Hrr60CutoffBpm"/>; <c>null</c> when HRR60 is NaN, or when the exercise end was found from the
    /// heart-rate curve with no recovery after it (<see cref="ProblemCode.NoRecoveryAfterExercise"/>).
    /// </summary>
    public bool? Hrr60Abnormal { get; init; }

    /// <summary>HRR120 cut-off: ≤ 22 bpm (Shetler 2001).</summary>
    public double Hrr120CutoffBpm { get; init; } = HeartRateRecoveryAnalysis.Hrr120CutoffBpm;

    /// <summary>Citation of <see cref="Hrr120CutoffBpm"/>.</summary>
    public string Hrr120CutoffCitation { get; init; } = ExerciseCitations.Hrr120Of22;

    /// <summary>HRR120 ≤ 22 bpm; <c>null</c> when HRR120 is NaN or as <see cref="Hrr60Abnormal"/>.</summary>
    public bool? Hrr120Abnormal { get; init; }

    /// <summary>T30 in seconds (Imai 1994): <c>−1/slope</c> of the least-squares line of ln HR on time over the first 30 s of recovery. NaN when fewer than 3 samples or HR did not fall.</summary>
    public required double T30Seconds { get; init; }

    /// <summary>R² of the regression behind <see cref="T30Seconds"/> (<see cref="HeartRateRecoveryAnalysis.T30RSquared"/>); NaN where T30 is NaN.</summary>
    public double T30RSquared { get; init; } = double.NaN;

    /// <summary>Mono-exponential fit of recovery (τ, asymptote, amplitude, R², or the reason there is none).</summary>
    public required MonoExponentialFit TauFit { get; init; }

    /// <summary>RMSSD in consecutive windows from exercise end, over the whole recovery; empty without beat data.</summary>
    public IReadOnlyList<RecoveryRmssdWindow> RmssdWindows { get; init; } = [];

    /// <summary>Length of the <see cref="RmssdWindows"/> (<see cref="ExerciseTestOptions.RecoveryRmssdWindow"/>), seconds. Default 30.</summary>
    public double RmssdWindowSeconds { get; init; } = 30;

    /// <summary>
    /// Recovery span whose RMSSD windows are in <see cref="ToIndexTable"/> (<c>HRR_RMSSD_0_30s</c> … <c>HRR_RMSSD_270_300s</c>
    /// with the default window), seconds: the same columns for every recording, NaN where its recovery (or its beat data)
    /// does not cover a window, so that tables of many tests line up; the windows after it stay in <see cref="RmssdWindows"/>.
    /// </summary>
    public const double RmssdIndexSpanSeconds = 300;

    /// <summary>What could not be computed, and why, each with a stable <see cref="ProblemCode"/>.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>The point at <paramref name="offsetSeconds"/>, or <c>null</c>.</summary>
    /// <param name="offsetSeconds">Seconds after exercise end.</param>
    public RecoveryHeartRate? PointAt(double offsetSeconds)
    {
        foreach (var p in Points)
            if (p.OffsetSeconds == offsetSeconds) return p;
        return null;
    }

    /// <summary>
    /// The recovery indices: HR at each standard offset (<c>HR_Recovery_10s</c> ... <c>HR_Recovery_300s</c>, bpm), the
    /// recovery from peak (<c>HRR_10s</c> ... <c>HRR_300s</c>, bpm, and in % of peak), the 0/1 flags <c>HRR_60s_Abnormal</c> and
    /// <c>HRR_120s_Abnormal</c>, <c>HRR_T30</c> (s) with <c>HRR_T30R2</c>, <c>HRR_Tau</c> (s) with <c>HRR_TauR2</c>, and RMSSD per recovery window
    /// over the first <see cref="RmssdIndexSpanSeconds"/> (<c>HRR_RMSSD_*</c>, ms). NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        foreach (var p in Points)
            table[Name("HR_Recovery_", p.OffsetSeconds, "s")] = p.HeartRateBpm;
        foreach (var p in Points)
            table[Name("HRR_", p.OffsetSeconds, "s")] = p.RecoveryBpm;
        foreach (var p in Points)
            table[Name("HRR_", p.OffsetSeconds, "s_Percent")] = p.RecoveryPercent;
        table["HRR_60s_Abnormal"] = ChronotropicResult.Flag(Hrr60Abnormal);
        table["HRR_120s_Abnormal"] = ChronotropicResult.Flag(Hrr120Abnormal);
        table["HRR_T30"] = T30Seconds;
        table["HRR_T30R2"] = T30RSquared;
        table["HRR_Tau"] = TauFit.TauSeconds;
        table["HRR_TauR2"] = TauFit.RSquared;
        var w = RmssdWindowSeconds;
        for (var k = 0; (k + 1) * w <= RmssdIndexSpanSeconds + 1e-9; k++)
        {
            var rmssd = k < RmssdWindows.Count ? RmssdWindows[k].RmssdMs : double.NaN;
            table[string.Create(CultureInfo.InvariantCulture, $"HRR_RMSSD_{k * w:0}_{(k + 1) * w:0}s")] = rmssd;
        }

        return table;
    }

    private static string Name(string prefix, double offset, string suffix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{offset:0}{suffix}");
}
