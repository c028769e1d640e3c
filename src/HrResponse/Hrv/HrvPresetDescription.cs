namespace HrResponse.Hrv;

/// <summary>
/// What an <see cref="HrvPreset"/> reproduces: the tool and version, the functions and arguments matched, how it was
/// verified, and the indices it does not reproduce with the reason. Indices not listed in
/// <see cref="NotReproduced"/> follow the tool's definitions; indices the tool does not compute are HrResponse's own.
/// </summary>
public sealed record HrvPresetDescription
{
    /// <summary>The preset.</summary>
    public required HrvPreset Preset { get; init; }

    /// <summary>Short lower-case key, e.g. <c>hrv-analysis</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The tool and version reproduced, e.g. <c>pyHRV 0.4</c>; "HrResponse" for its own defaults.</summary>
    public required string Tool { get; init; }

    /// <summary>The tool's functions and arguments whose definitions the preset follows.</summary>
    public required string Functions { get; init; }

    /// <summary>How the preset was checked, and against what.</summary>
    public required string Verification { get; init; }

    /// <summary>Indices whose tool values are not reproduced, each with the reason.</summary>
    public required IReadOnlyList<PresetIndexCaveat> NotReproduced { get; init; }

    /// <summary>Every preset's description, in <see cref="HrvPreset"/> order.</summary>
    public static IReadOnlyList<HrvPresetDescription> All { get; } =
    [
        new()
        {
            Preset = HrvPreset.Default, Key = "default", Tool = "HrResponse (Task Force 1996 definitions)",
            Functions = "HrvOptions.Default: pNNx over successive differences, SDSD N - 1, clock-aligned SDANN/SDNNI, least-squares TINN, 1/128-s bins; cubic 4 Hz, smoothness priors (lambda 500), Welch 300 s Hann 50 %; interpolated band edges.",
            Verification = "Hand-computed cases and the definitions shared with NeuroKit2 (see HrvOptions.Default).",
            NotReproduced = [],
        },
        new()
        {
            Preset = HrvPreset.NeuroKit2, Key = "neurokit2", Tool = "NeuroKit2 0.2.12",
            Functions = "nk.hrv_time, nk.hrv_frequency (psd_method=\"welch\", normalize=True), nk.hrv_nonlinear with their defaults.",
            Verification = "NeuroKit2 0.2.12 output on the shared reference recordings: time domain to 1e-9, frequency domain to about 1e-12, Poincare/asymmetry/fragmentation to 1e-9, entropies to 1e-6.",
            NotReproduced =
            [
                new("HRV_DFA_alpha1, HRV_DFA_alpha2", "Checked within 0.01 of NeuroKit2 0.2.12, not to 1e-9."),
                new("HRV_MFDFA_*, HRV_HFD, HRV_KFD, HRV_LZC", "Checked within 2 % of NeuroKit2 0.2.12, not to 1e-9."),
                new("HRV_FuzzyEn, HRV_CD", "NaN above 20,000 intervals (NeuroKit2 runs out of memory there)."),
            ],
        },
        new()
        {
            Preset = HrvPreset.TaskForce1996, Key = "taskforce1996", Tool = "Task Force of the ESC and NASPE (1996)",
            Functions = "The paper's definitions; the same settings as default.",
            Verification = "Not against a tool; see default.",
            NotReproduced = [],
        },
        new()
        {
            Preset = HrvPreset.HrvAnalysis, Key = "hrv-analysis", Tool = "hrv-analysis 1.0.x (hrvanalysis)",
            Functions = "get_time_domain_features, get_geometrical_features, get_poincare_plot_features, get_csi_cvi_features, get_sampen (nolds.sampen, emb_dim=2), get_frequency_domain_features(method=\"welch\", sampling_frequency=7, interpolation_method=\"linear\") with SciPy welch(window=\"hann\", nperseg 256, nfft=4096).",
            Verification = "hrv-analysis's test suite (tests/tests_extract_features_methods.py on tests/test_nn_intervals.txt): every asserted value to 1e-9 relative. Its suite asserts no spectral value: the frequency settings follow its source.",
            NotReproduced =
            [
                new("HRV_TINN", "hrv-analysis returns None; HrResponse's least-squares TINN on its histogram is reported."),
                new("HRV_HTI", "Intervals above 1992 ms (hrv-analysis's last bin edge, range(300, 2000, 8)) fall outside its histogram; here they are counted. Same value whenever every interval is at most 1992 ms."),
                new("HRV_pNN50, HRV_pNN20", "hrv-analysis releases with pnni_as_percent (default True) divide by the differences: use PnnDenominator.SuccessiveDifferences for them."),
                new("HRV_SDANN*, HRV_SDNNI*, HRV_ULF, HRV_VHF, other indices", "Not computed by hrv-analysis: HrResponse's definitions."),
                new("Lomb-Scargle (method=\"lomb\")", "Not in the preset: astropy's LombScargle(normalization=\"psd\") on the raw intervals from 0.0033 to 0.4 Hz would need its own frequency grid."),
            ],
        },
        new()
        {
            Preset = HrvPreset.PyHrv, Key = "pyhrv", Tool = "pyHRV 0.4",
            Functions = "pyhrv.hrv() defaults: time_domain (threshold none, binsize 7.8125 ms), welch_psd(nfft=2**12, detrend=True, window=\"hamming\"), nonlinear.poincare, sample_entropy (nolds.sampen, r = 0.2*np.std(nn, ddof=-1)), dfa (nolds.dfa, 4-16 and 17-64 beats, overlap=False, nolds 0.4/0.5: F(n) the mean of the box RMS with flat boxes counted).",
            Verification = "pyHRV's worked example pyhrv/files/SampleReport.txt on pyhrv/samples/series_1 (pyHRV has no numeric test suite): time domain, Welch band powers, peaks, logs, relative and normalised powers, Poincare, SampEn and DFA alpha1 to its printed decimals.",
            NotReproduced =
            [
                new("HRV_TINN", "pyHRV searches N and M over the bin left edges with its own error sum (and 2^14 as the starting error); HrResponse offers least-squares and NeuroKit2 TINN only."),
                new("HRV_SDANN*, HRV_SDNNI*", "pyHRV's tools.segmentation fills consecutive 300-s segments by cumulative sum; not implemented (NaN or HrResponse's clock-aligned segments)."),
                new("Lomb-Scargle (lomb_psd)", "pyHRV 0.4 passes 2*pi/f instead of 2*pi*f to scipy.signal.lombscargle and sets the first power to 2: not a periodogram that a named option can reproduce."),
                new("AR (ar_psd)", "pyHRV converts the Yule-Walker PSD to 10*log10 dB times 1000 before integrating; not reproduced."),
                new("HRV_DFA_alpha2", "pyHRV calls nolds.dfa(nn, range(17, 65), overlap=False), whose F(n) (mean of the box RMS, flat boxes counted) the preset reproduces, but nolds fits the log-log line by RANSAC (scikit-learn RANSACRegressor, no seed; threshold the MAD of log F(n); it stops after a few samples once most points are inliers): on pyHRV's example the least-squares line over the 48 sizes has a residual above that threshold, so RANSAC's refit over a random inlier set varies from run to run (0.922 as printed; the least-squares slope is 0.908). Alpha1 is reproduced (0.756): there all 13 points are within the threshold of the least-squares line, which is then RANSAC's refit."),
                new("HRV_ULF, HRV_VHF", "pyHRV has no ULF by default and no VHF: HrResponse's bands."),
            ],
        },
        new()
        {
            Preset = HrvPreset.Systole, Key = "systole", Tool = "systole 0.3",
            Functions = "systole.hrv.time_domain, frequency_domain (psd: sfreq=5, cubic interp1d, welch nperseg=256*sfreq, nfft=nperseg), poincare.",
            Verification = "systole's test suite (tests/test_hrv.py on its datasets/rr.txt, 245 intervals): every value it asserts for time_domain, nnX, pnnX, rmssd, frequency_domain and poincare, to np.isclose (rtol 1e-5) or its rounding.",
            NotReproduced =
            [
                new("HRV_VLFPeak, HRV_LFPeak, HRV_HFPeak", "systole returns round(peak, 6); HrResponse reports the peak frequency unrounded."),
                new("recurrence (REC, DET, Lmax, Lmean, ShanEn)", "Not computed by HrResponse."),
                new("HRV_VLFpeak", "systole searches the whole band [0.003, 0.04); HrResponse starts at the spectrum's resolution (1/segment) when that is higher."),
            ],
        },
        new()
        {
            Preset = HrvPreset.Kubios, Key = "kubios", Tool = "Kubios HRV (documented defaults)",
            Functions = "Kubios HRV user's guide defaults: 4 Hz cubic interpolation, smoothness priors lambda 500, Welch 300 s / 50 %, AR order 16, VLF 0-0.04 Hz, HTI 1/128 s, r = 0.2 SD, DFA 4-16 / 16-64 beats.",
            Verification = "Not checked against Kubios output: no Kubios result on an input available to this project.",
            NotReproduced =
            [
                new("every index", "Kubios's implementation is closed; only its documented settings are followed."),
                new("HRV_DFA_alpha2", "A Kubios HRV Premium 3.1 report lists 17-64 beats for the long-term fluctuations; the user's guide and this preset use 16-64."),
                new("Min/Max HR", "Kubios averages HR over 5 beats by default before taking the minimum and maximum; HrResponse takes single beats."),
            ],
        },
    ];

    /// <summary>The description of one preset.</summary>
    /// <param name="preset">The preset.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preset"/> is not a defined value.</exception>
    public static HrvPresetDescription For(HrvPreset preset) =>
        All.FirstOrDefault(d => d.Preset == preset)
        ?? throw new ArgumentOutOfRangeException(nameof(preset), preset, $"Must be a defined HrvPreset; it is {(int)preset}.");
}
