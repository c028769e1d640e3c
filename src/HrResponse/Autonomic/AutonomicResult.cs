using System.Globalization;
using HrResponse.Quality;

namespace HrResponse.Autonomic;

/// <summary>
/// Everything <see cref="AutonomicAnalysis.Compute"/> found in one recording: the corrected beats with their quality
/// report, the result of the test analysed (<see cref="Test"/>; the other two are <c>null</c>), the Ewing-style summary and every
/// problem. Charts, reports and the CLI read this record and never recompute.
/// </summary>
public sealed record AutonomicResult : IIndexTableSource
{
    /// <summary>The recording analysed, with the corrected beats (markers, channels and subject as in the input).</summary>
    public required Recording Recording { get; init; }

    /// <summary>The options used.</summary>
    public required AutonomicOptions Options { get; init; }

    /// <summary>The test analysed (never <see cref="AutonomicTest.Auto"/>): the one asked for, or the one the markers name.</summary>
    public required AutonomicTest Test { get; init; }

    /// <summary>Why that test, in words: <c>given (AutonomicOptions.Test)</c>, or for <see cref="AutonomicTest.Auto"/> the marker that named it (and any other test's markers), or that there was none.</summary>
    public required string TestChoice { get; init; }

    /// <summary>The beats after correction and the quality report; <c>null</c> when the input had no beats.</summary>
    public CleanedRrIntervals? Cleaned { get; init; }

    /// <summary>The Valsalva result, when <see cref="Test"/> is <see cref="AutonomicTest.Valsalva"/>.</summary>
    public ValsalvaResult? Valsalva { get; init; }

    /// <summary>The active stand result, when the test is <see cref="AutonomicTest.ActiveStand"/>.</summary>
    public ActiveStandResult? ActiveStand { get; init; }

    /// <summary>The deep-breathing result, when the test is <see cref="AutonomicTest.DeepBreathing"/>.</summary>
    public DeepBreathingResult? DeepBreathing { get; init; }

    /// <summary>The Ewing-style summary of the test performed.</summary>
    public required AutonomicSummary Summary { get; init; }

    /// <summary>Every problem: beat correction warnings, then the test's problems.</summary>
    public IReadOnlyList<AnalysisProblem> Problems { get; init; } = [];

    /// <summary>The problems of the test performed only (without the beat-correction warnings of <see cref="Problems"/>).</summary>
    public IReadOnlyList<AnalysisProblem> TestProblems =>
        Valsalva?.Problems ?? ActiveStand?.Problems ?? DeepBreathing?.Problems ?? [];

    /// <summary>
    /// Every rated result of the test performed, with the rule that rated it: Valsalva ratio (Ewing's fixed limits)
    /// and, with pressure, the blood-pressure pattern; 30:15 ratio (Ewing's fixed limits), the postural-tachycardia
    /// heart-rate criterion and, with pressure, orthostatic hypotension and initial orthostatic hypotension; deep-breathing E–I difference (Ewing's fixed
    /// limits) and E:I ratio (age-dependent lowest normal value). Not-rated rows say why.
    /// </summary>
    public IReadOnlyList<AutonomicRatedValue> RatedValues
    {
        get
        {
            var rows = new List<AutonomicRatedValue>();
            const string NotAgeAdjusted = "; fixed limits, not age-adjusted (no age-stratified table is applied)";
            if (Valsalva is { } v)
            {
                rows.Add(new("VALSALVA_Ratio", "Valsalva ratio", v.ValsalvaRatio, string.Empty, v.ValsalvaRatioRating,
                    "Ewing: ≥ 1.21 normal, 1.11–1.20 borderline, ≤ 1.10 abnormal (compared at 2 decimals)" + NotAgeAdjusted, AutonomicCitations.ValsalvaRatio));
                rows.Add(new("VALSALVA_BP_Rating", "Valsalva blood-pressure pattern (adrenergic)", double.NaN, string.Empty, v.PressureRating,
                    "abnormal when late phase II recovery ≤ 0 mmHg, phase IV overshoot ≤ 0 mmHg or systolic pressure not back to baseline within 30 s of the phase III nadir" +
                    (v.PressureRating == AutonomicRating.NotRated ? (v.HasPressure ? "; not rated: a landmark is missing" : "; not rated: no usable blood pressure") : ": " + v.PressureRatingReason),
                    AutonomicCitations.ValsalvaPhases));
            }

            if (ActiveStand is { } s)
            {
                rows.Add(new("STAND_30_15", "30:15 ratio", s.ThirtyFifteenRatio, string.Empty, s.ThirtyFifteenRating,
                    "Ewing: ≥ 1.04 normal, 1.01–1.03 borderline, ≤ 1.00 abnormal (compared at 2 decimals)" + NotAgeAdjusted, AutonomicCitations.ThirtyFifteenRatio));
                rows.Add(new("STAND_HR_Increase_Max", "Sustained heart-rate increase on standing (postural-tachycardia heart-rate criterion)", s.MaxSustainedIncreaseBpm, "bpm",
                    s.PosturalTachycardiaHeartRateCriterionMet switch { true => AutonomicRating.Abnormal, false => AutonomicRating.Normal, null => AutonomicRating.NotRated },
                    Inv($"criterion met (abnormal) at ≥ {s.PosturalTachycardiaThresholdBpm:0} bpm ") +
                    (Recording.Subject.AgeYears is { } age ? Inv($"for age {age:0.#} y (30 bpm from 20 y, 40 bpm at 12–19 y)") : "(age unknown: adult 30 bpm)") +
                    "; the heart-rate criterion only, not a diagnosis", AutonomicCitations.PosturalTachycardia));
                rows.Add(new("STAND_OH", "Orthostatic hypotension", s.SystolicFallMmHg, "mmHg",
                    s.OrthostaticHypotension switch { true => AutonomicRating.Abnormal, false => AutonomicRating.Normal, null => AutonomicRating.NotRated },
                    "sustained fall (value: systolic) of systolic pressure ≥ 20 mmHg or diastolic pressure ≥ 10 mmHg within 3 min of standing" +
                    (s.HasPressure ? Inv($"; diastolic fall {s.DiastolicFallMmHg:0.#} mmHg") : "; not rated: no usable blood pressure") +
                    (s.HasPressure && s.OrthostaticHypotension is null ? "; not rated: less than 3 min of standing recorded" : string.Empty),
                    AutonomicCitations.OrthostaticHypotension));
                rows.Add(new("STAND_IOH", "Initial orthostatic hypotension", s.InitialSystolicFallMmHg, "mmHg",
                    s.InitialOrthostaticHypotension switch { true => AutonomicRating.Abnormal, false => AutonomicRating.Normal, null => AutonomicRating.NotRated },
                    "transient fall (value: systolic, beat nadir vs. baseline mean) of systolic pressure > 40 mmHg or diastolic pressure > 20 mmHg within 15 s of standing" +
                    (s.InitialOrthostaticHypotension is null
                        ? "; not rated: no usable blood pressure in the first 15 s"
                        : Inv($"; systolic nadir {s.InitialSystolicNadirAfterStandSeconds:0.#} s after the stand-up; diastolic fall {s.InitialDiastolicFallMmHg:0.#} mmHg at {s.InitialDiastolicNadirAfterStandSeconds:0.#} s")) +
                    "; a diagnosis also needs symptoms of cerebral hypoperfusion on standing",
                    AutonomicCitations.InitialOrthostaticHypotension));
            }

            if (DeepBreathing is { } d)
            {
                rows.Add(new("DB_EI_Difference", "Deep-breathing E–I difference", d.EiDifferenceBpm, "bpm", d.EiDifferenceRating,
                    "Ewing: ≥ 15 bpm normal, 11–14 borderline, ≤ 10 abnormal (compared at whole bpm)" + NotAgeAdjusted, AutonomicCitations.DeepBreathingDifference));
                rows.Add(new("DB_EI_Ratio", "Deep-breathing E:I ratio", d.EiRatio, string.Empty, d.EiRatioRating,
                    double.IsNaN(d.AgeLimitEiRatio)
                        ? "age-dependent lowest normal value (20–24 y 1.17 … 70–75 y 1.02); not rated: " + (d.AgeYears is null ? "age unknown" : Inv($"age {d.AgeYears:0.#} y outside 20–75 y"))
                        : Inv($"age-dependent: lowest normal {d.AgeLimitEiRatio:0.00} for age {d.AgeYears:0.#} y (compared at 2 decimals); no borderline band"),
                    AutonomicCitations.ExpirationInspirationRatio));
            }

            return rows;
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    // A recording too short for any test: its results give the index names of a test not analysed.
    private static readonly Recording Empty = Recording.Create(RrIntervals.FromMilliseconds([1000, 1000, 1000]));

    private static void Add(Dictionary<string, double> table, IReadOnlyDictionary<string, double> values)
    {
        foreach (var (k, v) in values) table[k] = v;
    }

    // The index names of a test not analysed, every value NaN.
    private static Dictionary<string, double> NotAnalysed(IIndexTableSource empty) =>
        empty.ToIndexTable().ToDictionary(kv => kv.Key, _ => double.NaN);

    /// <summary>
    /// The test's indices (<c>VALSALVA_*</c>, <c>STAND_*</c> or <c>DB_*</c>), then <c>AUTONOMIC_EwingCategory</c>
    /// (0 not assessed, 1 normal, 2 early, 3 definite, 4 atypical) and the beat-quality indices (<c>QUALITY_*</c>).
    /// With <see cref="AutonomicTest.Auto"/> the indices of all three tests, in that order, NaN for the two not
    /// analysed, so that recordings of different tests share one set of columns (<c>AUTONOMIC_Test</c> gives the test
    /// analysed: 0 Valsalva, 1 active stand, 2 deep breathing).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        if (Options.Test == AutonomicTest.Auto)
        {
            table["AUTONOMIC_Test"] = (double)Test;
            Add(table, Valsalva?.ToIndexTable() ?? NotAnalysed(ValsalvaAnalysis.Compute(Empty, Options.Valsalva)));
            Add(table, ActiveStand?.ToIndexTable() ?? NotAnalysed(ActiveStandAnalysis.Compute(Empty, Options.ActiveStand)));
            Add(table, DeepBreathing?.ToIndexTable() ?? NotAnalysed(DeepBreathingAnalysis.Compute(Empty, Options.DeepBreathing)));
        }
        else
        {
            IIndexTableSource? test = (IIndexTableSource?)Valsalva ?? (IIndexTableSource?)ActiveStand ?? DeepBreathing;
            if (test is not null) Add(table, test.ToIndexTable());
        }

        table["AUTONOMIC_EwingCategory"] = (double)Summary.Category;
        if (Cleaned is not null)
            foreach (var (k, v) in Cleaned.Quality.ToIndexTable()) table[k] = v;
        return table;
    }
}
