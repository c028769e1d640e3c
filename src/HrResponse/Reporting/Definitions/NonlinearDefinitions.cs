namespace HrResponse.Reporting.Definitions;

/// <summary>Definitions of the nonlinear HRV and autonomic indices (<c>NonlinearAnalysis.Compute</c>).</summary>
internal static class NonlinearDefinitions
{
    private const string Nk = "NeuroKit2 0.2.12";
    private const string Gap = " Pairs whose second interval follows a gap are skipped.";

    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        new("HRV_SD1", "ms", "Poincaré SD1: sample SD (M−1) of (RR(n) − RR(n+1))/√2 over the M pairs." + Gap + " NaN when M < 2.", "Brennan et al. 2001"),
        new("HRV_SD2", "ms", "Poincaré SD2: sample SD (M−1) of (RR(n) + RR(n+1))/√2 over the M pairs." + Gap + " NaN when M < 2.", "Brennan et al. 2001"),
        new("HRV_SD1SD2", "", "SD1 / SD2.", "Brennan et al. 2001"),
        new("HRV_S", "ms²", "Area of the Poincaré ellipse, π·SD1·SD2.", "Brennan et al. 2001"),
        new("HRV_CSI", "", "Cardiac sympathetic index L/T = (4·SD2)/(4·SD1).", "Toichi et al. 1997"),
        new("HRV_CVI", "", "Cardiac vagal index log10(L·T) = log10(16·SD1·SD2).", "Toichi et al. 1997"),
        new("HRV_CSI_Modified", "ms", "Modified CSI L²/T = (4·SD2)²/(4·SD1).", "Jeppesen et al. 2014"),
        new("HRV_PIP", "", "Fraction of inflection points: sign changes of successive differences d (including to/from 0) / (D + 1), D = number of differences." + Gap + " NeuroKit2's definition.", "Costa et al. 2017; " + Nk),
        new("HRV_IALS", "", "1 / mean length (in differences) of the runs of d > 0 and of d < 0.", "Costa et al. 2017; " + Nk),
        new("HRV_PSS", "", "Fraction of acceleration/deceleration runs shorter than 3 differences.", "Costa et al. 2017; " + Nk),
        new("HRV_PAS", "", "Fraction of runs of consecutive inflection points that are at least 4 long (NeuroKit2: a fraction of runs, not of intervals).", "Costa et al. 2017; " + Nk),
        new("HRV_GI", "%", "Guzik's index: 100·Σ distances to the identity line of points above it / Σ of all points' distances." + Gap, "Yan et al. 2017"),
        new("HRV_SI", "%", "Slope index: 100·Σ θ above / Σ θ all, θ = |atan(1) − atan(RR(n+1)/RR(n))|.", "Yan et al. 2017"),
        new("HRV_AI", "%", "Area index: 100·Σ sector areas θ·r²/2 above / Σ all.", "Yan et al. 2017"),
        new("HRV_PI", "%", "Porta's index: 100·(points below the identity line) / (points off the line).", "Porta et al. 2008; Yan et al. 2017"),
        new("HRV_C1d", "", "Contribution of decelerations to short-term HRV, SD1d² / (SD1d² + SD1a²).", "Piskorski & Guzik 2011"),
        new("HRV_C1a", "", "Contribution of accelerations to short-term HRV, SD1a² / (SD1d² + SD1a²).", "Piskorski & Guzik 2011"),
        new("HRV_SD1d", "ms", "√(Σ over decelerations of ((RR(n+1) − RR(n))/√2)² / (M − 1)).", "Piskorski & Guzik 2011"),
        new("HRV_SD1a", "ms", "√(Σ over accelerations of ((RR(n+1) − RR(n))/√2)² / (M − 1)).", "Piskorski & Guzik 2011"),
        new("HRV_C2d", "", "SD2d² / (SD2d² + SD2a²).", "Piskorski & Guzik 2011"),
        new("HRV_C2a", "", "SD2a² / (SD2d² + SD2a²).", "Piskorski & Guzik 2011"),
        new("HRV_SD2d", "ms", "√((Σ_dec l² + ½Σ_on-line l²)/(M − 1)), l = distance to the line through the centroid perpendicular to the identity line.", "Piskorski & Guzik 2011"),
        new("HRV_SD2a", "ms", "√((Σ_acc l² + ½Σ_on-line l²)/(M − 1)).", "Piskorski & Guzik 2011"),
        new("HRV_Cd", "", "SDNNd² / (SDNNd² + SDNNa²).", "Piskorski & Guzik 2011"),
        new("HRV_Ca", "", "SDNNa² / (SDNNd² + SDNNa²).", "Piskorski & Guzik 2011"),
        new("HRV_SDNNd", "ms", "√((SD1d² + SD2d²)/2).", "Piskorski & Guzik 2011"),
        new("HRV_SDNNa", "ms", "√((SD1a² + SD2a²)/2).", "Piskorski & Guzik 2011"),
        .. Dfa("alpha1", "short-term; default boxes 4–16 beats, neurokit2 preset 4–11"),
        .. Dfa("alpha2", "long-term; default boxes 16–64 beats, neurokit2 preset 12–⌊(N+1)/10⌋"),
        new("HRV_ApEn", "", "Approximate entropy Φm − Φm+1, Chebyshev distance ≤ r, self-matches counted; m = 2, r = 0.2·SD (N−1) by default. Gaps ignored. NaN when N ≤ m.", "Pincus 1991"),
        new("HRV_SampEn", "", "Sample entropy −ln(B/A) over the first N − m templates, Chebyshev distance ≤ r, exact counts; m = 2, r = 0.2·SD (N−1). NaN when A or B is 0. Gaps ignored.", "Richman & Moorman 2000"),
        new("HRV_ShanEn", "bit", "Shannon entropy −Σ p·log2 p over the distinct interval values (no binning, as NeuroKit2).", "Shannon 1948; " + Nk),
        new("HRV_FuzzyEn", "", "Fuzzy entropy: mean-removed templates, membership exp(−d/r) of the Chebyshev distance, −ln(Φm+1/Φm). NaN above the quadratic-index interval limit (default 20,000).", "Chen et al. 2007; " + Nk),
        new("HRV_MSEn", "", "Multiscale entropy: SampEn (r of the original series) of the averaged coarse-grained series at scales 1..20 (neurokit2 preset: 1..⌊N/12⌋−1); trapezoid area of the finite values / their number.", "Costa et al. 2002; " + Nk),
        new("HRV_CMSEn", "", "Composite MSE as NeuroKit2: at scale s the mean finite SampEn of the s decimated series x[k::s] (not averaged); area rule as MSEn.", "Wu et al. 2013; " + Nk),
        new("HRV_RCMSEn", "", "Refined composite MSE: at scale s, −ln of the ratio of the mean match fractions (over the s decimated series) at m+1 and m; area rule as MSEn.", "Wu et al. 2014; " + Nk),
        new("HRV_CD", "", "Correlation dimension: slope of log2 C(r) on log2 r, C = fraction of pairs of 2-D delay vectors (RR(n), RR(n+1)) closer than r (Euclidean), 64 geometric radii from 2.5 % to 50 % of the largest distance D (default) or, as NeuroKit2 0.2.12 computes them (NeuroKit2 preset), from (1 + 0.025·D)/2 to (1 + 0.5·D)/2 ms. NaN above the quadratic-index limit.", "Grassberger & Procaccia 1983"),
        new("HRV_HFD", "", "Higuchi fractal dimension with k = 1..10: −slope of ln L(k) on ln k.", "Higuchi 1988; " + Nk),
        new("HRV_KFD", "", "Katz fractal dimension log10(L/a) / log10(d/a), L = Σ|Δx|, a = mean |Δx|, d = max |x − x[0]|.", "Katz 1988"),
        new("HRV_LZC", "", "Lempel–Ziv complexity (LZ76 phrase count) of the series binarised at its mean, normalised by N / log2 N.", "Lempel & Ziv 1976; Kaspar & Schuster 1987"),
        new("HRV_Mo", "ms", "Mode: centre of the fullest bin of the interval histogram, bins [k·w, (k+1)·w), w = 50 ms by default; the shortest bin on ties.", "Baevsky & Chernikova 2017"),
        new("HRV_AMo", "%", "Amplitude of the mode: percentage of intervals in the modal bin.", "Baevsky & Chernikova 2017"),
        new("HRV_MxDMn", "ms", "Variation range: longest minus shortest interval.", "Baevsky & Chernikova 2017"),
        new("HRV_BaevskySI", "", "Baevsky's stress index AMo / (2·Mo·MxDMn), AMo in %, Mo and MxDMn in s. NaN when N < 2 or all intervals equal.", "Baevsky & Chernikova 2017"),
        new("ANS_StressIndex", "", "√ of Baevsky's stress index, the value Kubios HRV reports as its stress index.", "Baevsky & Chernikova 2017; Kubios HRV"),
        new("ANS_PNS", "", "Parasympathetic index: (z(mean RR) + z(RMSSD) + z(SD1))/3 against replaceable norms (default: 5-min resting norms of Nunan et al. 2010; SD1 norm derived as RMSSD/√2). 0 = population mean, ±1 = one SD.", "Nunan et al. 2010; in the spirit of Kubios PNS"),
        new("ANS_SNS", "", "Sympathetic index: (z(mean HR) + z(√stress index) − z(SD2))/3 against replaceable norms (default derived from Nunan et al. 2010 and Baevsky's normal range 50–150; see AutonomicNorms).", "Nunan et al. 2010; Baevsky & Chernikova 2017; in the spirit of Kubios SNS"),
    ];

    private static IEnumerable<IndexDefinition> Dfa(string name, string range) =>
    [
        new($"HRV_DFA_{name}", "", $"DFA exponent ({range}): slope of log F(n) on log n, F = RMS residual of the linearly detrended profile in boxes of n beats; boxes with residual variance ≤ 1e-8 ms² left out. Gaps ignored.", "Peng et al. 1995; " + Nk),
        new($"HRV_MFDFA_{name}_Width", "", "Multifractal DFA over the same boxes, q = −5..5: width max H − min H of the singularity exponents.", "Kantelhardt et al. 2002; " + Nk),
        new($"HRV_MFDFA_{name}_Peak", "", "Singularity exponent H where the singularity dimension D is largest.", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Mean", "", "(max H + min H)/2.", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Max", "", "D at the largest H.", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Delta", "", "D(argmax H) − D(argmin H).", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Asymmetry", "", "(min H − Peak) / Width.", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Fluctuation", "", "h-fluctuation index Σ(∇∇h)²/(2·max|q| + 2).", "Orozco-Duque et al. 2015; " + Nk),
        new($"HRV_MFDFA_{name}_Increment", "", "Σ(∇h)²/∇q, cumulative squared increments of h(q).", "Faini et al. 2021; " + Nk),
    ];
}
