namespace HrResponse.Io;

/// <summary>Sensor Contact Status of a Heart Rate Measurement packet (flags bits 1–2).</summary>
public enum BleSensorContact
{
    /// <summary>The sensor does not support contact detection (bit 2 clear).</summary>
    NotSupported,

    /// <summary>Contact detection is supported and no skin contact is detected (bits 2–1 = 10).</summary>
    NotDetected,

    /// <summary>Contact detection is supported and skin contact is detected (bits 2–1 = 11).</summary>
    Detected,
}
