namespace HrResponse.Autonomic;

/// <summary>
/// One rated result of an autonomic reflex test with the rule that rated it, so a report can show the value, its
/// rating, the cut-offs and their source side by side, and say whether an age-dependent limit was used.
/// </summary>
/// <param name="Index">The index-table name of the value (e.g. <c>VALSALVA_Ratio</c>).</param>
/// <param name="Label">What the value is, in words.</param>
/// <param name="Value">The value in <paramref name="Unit"/>; NaN when not computed or when the rating rests on several values (then <paramref name="Rule"/> names them).</param>
/// <param name="Unit">The unit (empty for ratios and flags).</param>
/// <param name="Rating">The rating.</param>
/// <param name="Rule">The cut-offs applied, whether they depend on age (and which age), and why the value was not rated when it was not.</param>
/// <param name="Citation">The source of the definition and the cut-offs.</param>
public sealed record AutonomicRatedValue(
    string Index, string Label, double Value, string Unit, AutonomicRating Rating, string Rule, string Citation);
