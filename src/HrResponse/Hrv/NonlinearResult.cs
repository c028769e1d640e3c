namespace HrResponse.Hrv;

/// <summary>All nonlinear indices of one series, with the settings that produced them.</summary>
public sealed record NonlinearResult : IIndexTableSource
{
    /// <summary>The settings used.</summary>
    public required NonlinearOptions Options { get; init; }

    /// <summary>Number of intervals analysed.</summary>
    public required int IntervalCount { get; init; }

    /// <summary>Poincaré plot and its descriptors.</summary>
    public required PoincareResult Poincare { get; init; }

    /// <summary>Heart-rate asymmetry.</summary>
    public required HeartRateAsymmetryResult Asymmetry { get; init; }

    /// <summary>Heart-rate fragmentation.</summary>
    public required FragmentationResult Fragmentation { get; init; }

    /// <summary>Detrended fluctuation analysis.</summary>
    public required DfaResult Dfa { get; init; }

    /// <summary>Entropies.</summary>
    public required EntropyResult Entropy { get; init; }

    /// <summary>Fractal dimensions and Lempel–Ziv complexity.</summary>
    public required ComplexityResult Complexity { get; init; }

    /// <summary>Baevsky's stress index.</summary>
    public required StressIndexResult StressIndex { get; init; }

    /// <summary>PNS and SNS summary indices.</summary>
    public required AutonomicBalance AutonomicBalance { get; init; }

    /// <summary>
    /// The nonlinear indices in a stable order: Poincaré (<c>HRV_SD1</c>, <c>HRV_SD2</c>, ...), asymmetry and
    /// fragmentation, DFA (<c>HRV_DFA_alpha1</c>, <c>HRV_DFA_alpha2</c>, multifractal summary), entropies, fractal
    /// dimensions, complexity, stress index and the autonomic indices (<c>ANS_PNS</c>, <c>ANS_SNS</c>); NaN where an index could not be computed; names and definitions in the index reference (<c>hrresponse indices</c>).
    /// </summary>
    public IReadOnlyDictionary<string, double> ToIndexTable()
    {
        var p = Poincare;
        var a = Asymmetry;
        var f = Fragmentation;
        var t = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["HRV_SD1"] = p.Sd1Ms,
            ["HRV_SD2"] = p.Sd2Ms,
            ["HRV_SD1SD2"] = p.Sd1Sd2Ratio,
            ["HRV_S"] = p.AreaMs2,
            ["HRV_CSI"] = p.Csi,
            ["HRV_CVI"] = p.Cvi,
            ["HRV_CSI_Modified"] = p.CsiModified,
            ["HRV_PIP"] = f.PipFraction,
            ["HRV_IALS"] = f.Ials,
            ["HRV_PSS"] = f.PssFraction,
            ["HRV_PAS"] = f.PasFraction,
            ["HRV_GI"] = a.GuzikIndexPercent,
            ["HRV_SI"] = a.SlopeIndexPercent,
            ["HRV_AI"] = a.AreaIndexPercent,
            ["HRV_PI"] = a.PortaIndexPercent,
            ["HRV_C1d"] = a.Sd1DecelerationContribution,
            ["HRV_C1a"] = a.Sd1AccelerationContribution,
            ["HRV_SD1d"] = a.Sd1DecelerationMs,
            ["HRV_SD1a"] = a.Sd1AccelerationMs,
            ["HRV_C2d"] = a.Sd2DecelerationContribution,
            ["HRV_C2a"] = a.Sd2AccelerationContribution,
            ["HRV_SD2d"] = a.Sd2DecelerationMs,
            ["HRV_SD2a"] = a.Sd2AccelerationMs,
            ["HRV_Cd"] = a.SdnnDecelerationContribution,
            ["HRV_Ca"] = a.SdnnAccelerationContribution,
            ["HRV_SDNNd"] = a.SdnnDecelerationMs,
            ["HRV_SDNNa"] = a.SdnnAccelerationMs,
        };
        AddDfa(t, "alpha1", Dfa.Alpha1);
        AddDfa(t, "alpha2", Dfa.Alpha2);
        var e = Entropy;
        t["HRV_ApEn"] = e.ApproximateEntropy;
        t["HRV_SampEn"] = e.SampleEntropy;
        t["HRV_ShanEn"] = e.ShannonEntropy;
        t["HRV_FuzzyEn"] = e.FuzzyEntropy;
        t["HRV_MSEn"] = e.MultiscaleEntropy;
        t["HRV_CMSEn"] = e.CompositeMultiscaleEntropy;
        t["HRV_RCMSEn"] = e.RefinedCompositeMultiscaleEntropy;
        t["HRV_CD"] = Complexity.CorrelationDimension;
        t["HRV_HFD"] = Complexity.HiguchiFractalDimension;
        t["HRV_KFD"] = Complexity.KatzFractalDimension;
        t["HRV_LZC"] = Complexity.LempelZivComplexity;
        t["HRV_Mo"] = StressIndex.ModeMs;
        t["HRV_AMo"] = StressIndex.AmplitudeOfModePercent;
        t["HRV_MxDMn"] = StressIndex.VariationRangeMs;
        t["HRV_BaevskySI"] = StressIndex.StressIndex;
        t["ANS_StressIndex"] = StressIndex.SqrtStressIndex;
        t["ANS_PNS"] = AutonomicBalance.PnsIndex;
        t["ANS_SNS"] = AutonomicBalance.SnsIndex;
        return t;
    }

    private static void AddDfa(Dictionary<string, double> t, string name, DfaFit fit)
    {
        t[$"HRV_DFA_{name}"] = fit.Alpha;
        var m = fit.Multifractal;
        t[$"HRV_MFDFA_{name}_Width"] = m.Width;
        t[$"HRV_MFDFA_{name}_Peak"] = m.Peak;
        t[$"HRV_MFDFA_{name}_Mean"] = m.Mean;
        t[$"HRV_MFDFA_{name}_Max"] = m.Max;
        t[$"HRV_MFDFA_{name}_Delta"] = m.Delta;
        t[$"HRV_MFDFA_{name}_Asymmetry"] = m.Asymmetry;
        t[$"HRV_MFDFA_{name}_Fluctuation"] = m.Fluctuation;
        t[$"HRV_MFDFA_{name}_Increment"] = m.Increment;
    }
}
