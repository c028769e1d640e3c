using HrResponse.Exercise;
using NUnit.Framework;

namespace HrResponse.Tests.Exercise;

public class MaxHeartRateEquationsTests
{
    [TestCase(MaxHeartRateEquation.Fox, 40, null, 180.0)]
    [TestCase(MaxHeartRateEquation.Tanaka, 40, null, 180.0)]
    [TestCase(MaxHeartRateEquation.Gellish, 40, null, 179.0)]
    [TestCase(MaxHeartRateEquation.Gulati, 40, Sex.Female, 170.8)]
    [TestCase(MaxHeartRateEquation.Nes, 40, null, 185.4)]
    [TestCase(MaxHeartRateEquation.Sydo, 40, Sex.Male, 182.0)]
    [TestCase(MaxHeartRateEquation.Sydo, 40, Sex.Female, 178.4)]
    [TestCase(MaxHeartRateEquation.Fox, 15, null, 205.0)]
    [TestCase(MaxHeartRateEquation.Tanaka, 70, null, 159.0)]
    public void PredictBpm_HandComputed_MatchesFormula(MaxHeartRateEquation equation, double age, Sex? sex, double expected)
    {
        Assert.That(MaxHeartRateEquations.Get(equation).PredictBpm(age, sex), Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void PredictBpm_SydoWithoutSex_IsNaN()
    {
        Assert.That(MaxHeartRateEquations.Sydo.PredictBpm(50, null), Is.NaN);
    }

    [Test]
    public void Get_EveryBuiltIn_HasNameFormulaAndCitation()
    {
        foreach (var e in Enum.GetValues<MaxHeartRateEquation>())
        {
            var eq = MaxHeartRateEquations.Get(e);
            Assert.That(eq.Name, Is.EqualTo(e.ToString()));
            Assert.That(eq.Formula, Does.Contain("age"));
            Assert.That(eq.Citation, Does.Match(@"(19|20)\d\d"));
        }
    }

    [Test]
    public void Get_UndefinedValue_Throws()
    {
        Assert.That(() => MaxHeartRateEquations.Get((MaxHeartRateEquation)99), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void PredictBpm_AgeOutOfRange_ThrowsNamingValue()
    {
        Assert.That(() => MaxHeartRateEquations.Fox.PredictBpm(-3, null),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("-3"));
    }

    [Test]
    public void Custom_Delegate_IsUsedWithItsCitation()
    {
        var eq = MaxHeartRateEquations.Custom("Inbar", "205.8 − 0.685·age", "Inbar O, et al. 1994", (age, _) => 205.8 - (0.685 * age));
        Assert.That(eq.PredictBpm(20, null), Is.EqualTo(192.1).Within(1e-9));
        Assert.That(eq.Citation, Is.EqualTo("Inbar O, et al. 1994"));
    }

    [Test]
    public void Fox_Formula_IsReadable()
    {
        Assert.That(MaxHeartRateEquations.Fox.Formula, Is.EqualTo("220 − age"));
        Assert.That(MaxHeartRateEquations.Tanaka.Formula, Is.EqualTo("208 − 0.7·age"));
    }
}
