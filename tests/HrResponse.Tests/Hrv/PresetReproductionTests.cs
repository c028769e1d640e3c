using System.Globalization;
using System.Text.Json;
using HrResponse.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// Each tool preset against the values that tool's own test suite (or worked example) asserts on the tool's own input,
/// to the precision the tool asserts them (1e-9 relative where it asserts exact equality). Inputs and expected values
/// are in Fixtures/ with their source, commit and licence.
/// </summary>
public class PresetReproductionTests
{
    private const double Relative = 1e-9;

    private static string Fixture(string tool, string file)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", tool, file);
        if (!File.Exists(path)) Assert.Fail($"Fixture '{tool}/{file}' is missing ({path}).");
        return path;
    }

    private static JsonElement Expected(string tool, string section)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixture(tool, "expected.json")));
        return doc.RootElement.GetProperty(section).Clone();
    }

    private static double Value(JsonElement section, string name) => section.GetProperty(name).GetDouble();

    private static double Value(JsonElement section, string group, string name) => section.GetProperty(group).GetProperty(name).GetDouble();

    private static double[] ReadColumn(string path, double scale) =>
        File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => double.Parse(l, CultureInfo.InvariantCulture) * scale)
            .ToArray();

    private static double[] HrvAnalysisInput() => ReadColumn(Fixture("hrv-analysis", "test_nn_intervals.txt"), 1);

    // pyHRV's check_input turns seconds into milliseconds by multiplying by 1000.
    private static double[] PyHrvInput() => ReadColumn(Fixture("pyhrv", "series_1.txt"), 1000);

    private static void AssertRelative(double actual, double expected, string what) =>
        Assert.That(actual, Is.EqualTo(expected).Within(Math.Abs(expected) * Relative).Or.EqualTo(expected).Within(1e-15), what);

    /// <summary>Half a unit in the last of <paramref name="decimals"/> printed decimals, plus rounding slack.</summary>
    private static void AssertPrinted(double actual, double expected, int decimals, string what) =>
        Assert.That(actual, Is.EqualTo(expected).Within((0.5 * Math.Pow(10, -decimals)) + 1e-12), what);

    [Test]
    public void HrvAnalysis_TimeDomainFeatures_MatchItsTestSuite()
    {
        var rr = HrvAnalysisInput();
        var e = Expected("hrv-analysis", "get_time_domain_features");
        var r = TimeDomainAnalysis.Compute(rr, HrvOptions.HrvAnalysis.TimeDomain);
        using (Assert.EnterMultipleScope())
        {
            AssertRelative(r.MeanNnMs, Value(e, "mean_nni"), "mean_nni");
            AssertRelative(r.SdnnMs, Value(e, "sdnn"), "sdnn");
            AssertRelative(r.SdsdMs, Value(e, "sdsd"), "sdsd");
            AssertRelative(r.RmssdMs, Value(e, "rmssd"), "rmssd");
            AssertRelative(r.Pnn50Percent, Value(e, "pnni_50"), "pnni_50");
            AssertRelative(r.Pnn20Percent, Value(e, "pnni_20"), "pnni_20");
            AssertRelative(r.Pnn50Percent * r.IntervalCount / 100, Value(e, "nni_50"), "nni_50");
            AssertRelative(r.Pnn20Percent * r.IntervalCount / 100, Value(e, "nni_20"), "nni_20");
            AssertRelative(r.MedianNnMs, Value(e, "median_nni"), "median_nni");
            AssertRelative(r.MaxNnMs - r.MinNnMs, Value(e, "range_nni"), "range_nni");
            AssertRelative(r.Cvsd, Value(e, "cvsd"), "cvsd");
            AssertRelative(r.Cvnn, Value(e, "cvnni"), "cvnni");
            AssertRelative(r.MeanHeartRateBpm, Value(e, "mean_hr"), "mean_hr");
            AssertRelative(r.MaxHeartRateBpm, Value(e, "max_hr"), "max_hr");
            AssertRelative(r.MinHeartRateBpm, Value(e, "min_hr"), "min_hr");
            AssertRelative(r.SdHeartRateBpm, Value(e, "std_hr"), "std_hr");
        }
    }

    [Test]
    public void HrvAnalysis_PnniAsPercent_MatchesItsLaterTestWithSuccessiveDifferences()
    {
        var e = Expected("hrv-analysis", "get_time_domain_features_pnni_as_percent_true");
        var options = HrvOptions.HrvAnalysis.TimeDomain with { PnnDenominator = PnnDenominator.SuccessiveDifferences };
        var r = TimeDomainAnalysis.Compute(HrvAnalysisInput(), options);
        using (Assert.EnterMultipleScope())
        {
            AssertRelative(r.Pnn50Percent, Value(e, "pnni_50"), "pnni_50");
            AssertRelative(r.Pnn20Percent, Value(e, "pnni_20"), "pnni_20");
        }
    }

    [Test]
    public void HrvAnalysis_GeometricalFeatures_TriangularIndexMatchesItsTestSuite()
    {
        var e = Expected("hrv-analysis", "get_geometrical_features");
        var r = TimeDomainAnalysis.Compute(HrvAnalysisInput(), HrvOptions.HrvAnalysis.TimeDomain);
        AssertRelative(r.TriangularIndex, Value(e, "triangular_index"), "triangular_index");
    }

    [Test]
    public void HrvAnalysis_PoincareAndCsiCvi_MatchItsTestSuite()
    {
        var p = Expected("hrv-analysis", "get_poincare_plot_features");
        var c = Expected("hrv-analysis", "get_csi_cvi_features");
        var o = HrvOptions.HrvAnalysis.Nonlinear;
        var r = NonlinearAnalysis.Poincare(HrvAnalysisInput(), default, o.PoincareMethod, o.PoincareEstimator);
        using (Assert.EnterMultipleScope())
        {
            AssertRelative(r.Sd1Ms, Value(p, "sd1"), "sd1");
            AssertRelative(r.Sd2Ms, Value(p, "sd2"), "sd2");
            AssertRelative(r.Sd2Ms / r.Sd1Ms, Value(p, "ratio_sd2_sd1"), "ratio_sd2_sd1");
            AssertRelative(r.Csi, Value(c, "csi"), "csi");
            AssertRelative(r.Cvi, Value(c, "cvi"), "cvi");
            AssertRelative(r.CsiModified, Value(c, "Modified_csi"), "Modified_csi");
        }
    }

    [Test]
    public void HrvAnalysis_Preset_PoincareThroughTheFullAnalysisEqualsTheDirectCall()
    {
        var rr = HrvAnalysisInput();
        var full = HrvAnalysis.Compute(RrIntervals.FromMilliseconds(rr), HrvOptions.HrvAnalysis with { Domains = HrvDomains.Nonlinear });
        var p = Expected("hrv-analysis", "get_poincare_plot_features");
        AssertRelative(full.Nonlinear!.Poincare.Sd2Ms, Value(p, "sd2"), "sd2");
    }

    [Test]
    public void HrvAnalysis_Sampen_MatchesItsTestSuite()
    {
        var e = Expected("hrv-analysis", "get_sampen");
        var r = NonlinearAnalysis.Compute(HrvAnalysisInput(), HrvOptions.HrvAnalysis.Nonlinear);
        AssertRelative(r.Entropy.SampleEntropy, Value(e, "sampen"), "sampen");
    }

    [Test]
    public void PyHrv_TimeDomain_MatchesItsSampleReport()
    {
        var e = Expected("pyhrv", "time_domain");
        var r = TimeDomainAnalysis.Compute(PyHrvInput(), HrvOptions.PyHrv.TimeDomain);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(r.IntervalCount, Is.EqualTo(e.GetProperty("nni_counter").GetInt32()));
            AssertPrinted(r.MeanNnMs, Value(e, "nni_mean"), 3, "nni_mean");
            AssertPrinted(r.MinNnMs, Value(e, "nni_min"), 3, "nni_min");
            AssertPrinted(r.MaxNnMs, Value(e, "nni_max"), 3, "nni_max");
            AssertPrinted(r.MeanHeartRateBpm, Value(e, "hr_mean"), 3, "hr_mean");
            AssertPrinted(r.MinHeartRateBpm, Value(e, "hr_min"), 3, "hr_min");
            AssertPrinted(r.MaxHeartRateBpm, Value(e, "hr_max"), 3, "hr_max");
            AssertPrinted(r.SdHeartRateBpm, Value(e, "hr_std"), 3, "hr_std");
            AssertPrinted(r.SdnnMs, Value(e, "sdnn"), 3, "sdnn");
            AssertPrinted(r.SdsdMs, Value(e, "sdsd"), 3, "sdsd");
            AssertPrinted(r.RmssdMs, Value(e, "rmssd"), 3, "rmssd");
            AssertPrinted(r.Pnn50Percent, Value(e, "pnn50"), 3, "pnn50");
            AssertPrinted(r.Pnn20Percent, Value(e, "pnn20"), 3, "pnn20");
            AssertPrinted(r.Pnn50Percent * r.DifferenceCount / 100, Value(e, "nn50"), 9, "nn50");
            AssertPrinted(r.Pnn20Percent * r.DifferenceCount / 100, Value(e, "nn20"), 9, "nn20");
            AssertPrinted(r.TriangularIndex, Value(e, "tri_index"), 3, "tri_index");
        }
    }

    [Test]
    public void PyHrv_WelchPsd_MatchesItsSampleReport()
    {
        var e = Expected("pyhrv", "welch_psd");
        var r = FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds(PyHrvInput()), HrvOptions.PyHrv.FrequencyDomain);
        using (Assert.EnterMultipleScope())
        {
            AssertPrinted(r.VlfPeakHz, Value(e, "fft_peak", "vlf"), 6, "vlf peak");
            AssertPrinted(r.LfPeakHz, Value(e, "fft_peak", "lf"), 6, "lf peak");
            AssertPrinted(r.HfPeakHz, Value(e, "fft_peak", "hf"), 6, "hf peak");
            AssertPrinted(r.VlfPowerMs2, Value(e, "fft_abs", "vlf"), 6, "vlf");
            AssertPrinted(r.LfPowerMs2, Value(e, "fft_abs", "lf"), 6, "lf");
            AssertPrinted(r.HfPowerMs2, Value(e, "fft_abs", "hf"), 6, "hf");
            AssertPrinted(r.LnVlfPowerMs2, Value(e, "fft_log", "vlf"), 6, "ln vlf");
            AssertPrinted(r.LnLfPowerMs2, Value(e, "fft_log", "lf"), 6, "ln lf");
            AssertPrinted(r.LnHfPowerMs2, Value(e, "fft_log", "hf"), 6, "ln hf");
            AssertPrinted(r.VlfPercent, Value(e, "fft_rel", "vlf"), 6, "vlf %");
            AssertPrinted(r.LfPercent, Value(e, "fft_rel", "lf"), 6, "lf %");
            AssertPrinted(r.HfPercent, Value(e, "fft_rel", "hf"), 6, "hf %");
            AssertPrinted(r.LfNu, Value(e, "fft_norm", "lf"), 6, "lf nu");
            AssertPrinted(r.HfNu, Value(e, "fft_norm", "hf"), 6, "hf nu");
            AssertPrinted(r.TotalPowerMs2, Value(e, "fft_total"), 3, "total");
            AssertPrinted(r.LfHfRatio, Value(e, "fft_ratio"), 3, "lf/hf");
        }
    }

    [Test]
    public void PyHrv_Poincare_MatchesItsSampleReport()
    {
        var e = Expected("pyhrv", "nonlinear");
        var o = HrvOptions.PyHrv.Nonlinear;
        var r = NonlinearAnalysis.Poincare(PyHrvInput(), default, o.PoincareMethod, o.PoincareEstimator);
        using (Assert.EnterMultipleScope())
        {
            AssertPrinted(r.Sd1Ms, Value(e, "sd1"), 3, "sd1");
            AssertPrinted(r.Sd2Ms, Value(e, "sd2"), 3, "sd2");
            AssertPrinted(r.Sd2Ms / r.Sd1Ms, Value(e, "sd_ratio"), 3, "sd_ratio");
            AssertPrinted(r.AreaMs2, Value(e, "ellipse_area"), 3, "ellipse_area");
        }
    }

    [Test]
    public void PyHrv_SampleEntropy_MatchesItsSampleReport()
    {
        var e = Expected("pyhrv", "nonlinear");
        var r = NonlinearAnalysis.Compute(PyHrvInput(), HrvOptions.PyHrv.Nonlinear);
        AssertPrinted(r.Entropy.SampleEntropy, Value(e, "sampen"), 3, "sampen");
    }

    [Test]
    public void PyHrv_DfaAlpha1_MatchesItsSampleReport()
    {
        // nolds.dfa(nn, range(4, 17), overlap=False) with nolds' default fit_exp="RANSAC": every point of the
        // least-squares line over these 13 box sizes lies within RANSAC's residual threshold (the MAD of log F(n)),
        // so RANSAC's final refit over its inliers is this least-squares line. α2 is not checked: there RANSAC drops
        // points at random (docs/presets.md).
        var e = Expected("pyhrv", "nonlinear");
        var r = NonlinearAnalysis.Dfa(PyHrvInput(), HrvOptions.PyHrv.Nonlinear);
        var x = r.Alpha1.BoxSizes.Select(n => Math.Log((double)n)).ToArray();
        var y = r.Alpha1.FluctuationsMs.Select(f => Math.Log(f)).ToArray();
        double mx = x.Average(), my = y.Average();
        var slope = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
        var worst = x.Zip(y, (a, b) => Math.Abs(b - my - (slope * (a - mx)))).Max();
        var median = Median(y);
        var mad = Median(y.Select(v => Math.Abs(v - median)).ToArray());
        using (Assert.EnterMultipleScope())
        {
            AssertPrinted(r.Alpha1.Alpha, Value(e, "dfa_alpha1"), 3, "alpha1");
            Assert.That(r.Alpha1.BoxSizes, Is.EqualTo(Enumerable.Range(4, 13)), "box sizes 4..16");
            Assert.That(worst, Is.LessThan(mad), "largest least-squares residual within RANSAC's threshold");
        }
    }

    private static double Median(double[] v)
    {
        var s = v.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    // np.isclose(actual, expected): |actual − expected| ≤ 1e-8 + 1e-5·|expected|.
    private static void AssertNpIsClose(double actual, double expected, string what) =>
        Assert.That(actual, Is.EqualTo(expected).Within(1e-8 + (1e-5 * Math.Abs(expected))), what);

    private static double[] SystoleInput() => ReadColumn(Fixture("systole", "rr.txt"), 1);

    [Test]
    public void Systole_TimeDomain_MatchesItsTestSuite()
    {
        var t = Expected("systole", "time_domain");
        var r = TimeDomainAnalysis.Compute(SystoleInput(), HrvOptions.Systole.TimeDomain);
        using (Assert.EnterMultipleScope())
        {
            AssertNpIsClose(r.MeanNnMs, Value(t, "MeanRR"), "MeanRR");
            AssertNpIsClose(r.MeanHeartRateBpm, Value(t, "MeanBPM"), "MeanBPM");
            AssertNpIsClose(r.SdnnMs, Value(t, "SDNN"), "SDNN");
            AssertNpIsClose(r.Pnn50Percent * r.DifferenceCount / 100, Value(t, "nn50"), "nn50");
            AssertNpIsClose(r.Pnn50Percent, Value(t, "pnn50"), "pnn50");
            AssertNpIsClose(r.RmssdMs, Value(t, "RMSSD"), "RMSSD");
            Assert.That(Math.Round(r.Pnn50Percent * r.DifferenceCount / 100), Is.EqualTo(Expected("systole", "nnX").GetDouble()), "nnX");
            Assert.That(Math.Round(r.Pnn50Percent, 2), Is.EqualTo(Expected("systole", "pnnX_rounded_2").GetDouble()), "round(pnnX, 2)");
            Assert.That(Math.Round(r.RmssdMs, 2), Is.EqualTo(Expected("systole", "rmssd_rounded_2").GetDouble()), "round(rmssd, 2)");
        }
    }

    [Test]
    public void Systole_FrequencyDomain_MatchesItsTestSuite()
    {
        var f = Expected("systole", "frequency_domain");
        var r = FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds(SystoleInput()), HrvOptions.Systole.FrequencyDomain);
        // systole.hrv.frequency_domain returns the peak frequencies as round(f, 6); the powers unrounded.
        using (Assert.EnterMultipleScope())
        {
            AssertNpIsClose(Math.Round(r.VlfPeakHz, 6), Value(f, "vlf_peak"), "vlf_peak");
            AssertNpIsClose(r.VlfPowerMs2, Value(f, "vlf_power"), "vlf_power");
            AssertNpIsClose(r.VlfPercent, Value(f, "vlf_power_per"), "vlf_power_per");
            AssertNpIsClose(Math.Round(r.LfPeakHz, 6), Value(f, "lf_peak"), "lf_peak");
            AssertNpIsClose(r.LfPowerMs2, Value(f, "lf_power"), "lf_power");
            AssertNpIsClose(r.LfPercent, Value(f, "lf_power_per"), "lf_power_per");
            AssertNpIsClose(r.LfNu, Value(f, "lf_power_nu"), "lf_power_nu");
            AssertNpIsClose(Math.Round(r.HfPeakHz, 6), Value(f, "hf_peak"), "hf_peak");
            AssertNpIsClose(r.HfPowerMs2, Value(f, "hf_power"), "hf_power");
            AssertNpIsClose(r.HfPercent, Value(f, "hf_power_per"), "hf_power_per");
            AssertNpIsClose(r.HfNu, Value(f, "hf_power_nu"), "hf_power_nu");
            AssertNpIsClose(r.TotalPowerMs2, Value(f, "total_power"), "total_power");
            AssertNpIsClose(r.LfHfRatio, Value(f, "lf_hf_ratio"), "lf_hf_ratio");
        }
    }

    [Test]
    public void Systole_Poincare_MatchesItsTestSuite()
    {
        var p = Expected("systole", "poincare");
        var o = HrvOptions.Systole.Nonlinear;
        var r = NonlinearAnalysis.Poincare(SystoleInput(), default, o.PoincareMethod, o.PoincareEstimator);
        using (Assert.EnterMultipleScope())
        {
            AssertNpIsClose(r.Sd1Ms, Value(p, "sd1"), "sd1");
            AssertNpIsClose(r.Sd2Ms, Value(p, "sd2"), "sd2");
        }
    }

    [Test]
    public void Systole_Preset_FullAnalysisEqualsTheDirectCalls()
    {
        var rr = SystoleInput();
        var full = HrvAnalysis.Compute(RrIntervals.FromMilliseconds(rr), HrvOptions.Systole);
        var f = Expected("systole", "frequency_domain");
        var p = Expected("systole", "poincare");
        using (Assert.EnterMultipleScope())
        {
            AssertNpIsClose(full.TimeDomain!.SdnnMs, Value(Expected("systole", "time_domain"), "SDNN"), "SDNN");
            AssertNpIsClose(full.FrequencyDomain!.LfPowerMs2, Value(f, "lf_power"), "lf_power");
            AssertNpIsClose(full.FrequencyDomain.HfPowerMs2, Value(f, "hf_power"), "hf_power");
            AssertNpIsClose(full.Nonlinear!.Poincare.Sd1Ms, Value(p, "sd1"), "sd1");
        }
    }
}
