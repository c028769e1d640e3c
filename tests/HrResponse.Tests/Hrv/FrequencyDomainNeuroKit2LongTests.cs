using HrResponse.Hrv;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// The NeuroKit2 preset on the 24-h reference recordings. Same 1 % rule as <see cref="FrequencyDomainNeuroKit2Tests"/>,
/// but at NeuroKit2's 100 Hz a 24-h series has ~8 million samples and Welch segments of half of it: each case takes
/// tens of seconds and ~1 GB, too much for the regular suite. Run on demand:
/// <c>dotnet test --filter FullyQualifiedName~FrequencyDomainNeuroKit2LongTests</c>.
/// </summary>
[Explicit("24-h recordings at NeuroKit2's 100 Hz: tens of seconds each; run on demand.")]
public class FrequencyDomainNeuroKit2LongTests
{
    public static IEnumerable<TestCaseData> DayLongRecordings()
    {
        yield return new TestCaseData("nsr2db", "nsr001").SetArgDisplayNames("nsr2db/nsr001");
        yield return new TestCaseData("nsr2db", "nsr002").SetArgDisplayNames("nsr2db/nsr002");
        foreach (var stem in new[] { "000", "003", "005", "006" })
            yield return new TestCaseData("rr-interval-healthy-subjects", stem).SetArgDisplayNames($"rr-interval-healthy-subjects/{stem}");
    }

    [TestCaseSource(nameof(DayLongRecordings))]
    public void Compute_NeuroKit2PresetWelch_MatchesNeuroKit2Default(string dataset, string stem) =>
        FrequencyDomainNeuroKit2Tests.AssertMatches(dataset, stem, "hrv_frequency_default", FrequencyDomainOptions.NeuroKit2);

    [TestCaseSource(nameof(DayLongRecordings))]
    public void Compute_NeuroKit2PresetLomb_MatchesNeuroKit2Lomb(string dataset, string stem) =>
        FrequencyDomainNeuroKit2Tests.AssertMatches(dataset, stem, "hrv_frequency_lomb", FrequencyDomainOptions.NeuroKit2 with { Method = PsdMethod.Lomb });

    [TestCaseSource(nameof(DayLongRecordings))]
    public void Compute_NeuroKit2PresetWelchUnnormalized_MatchesNeuroKit2NormalizeFalse(string dataset, string stem) =>
        FrequencyDomainNeuroKit2Tests.AssertMatches(dataset, stem, "hrv_frequency_welch_unnormalized",
            FrequencyDomainOptions.NeuroKit2 with { Normalization = SpectrumNormalization.None });
}
