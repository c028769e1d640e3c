using HrResponse.Quality;

namespace HrResponse.Autonomic;

/// <summary>
/// Everything <see cref="AutonomicAnalysis.Compute"/> found in one recording: the corrected beats with their quality
/// report, the result of the test asked for (the other two are <c>null</c>), the Ewing-style summary and every
/// problem. Charts, reports and the CLI read this record and never recompute.
/// </summary>
public sealed record AutonomicResult : IIndexTableSource
{
    /// <summary>The recording analysed, with the corrected beats (markers, channels and subject as in the input).</summary>
    public required Recording Recording { get; init; }

    /// <summary>The options used.</summary>
    public required AutonomicOptions Options { get; init; }

    /// <summary>The beats after correction and the quality report; <c>null</c> when the input had no beats.</summary>
    public CleanedRrIntervals? Cleaned { get; init; }

    /// <summary>The Valsalva result, when <see cref="AutonomicOptions.Test"/> is <see cref="AutonomicTest.Valsalva"/>.</summary>
    public ValsalvaResult? Valsalva { get; init; }

    /// <summary>The active stand result, when the test is <see cref="AutonomicTest.ActiveStand"/>.</summary>
    public ActiveStandResult? ActiveStand { get; init; }

    /// <summary>The deep-breathing result, when the test is <see cref="AutonomicTest.DeepBreathing"/>.</summary>
    public DeepBreathingResult? DeepBreathing { get; init; }

    /// <summary>The Ewing-style summary of the test performed.</summary>
    public required AutonomicSummary Summary { get; init; }

    /// <summary>Every problem: beat correction warnings, then the test's problems.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>
    /// The test's indices (<c>VALSALVA_*</c>, <c>STAND_*</c> or <c>DB_*</c>), then <c>AUTONOMIC_EwingCategory</c>
    /// (0 not assessed, 1 normal, 2 early, 3 definite, 4 atypical) and the beat-quality indices (<c>QUALITY_*</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        IIndexTableSource? test = (IIndexTableSource?)Valsalva ?? (IIndexTableSource?)ActiveStand ?? DeepBreathing;
        if (test is not null)
            foreach (var (k, v) in test.ToIndexTable()) table[k] = v;
        table["AUTONOMIC_EwingCategory"] = (double)Summary.Category;
        if (Cleaned is not null)
            foreach (var (k, v) in Cleaned.Quality.ToIndexTable()) table[k] = v;
        return table;
    }
}
