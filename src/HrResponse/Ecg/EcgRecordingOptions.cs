namespace HrResponse.Ecg;

/// <summary>Settings of <see cref="EcgRecording.FromEcg"/>.</summary>
public sealed record EcgRecordingOptions
{
    /// <summary>R-peak detection settings. Default <see cref="RPeakOptions.Default"/>.</summary>
    public RPeakOptions Peaks { get; init; } = RPeakOptions.Default;

    /// <summary>What to do with unusable detections (flat, noise, too few peaks). Default <see cref="EcgQualityPolicy.Reject"/>.</summary>
    public EcgQualityPolicy QualityPolicy { get; init; } = EcgQualityPolicy.Reject;

    /// <summary>
    /// Beat correction applied to the RR intervals formed from the peaks before they enter the recording (e.g.
    /// ectopic/artefact correction from <c>HrResponse.Quality</c>), or <c>null</c> for none. Default <c>null</c>.
    /// The uncorrected intervals stay available in <see cref="EcgRecordingResult.DetectedBeats"/>. With the quality
    /// module: <c>BeatCorrection = rr =&gt; ArtifactCorrection.Clean(rr, artifactOptions).Intervals</c> (to keep its
    /// report, call <c>ArtifactCorrection.Clean</c> on <see cref="EcgRecordingResult.DetectedBeats"/> instead).
    /// </summary>
    public Func<RrIntervals, RrIntervals>? BeatCorrection { get; init; }

    /// <summary>The defaults.</summary>
    public static EcgRecordingOptions Default { get; } = new();
}
