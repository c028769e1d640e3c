using System.Globalization;
using System.Text;
using HrResponse.Ecg;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Reporting;
using HrResponse.Tests.Ecg;
using HrResponse.Tests.Hrv;
using NUnit.Framework;

namespace HrResponse.Tests.Docs;

/// <summary>
/// The agreement tables of docs/validation.md are computed here, each time the tests run: NeuroKit2 0.2.12 on the
/// reference recordings, the Cleveland Clinic cohort and the MIT-BIH record 100 R peaks. (The ACTES results and the
/// artifact-injection tables on the same page are checked by <c>ActesResultsTableTests</c> and
/// <c>ArtifactInjectionTests</c>.) A test fails when the page differs from what the code computes now.
/// </summary>
public class ValidationPageTests
{
    private const string Page = "validation.md";

    private static readonly string[] Frequency = ["HRV_VLF", "HRV_LF", "HRV_HF", "HRV_TP", "HRV_LFHF", "HRV_LFn", "HRV_HFn", "HRV_LnHF"];

    private static readonly string[] Poincare =
    [
        "HRV_SD1", "HRV_SD2", "HRV_SD1SD2", "HRV_S", "HRV_CSI", "HRV_CVI", "HRV_CSI_Modified", "HRV_PIP", "HRV_IALS",
        "HRV_PSS", "HRV_PAS", "HRV_GI", "HRV_SI", "HRV_AI", "HRV_PI",
    ];

    private static readonly string[] Entropies = ["HRV_ApEn", "HRV_SampEn", "HRV_ShanEn", "HRV_FuzzyEn", "HRV_MSEn", "HRV_CMSEn", "HRV_RCMSEn"];

    [Test]
    public void NeuroKit2Table_IsWhatTheCodeComputes()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| recording | intervals | time domain | Welch | Lomb | Poincaré, asymmetry | entropies | DFA α1 (absolute) |");
        sb.AppendLine("|---|---:|---|---|---|---|---|---|");
        foreach (var name in NonlinearReferenceData.Files)
        {
            var rr = NonlinearReferenceData.ReadRr(name);
            var reference = SharedData.Reference(name + ".json");
            var intervals = RrIntervals.FromMilliseconds(rr);
            var time = TimeDomainAnalysis.Compute(rr, TimeDomainOptions.NeuroKit2).ToIndexTable();
            var welch = FrequencyDomainAnalysis.Compute(intervals, FrequencyDomainOptions.NeuroKit2).ToIndexTable();
            var lomb = FrequencyDomainAnalysis.Compute(intervals, FrequencyDomainOptions.NeuroKit2 with { Method = PsdMethod.Lomb }).ToIndexTable();
            var nonlinear = NonlinearAnalysis.Compute(intervals, NonlinearOptions.NeuroKit2).ToIndexTable();
            var nkTime = ReferenceFiles.ReadIndices(reference, "hrv_time");
            var nkNonlinear = NonlinearReferenceData.ReadNonlinear(name);
            var timeNames = nkTime.Keys.ToArray();
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name.Replace("__", "/", StringComparison.Ordinal)} | {rr.Length} | {Bound(MaxRelative(time, nkTime, timeNames))} | " +
                $"{Bound(MaxRelative(welch, ReferenceFiles.ReadIndices(reference, "hrv_frequency_default"), Frequency))} | " +
                $"{Bound(MaxRelative(lomb, ReferenceFiles.ReadIndices(reference, "hrv_frequency_lomb"), Frequency))} | " +
                $"{Bound(MaxRelative(nonlinear, Nullable(nkNonlinear), Poincare))} | {Bound(MaxRelative(nonlinear, Nullable(nkNonlinear), Entropies))} | " +
                $"{Math.Abs(nonlinear["HRV_DFA_alpha1"] - nkNonlinear["HRV_DFA_alpha1"]):0.0000} |"));
        }

        DocsPage.AssertContains(Page, sb.ToString(), "validation-neurokit2.md");
    }

    [Test]
    public void ClevelandTable_IsWhatTheCodeComputes()
    {
        var columns = new CohortCsvColumns { Rest = "heart_ra", Peak = "peak_hr", Hrr60 = "hrrecov", Age = "age", Sex = "gender", BetaBlocker = "betablok" };
        var output = new StringWriter(CultureInfo.InvariantCulture);
        using (var input = new StreamReader(SharedData.Data("cleveland-hrr", "hrrecov.csv")))
            CohortCsv.Process(input, output, columns, new CohortOptions { Equation = MaxHeartRateEquation.Fox }, "hrrecov.csv");
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        int Col(string n) => Array.IndexOf(header, n);
        int abnormal = Col("HRR_60s_Abnormal"), lowrec = Col("lowrec"), incompetent = Col("CHRONO_Incompetent"), hrr = Col("HRR_60s"), given = Col("hrrecov");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        var sb = new StringBuilder();
        sb.AppendLine("| tests | HRR_60s = dataset's hrrecov | HRR_60s_Abnormal = dataset's lowrec | HRR_60s_Abnormal = 1 | CHRONO_Incompetent = 1 |");
        sb.AppendLine("|---:|---:|---:|---:|---:|");
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| {rows.Count} | {rows.Count(r => r[hrr] == r[given] || double.Parse(r[hrr], CultureInfo.InvariantCulture) == double.Parse(r[given], CultureInfo.InvariantCulture))} | " +
            $"{rows.Count(r => r[abnormal] == r[lowrec])} | {rows.Count(r => r[abnormal] == "1")} | {rows.Count(r => r[incompetent] == "1")} |"));
        DocsPage.AssertContains(Page, sb.ToString(), "validation-cleveland.md");
    }

    [Test]
    public void MitBihTable_IsWhatTheCodeComputes()
    {
        var ecg = EcgTestData.Load("mitdb", "100_mlii.csv");
        var reference = EcgTestData.MitdbBeatSamples();
        var tolerance = (int)Math.Round(0.150 * ecg.SamplingRateHz);
        var sb = new StringBuilder();
        sb.AppendLine("| detector | TP | FN | FP | Se | +P |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var detector in Enum.GetValues<RPeakDetector>())
        {
            var result = RPeakDetection.Detect(ecg, new RPeakOptions { Detector = detector });
            var (tp, fn, fp) = EcgTestData.Match(reference, result.PeakSamples, tolerance);
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {detector} | {tp} | {fn} | {fp} | {100.0 * tp / (tp + fn):0.00} % | {100.0 * tp / (tp + fp):0.00} % |"));
        }

        DocsPage.AssertContains(Page, sb.ToString(), "validation-mitbih.md");
    }

    /// <summary>
    /// An upper bound by decade, stable across machines and kernels: "&lt; 1e-12" for anything at rounding level (the
    /// last bits move with the FFT plan, the CPU's vector width and summation order), else "&lt; 1e-N".
    /// </summary>
    private static string Bound(double relative) => relative switch
    {
        double.NaN => "n/a",
        < 1e-12 => "< 1e-12",
        _ => string.Create(CultureInfo.InvariantCulture, $"< 1e{Math.Ceiling(Math.Log10(relative)):0}"),
    };

    /// <summary>The largest relative difference over the named indices; NaN on both sides counts as equal, NaN on one side as 1.</summary>
    private static double MaxRelative(IReadOnlyDictionary<string, double> ours, Dictionary<string, double?> theirs, IEnumerable<string> names)
    {
        var max = 0.0;
        foreach (var name in names)
        {
            if (!theirs.TryGetValue(name, out var want) || !ours.TryGetValue(name, out var got)) continue;
            if (want is null || double.IsNaN(want.Value))
            {
                if (!double.IsNaN(got)) max = Math.Max(max, 1);
                continue;
            }

            var diff = Math.Abs(got - want.Value);
            max = Math.Max(max, want.Value == 0 ? diff : diff / Math.Abs(want.Value));
        }

        return max;
    }

    private static Dictionary<string, double?> Nullable(Dictionary<string, double> values) =>
        values.ToDictionary(p => p.Key, p => double.IsNaN(p.Value) ? null : (double?)p.Value);
}
