namespace HrResponse.Autonomic;

/// <summary>
/// Ewing-style summary of the heart-rate tests performed: the rating of each (normal, borderline, abnormal), the
/// Valsalva blood-pressure pattern when pressure was recorded, and <see cref="EwingCategory"/> when the tests allow.
/// </summary>
public sealed record AutonomicSummary
{
    /// <summary>Valsalva ratio rating, or <see cref="AutonomicRating.NotRated"/> when the test was not done.</summary>
    public AutonomicRating ValsalvaRatio { get; init; }

    /// <summary>30:15 ratio rating, or <see cref="AutonomicRating.NotRated"/>.</summary>
    public AutonomicRating ThirtyFifteenRatio { get; init; }

    /// <summary>Deep-breathing heart-rate difference rating, or <see cref="AutonomicRating.NotRated"/>.</summary>
    public AutonomicRating DeepBreathingDifference { get; init; }

    /// <summary>Valsalva blood-pressure pattern rating (adrenergic function), or <see cref="AutonomicRating.NotRated"/> without pressure.</summary>
    public AutonomicRating ValsalvaPressure { get; init; }

    /// <summary>Ewing's category from the heart-rate tests; <see cref="EwingCategory.NotAssessed"/> unless all three are rated (or two are abnormal).</summary>
    public EwingCategory Category { get; init; }

    /// <summary>What the summary rests on and what it cannot say, in words.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>
    /// The summary of the results given (any may be <c>null</c> for a test not performed). Ewing's rules: normal = all
    /// heart-rate tests normal or one borderline; early = one abnormal or two borderline; definite = two or more
    /// abnormal; any other combination atypical. With fewer than three rated tests the category is
    /// <see cref="EwingCategory.NotAssessed"/>, except that two abnormal tests already make it definite.
    /// </summary>
    /// <param name="valsalva">Valsalva result, or <c>null</c>.</param>
    /// <param name="stand">Active stand result, or <c>null</c>.</param>
    /// <param name="deepBreathing">Deep-breathing result, or <c>null</c>.</param>
    public static AutonomicSummary Compute(ValsalvaResult? valsalva, ActiveStandResult? stand, DeepBreathingResult? deepBreathing)
    {
        var vr = valsalva?.ValsalvaRatioRating ?? AutonomicRating.NotRated;
        var ts = stand?.ThirtyFifteenRating ?? AutonomicRating.NotRated;
        var db = deepBreathing?.EiDifferenceRating ?? AutonomicRating.NotRated;
        AutonomicRating[] ratings = [vr, ts, db];
        var rated = ratings.Count(r => r != AutonomicRating.NotRated);
        var abnormal = ratings.Count(r => r == AutonomicRating.Abnormal);
        var borderline = ratings.Count(r => r == AutonomicRating.Borderline);
        EwingCategory category;
        if (abnormal >= 2) category = EwingCategory.Definite;
        else if (rated < 3) category = EwingCategory.NotAssessed;
        else if (abnormal == 0 && borderline <= 1) category = EwingCategory.Normal;
        else if ((abnormal == 1 && borderline == 0) || (abnormal == 0 && borderline == 2)) category = EwingCategory.Early;
        else category = EwingCategory.Atypical;

        var note = $"{rated} of Ewing's 3 heart-rate tests rated (Valsalva ratio {vr}, 30:15 ratio {ts}, deep-breathing difference {db})" +
            (rated < 3 && category == EwingCategory.NotAssessed ? "; Ewing's category needs all three." : ".") +
            " The blood-pressure tests of the full battery (fall of systolic pressure on standing, rise of diastolic pressure with sustained handgrip) need pressure measurements and are not part of this summary, so 'severe' involvement cannot be assessed" +
            (valsalva?.PressureRating is AutonomicRating.Normal or AutonomicRating.Abnormal ? $"; the Valsalva blood-pressure pattern is {valsalva.PressureRating} ({valsalva.PressureRatingReason})." : ".");
        return new AutonomicSummary
        {
            ValsalvaRatio = vr,
            ThirtyFifteenRatio = ts,
            DeepBreathingDifference = db,
            ValsalvaPressure = valsalva?.PressureRating ?? AutonomicRating.NotRated,
            Category = category,
            Note = note,
        };
    }
}
