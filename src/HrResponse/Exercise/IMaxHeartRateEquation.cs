namespace HrResponse.Exercise;

/// <summary>
/// An equation for the age-predicted maximal heart rate. Implement it to plug in an equation that is not built in
/// (see <see cref="MaxHeartRateEquations.Custom"/> for a delegate-based one); the built-in ones come from
/// <see cref="MaxHeartRateEquations.Get(MaxHeartRateEquation)"/>.
/// </summary>
public interface IMaxHeartRateEquation
{
    /// <summary>Short name shown in reports, e.g. <c>Tanaka</c>.</summary>
    string Name { get; }

    /// <summary>The formula as text, e.g. <c>208 − 0.7·age</c>.</summary>
    string Formula { get; }

    /// <summary>Where the equation comes from (full citation).</summary>
    string Citation { get; }

    /// <summary>Predicted maximal heart rate in bpm, or NaN when the equation cannot be applied (e.g. sex needed and unknown).</summary>
    /// <param name="ageYears">Age in years, finite and in [0, 130].</param>
    /// <param name="sex">Sex, or <c>null</c> when unknown.</param>
    double PredictBpm(double ageYears, Sex? sex);
}
