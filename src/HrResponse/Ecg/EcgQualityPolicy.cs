namespace HrResponse.Ecg;

/// <summary>What <see cref="EcgRecording.FromEcg"/> does when the detected peaks are not usable (<see cref="RPeakResult.IsUsable"/> is false).</summary>
public enum EcgQualityPolicy
{
    /// <summary>Throw <see cref="HrDataFormatException"/> with the detection warnings as the message (default): noise must not become HRV numbers.</summary>
    Reject = 0,

    /// <summary>Build the recording anyway when there are at least two peaks; the warnings stay in the result.</summary>
    Accept = 1,
}
