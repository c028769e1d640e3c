using HrResponse.Quality;

namespace HrResponse.Hrv;

/// <summary>Heart rate variability indices of RR interval series. Stateless; inputs are never modified.</summary>
public static partial class HrvAnalysis
{
    /// <summary>
    /// Every HRV index group selected by <see cref="HrvOptions.Domains"/> of consecutive RR intervals in milliseconds
    /// (no gaps; the first interval starts at 0 s): <c>Compute(RrIntervals.FromMilliseconds(rrMs), options)</c>.
    /// </summary>
    /// <remarks>
    /// The intervals are analysed as given: artifacts and ectopic beats are NOT corrected. Correct them first with
    /// <see cref="Quality.ArtifactCorrection.Clean(ReadOnlySpan{double}, Quality.ArtifactCorrectionOptions?)"/> and pass
    /// its <see cref="Quality.CleanedRrIntervals.Intervals"/>.
    /// </remarks>
    /// <param name="rrMs">RR intervals in milliseconds, in recording order; each finite and greater than 0.</param>
    /// <param name="options">Settings; <see cref="HrvOptions.Default"/> when null.</param>
    /// <returns>The result; too-short series give NaN, never an exception.</returns>
    /// <exception cref="ArgumentException">A value is not finite or not positive, the values look like seconds
    /// (median below 20: "pass milliseconds"), or an option is invalid.</exception>
    public static HrvResult Compute(ReadOnlySpan<double> rrMs, HrvOptions? options = null) =>
        Compute(RrIntervals.FromMilliseconds(rrMs), options);

    /// <summary>
    /// Every HRV index group selected by <see cref="HrvOptions.Domains"/>, each with its settings from
    /// <paramref name="options"/>, of the intervals exactly as given. Gap-aware as each domain documents (successive
    /// differences never span a gap).
    /// </summary>
    /// <remarks>
    /// This call does NOT correct beats: ectopic beats, missed and extra beats go into every index unchanged, and the
    /// result's <see cref="HrvResult.Correction"/> is <c>null</c> ("not corrected by HrResponse"). To correct first,
    /// use <see cref="RecordingAnalysis.Compute(Recording, RecordingAnalysisOptions?)"/> (the documented path: correction → HRV → exercise test in one
    /// call), or <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/> and <see cref="Compute(CleanedRrIntervals, HrvOptions?)"/>.
    /// </remarks>
    /// <param name="rr">The intervals, analysed as given.</param>
    /// <param name="options">Settings; <see cref="HrvOptions.Default"/> when null.</param>
    /// <returns>The result; a group not requested is <c>null</c>. Too-short series give NaN, never an exception.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static HrvResult Compute(RrIntervals rr, HrvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rr);
        options ??= HrvOptions.Default;
        return new HrvResult
        {
            Options = options,
            TimeDomain = options.Domains.HasFlag(HrvDomains.Time) ? TimeDomainAnalysis.Compute(rr, options.TimeDomain) : null,
            FrequencyDomain = options.Domains.HasFlag(HrvDomains.Frequency) ? FrequencyDomainAnalysis.Compute(rr, options.FrequencyDomain) : null,
            Nonlinear = options.Domains.HasFlag(HrvDomains.Nonlinear) ? NonlinearAnalysis.Compute(rr, options.Nonlinear) : null,
        };
    }

    /// <summary>
    /// HRV of beats cleaned by <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>: <see cref="Compute(RrIntervals, HrvOptions?)"/>
    /// of <see cref="CleanedRrIntervals.Intervals"/>, with <see cref="HrvResult.Correction"/> set to the cleaning's
    /// <see cref="CleanedRrIntervals.Quality"/> report.
    /// </summary>
    /// <param name="cleaned">The cleaned beats.</param>
    /// <param name="options">Settings; <see cref="HrvOptions.Default"/> when null.</param>
    /// <returns>The result, saying how the beats were corrected.</returns>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static HrvResult Compute(CleanedRrIntervals cleaned, HrvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        return Compute(cleaned.Intervals, options) with { Correction = cleaned.Quality };
    }
}
