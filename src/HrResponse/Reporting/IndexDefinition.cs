namespace HrResponse.Reporting;

/// <summary>The user-facing definition of one index: its table name, unit and how it is computed.</summary>
/// <param name="Name">Index-table name, e.g. <c>HRV_RMSSD</c>.</param>
/// <param name="Unit">Unit, e.g. <c>ms</c>, <c>bpm</c>, <c>%</c>; empty for dimensionless.</param>
/// <param name="Definition">Formula, estimator and NaN rule in one sentence or two.</param>
/// <param name="Reference">Where the definition comes from.</param>
public sealed record IndexDefinition(string Name, string Unit, string Definition, string Reference);
