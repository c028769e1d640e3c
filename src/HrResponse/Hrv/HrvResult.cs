namespace HrResponse.Hrv;

/// <summary>
/// The HRV of one series in every requested domain, with the options that produced it. The index table joins the
/// domains' tables in the order time, frequency, nonlinear.
/// </summary>
public sealed record HrvResult : IIndexTableSource
{
    /// <summary>The options used.</summary>
    public required HrvOptions Options { get; init; }

    /// <summary>
    /// Whether and how the beats were corrected before these indices were computed: the
    /// <see cref="Quality.QualityReport"/> of <see cref="Quality.ArtifactCorrection.Clean(RrIntervals, Quality.ArtifactCorrectionOptions?)"/> (its
    /// <see cref="Quality.QualityReport.Method"/> is <see cref="Quality.ArtifactDetectionMethod.None"/> when correction was
    /// switched off), or <c>null</c> when HrResponse did not correct them: <see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/>
    /// analyses the intervals exactly as given. <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> and
    /// <see cref="HrvAnalysis.Compute(Quality.CleanedRrIntervals, HrvOptions?)"/> set it.
    /// </summary>
    public Quality.QualityReport? Correction { get; init; }

    /// <summary>True when <see cref="Correction"/> is known and its method is not <see cref="Quality.ArtifactDetectionMethod.None"/>.</summary>
    public bool IsCorrected => Correction is { Method: not Quality.ArtifactDetectionMethod.None };

    /// <summary>Time-domain indices, or <c>null</c> when not requested.</summary>
    public TimeDomainResult? TimeDomain { get; init; }

    /// <summary>Frequency-domain indices (with the spectrum), or <c>null</c> when not requested.</summary>
    public FrequencyDomainResult? FrequencyDomain { get; init; }

    /// <summary>Nonlinear indices, or <c>null</c> when not requested.</summary>
    public NonlinearResult? Nonlinear { get; init; }

    /// <summary>
    /// The indices of every domain computed, in a stable order: time domain (<c>HRV_MeanNN</c> ...), then frequency
    /// domain (<c>HRV_ULF</c> ...), then nonlinear (<c>HRV_SD1</c> ...); a domain not computed is left out. NaN where
    /// an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var table = new Dictionary<string, double>();
        foreach (IIndexTableSource? part in Parts())
        {
            if (part is null) continue;
            foreach (var (key, value) in part.ToIndexTable()) table[key] = value;
        }

        return table;
    }

    private IEnumerable<IIndexTableSource?> Parts()
    {
        yield return TimeDomain;
        yield return FrequencyDomain;
        yield return Nonlinear;
    }
}
