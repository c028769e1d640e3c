using HrResponse.Hrv;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// The NeuroKit2 preset against NeuroKit2 0.2.12's own output (../shared/reference), within 1 % relative.
/// 24-h files are not in this list: at NeuroKit2's 100 Hz they need multi-million-point FFTs, too slow for the suite
/// (see FrequencyDomainNeuroKit2LongTests).
/// </summary>
public class FrequencyDomainNeuroKit2Tests
{
    private static readonly string[] Compared = ["HRV_VLF", "HRV_LF", "HRV_HF", "HRV_TP", "HRV_LFHF", "HRV_LFn", "HRV_HFn", "HRV_LnHF"];

    public static IEnumerable<TestCaseData> ShortRecordings()
    {
        foreach (var stem in new[] { "nsr006_5min", "nsr007_5min", "nsr008_5min", "nsr009_5min", "nsr010_5min" })
            yield return new TestCaseData("nsr2db_5min", stem).SetArgDisplayNames($"nsr2db_5min/{stem}");
        for (var i = 1; i <= 10; i++)
        {
            var stem = $"subject_{i:00}";
            yield return new TestCaseData("welltory_polar_h10", stem).SetArgDisplayNames($"welltory_polar_h10/{stem}");
        }
    }

    [TestCaseSource(nameof(ShortRecordings))]
    public void Compute_NeuroKit2PresetWelch_MatchesNeuroKit2Default(string dataset, string stem) =>
        AssertMatches(dataset, stem, "hrv_frequency_default", FrequencyDomainOptions.NeuroKit2);

    [TestCaseSource(nameof(ShortRecordings))]
    public void Compute_NeuroKit2PresetWelchUnnormalized_MatchesNeuroKit2NormalizeFalse(string dataset, string stem) =>
        AssertMatches(dataset, stem, "hrv_frequency_welch_unnormalized",
            FrequencyDomainOptions.NeuroKit2 with { Normalization = SpectrumNormalization.None });

    [TestCaseSource(nameof(ShortRecordings))]
    public void Compute_NeuroKit2PresetLomb_MatchesNeuroKit2Lomb(string dataset, string stem) =>
        AssertMatches(dataset, stem, "hrv_frequency_lomb", FrequencyDomainOptions.NeuroKit2 with { Method = PsdMethod.Lomb });

    [TestCaseSource(nameof(ShortRecordings))]
    public void Compute_NeuroKit2PresetLombUnnormalized_MatchesNeuroKit2LombNormalizeFalse(string dataset, string stem) =>
        AssertMatches(dataset, stem, "hrv_frequency_lomb_unnormalized",
            FrequencyDomainOptions.NeuroKit2 with { Method = PsdMethod.Lomb, Normalization = SpectrumNormalization.None });

    internal static void AssertMatches(string dataset, string stem, string block, FrequencyDomainOptions options)
    {
        var rrMs = ReferenceFiles.ReadRrMs(SharedData.Data(dataset, stem + ".csv"));
        var expected = ReferenceFiles.ReadIndices(SharedData.Reference($"{dataset}__{stem}.json"), block);
        var table = FrequencyDomainAnalysis.Compute(RrIntervals.FromMilliseconds(rrMs), options).ToIndexTable();
        Assert.Multiple(() =>
        {
            foreach (var name in Compared.Append("HRV_ULF").Append("HRV_VHF"))
            {
                var want = expected[name];
                if (want is null)
                {
                    Assert.That(table[name], Is.NaN, name);
                }
                else if (Compared.Contains(name))
                {
                    Assert.That(table[name], Is.EqualTo(want.Value).Within(1).Percent, name);
                }
            }
        });
    }
}
