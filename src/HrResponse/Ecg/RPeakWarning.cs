namespace HrResponse.Ecg;

/// <summary>A problem found while detecting R peaks, with a message for the user that says what to check.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">Explanation and, where possible, the fix.</param>
public sealed record RPeakWarning(RPeakWarningKind Kind, string Message);
