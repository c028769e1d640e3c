namespace HrResponse.Io;

/// <summary>The result of reading a device file: the recording and a report of what was read and skipped.</summary>
/// <param name="Recording">Beats and/or heart-rate samples, laps and events as markers, power as the load channel.</param>
/// <param name="Report">What was read, from where, and what was skipped.</param>
public sealed record DeviceReadResult(Recording Recording, DeviceReadReport Report);
