using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

[TestFixture]
public class NonlinearPeerTests
{
    private static readonly string[] Exact =
    [
        "HRV_SD1", "HRV_SD2", "HRV_SD1SD2", "HRV_S", "HRV_CSI", "HRV_CVI", "HRV_CSI_Modified", "HRV_PIP", "HRV_IALS",
        "HRV_PSS", "HRV_PAS", "HRV_GI", "HRV_SI", "HRV_AI", "HRV_PI", "HRV_C1d", "HRV_C1a", "HRV_SD1d", "HRV_SD1a",
        "HRV_C2d", "HRV_C2a", "HRV_SD2d", "HRV_SD2a", "HRV_Cd", "HRV_Ca", "HRV_SDNNd", "HRV_SDNNa",
    ];

    private static readonly string[] Entropies =
        ["HRV_ApEn", "HRV_SampEn", "HRV_ShanEn", "HRV_FuzzyEn", "HRV_MSEn", "HRV_CMSEn", "HRV_RCMSEn"];

    private static readonly string[] Dfa = ["HRV_DFA_alpha1", "HRV_DFA_alpha2"];

    private static readonly string[] Complexity =
    [
        "HRV_HFD", "HRV_KFD", "HRV_LZC",
        "HRV_MFDFA_alpha1_Width", "HRV_MFDFA_alpha1_Peak", "HRV_MFDFA_alpha1_Mean", "HRV_MFDFA_alpha1_Max",
        "HRV_MFDFA_alpha1_Delta", "HRV_MFDFA_alpha1_Asymmetry", "HRV_MFDFA_alpha1_Fluctuation", "HRV_MFDFA_alpha1_Increment",
        "HRV_MFDFA_alpha2_Width", "HRV_MFDFA_alpha2_Peak", "HRV_MFDFA_alpha2_Mean", "HRV_MFDFA_alpha2_Max",
        "HRV_MFDFA_alpha2_Delta", "HRV_MFDFA_alpha2_Asymmetry", "HRV_MFDFA_alpha2_Fluctuation", "HRV_MFDFA_alpha2_Increment",
    ];

    private static IEnumerable<string> Files => NonlinearReferenceData.Files;

    private static void Compare(string file, string[] names, Func<double, double> tolerance, bool relative)
    {
        var rr = NonlinearReferenceData.ReadRr(file);
        var expected = NonlinearReferenceData.ReadNonlinear(file);
        var table = NonlinearAnalysis.Compute(RrIntervals.FromMilliseconds(rr), NonlinearOptions.NeuroKit2).ToIndexTable();
        Assert.Multiple(() =>
        {
            foreach (var name in names)
            {
                if (!expected.TryGetValue(name, out var want)) continue;
                var got = table[name];
                if (double.IsNaN(want))
                {
                    Assert.That(got, Is.NaN, name);
                    continue;
                }

                var tol = tolerance(want);
                Assert.That(got, Is.EqualTo(want).Within(relative ? Math.Abs(want) * tol : tol), name);
            }
        });
    }

    [TestCaseSource(nameof(Files))]
    public void PoincareAsymmetryFragmentation_NeuroKit2Preset_EqualsReferenceTo1e9Relative(string file) =>
        Compare(file, Exact, _ => 1e-9, relative: true);

    [TestCaseSource(nameof(Files))]
    public void Entropies_NeuroKit2Preset_EqualReferenceTo1e6(string file) =>
        Compare(file, Entropies, _ => 1e-6, relative: true);

    [TestCaseSource(nameof(Files))]
    public void DfaAlphas_NeuroKit2Preset_WithinPoint01OfReference(string file) =>
        Compare(file, Dfa, _ => 0.01, relative: false);

    [TestCaseSource(nameof(Files))]
    public void CorrelationDimension_NeuroKit2Preset_EqualsReferenceTo1e9Relative(string file) =>
        Compare(file, ["HRV_CD"], _ => 1e-9, relative: true);

    [TestCaseSource(nameof(Files))]
    public void ComplexityAndMultifractal_NeuroKit2Preset_Within2PercentOfReference(string file) =>
        Compare(file, Complexity, _ => 0.02, relative: true);
}
