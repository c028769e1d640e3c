namespace HrResponse.Hrv;

/// <summary>An index that a preset does not reproduce, and why.</summary>
/// <param name="Index">Index table name, e.g. <c>HRV_TINN</c>, or a group such as <c>HRV_SDANN*</c>.</param>
/// <param name="Reason">Why the tool's value is not reproduced (its definition, a quirk, or a missing input).</param>
public readonly record struct PresetIndexCaveat(string Index, string Reason);
