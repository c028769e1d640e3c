namespace HrResponse.Hrv;

/// <summary>All HRV settings, grouped by domain, with a name for reports. Presets reproduce other tools.</summary>
public sealed record HrvOptions
{
    /// <summary>Name shown in reports, e.g. <c>"NeuroKit2"</c>.</summary>
    public string Name { get; init; } = "Default";

    /// <summary>Which index groups <see cref="HrvAnalysis.Compute(RrIntervals, HrvOptions?)"/> computes. Default <see cref="HrvDomains.All"/>.</summary>
    public HrvDomains Domains { get; init; } = HrvDomains.All;

    /// <summary>Time-domain settings.</summary>
    public TimeDomainOptions TimeDomain { get; init; } = TimeDomainOptions.Default;

    /// <summary>Frequency-domain settings. Default <see cref="FrequencyDomainOptions.Default"/> (Kubios-like).</summary>
    public FrequencyDomainOptions FrequencyDomain { get; init; } = FrequencyDomainOptions.Default;

    /// <summary>Nonlinear settings. Default <see cref="NonlinearOptions.Default"/>.</summary>
    public NonlinearOptions Nonlinear { get; init; } = NonlinearOptions.Default;

    /// <summary>
    /// HrResponse's defaults, the Task Force (1996) definitions: pNN over successive differences (as pyHRV and
    /// PhysioNet's pNNx), SDSD N − 1, complete clock-aligned SDANN/SDNNI segments, full least-squares TINN, half-open
    /// 1/128 s bins. Verified: not against another tool as a whole; every index against hand-computed cases,
    /// full-search TINN against a brute-force search, and the definitions it shares with NeuroKit2 (MeanNN, SDNN,
    /// RMSSD, SDSD, CV*, MedianNN, MadNN, IQRNN, percentiles, Min/Max, HTI on recordings whose longest interval is not
    /// on a bin edge) against NeuroKit2 0.2.12 on the reference recordings (docs/validation.md).
    /// </summary>
    public static HrvOptions Default { get; } = new();

    /// <summary>
    /// NeuroKit2 0.2.12. Time domain (<see cref="TimeDomainOptions.NeuroKit2"/>): verified — every <c>hrv_time</c>
    /// index matches NeuroKit2 0.2.12 to 1e-9 relative on the shared reference recordings (24 h Holter and 5 min
    /// series, 128 Hz and 1 ms resolution; docs/validation.md).
    /// </summary>
    /// <remarks>Frequency domain (<see cref="FrequencyDomainOptions.NeuroKit2"/>): verified against NeuroKit2 0.2.12's
    /// <c>hrv_frequency</c> (Welch and Lomb, normalised and not) to about 1e-12 relative on the short reference
    /// reference recordings; the 24-hour ones on demand (a long check, not run by default); shorter
    /// recordings (28–120 s synthetic series, the 67–110-s Polar H10 recordings without reference files) against an
    /// independent transcription of its source.
    /// Nonlinear (<see cref="NonlinearOptions.NeuroKit2"/>): verified against NeuroKit2 0.2.12 by
    /// the reference recordings (Poincaré, asymmetry, fragmentation to 1e-9; entropies to 1e-6; DFA within 0.01; other
    /// complexity indices within 2 %; correlation dimension to 1e-9 with NeuroKit2's radii). Unlike NeuroKit2 itself, the O(N²) indices
    /// (FuzzyEn, CD) are NaN above 20,000 intervals: NeuroKit2 ran out of memory on the 24-hour reference recordings
    /// and returned nothing there.</remarks>
    public static HrvOptions NeuroKit2 { get; } = new()
    {
        Name = "NeuroKit2",
        TimeDomain = TimeDomainOptions.NeuroKit2,
        FrequencyDomain = FrequencyDomainOptions.NeuroKit2,
        Nonlinear = NonlinearOptions.NeuroKit2 with { QuadraticIndicesMaxIntervals = 20_000 },
    };

    /// <summary>
    /// Task Force of the ESC and NASPE (1996), Circulation 93:1043–1065. Time domain
    /// (<see cref="TimeDomainOptions.TaskForce1996"/>): follows the paper's definitions (5-min segments of the whole
    /// recording for SDANN/SDNN index, 1/128 s histogram bins, least-squares triangle for TINN); not verified
    /// against another tool. The paper words pNN50 as "NN50 count divided by the total number of all NN
    /// intervals"; this preset divides by the number of successive differences (one fewer when there are no gaps).
    /// </summary>
    public static HrvOptions TaskForce1996 { get; } = new()
    {
        Name = "TaskForce1996",
        TimeDomain = TimeDomainOptions.TaskForce1996,
        FrequencyDomain = FrequencyDomainOptions.TaskForce1996,
    };

    /// <summary>The options of a named preset.</summary>
    /// <param name="preset">The preset.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a defined value.</exception>
    public static HrvOptions FromPreset(HrvPreset preset) => preset switch
    {
        HrvPreset.Default => Default,
        HrvPreset.NeuroKit2 => NeuroKit2,
        HrvPreset.TaskForce1996 => TaskForce1996,
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, $"Must be a defined HrvPreset; it is {(int)preset}."),
    };
}
