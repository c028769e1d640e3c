using HrResponse.Internal;

namespace HrResponse.Exercise;

/// <summary>The built-in age-predicted maximal heart-rate equations and a factory for custom ones.</summary>
public static class MaxHeartRateEquations
{
    /// <summary>Fox 1971: <c>220 − age</c>.</summary>
    public static IMaxHeartRateEquation Fox { get; } = new Linear(
        "Fox", 220, 1.0,
        "Fox SM, Naughton JP, Haskell WL. Physical activity and the prevention of coronary heart disease. Ann Clin Res 1971;3:404–432.");

    /// <summary>Tanaka 2001: <c>208 − 0.7·age</c>.</summary>
    public static IMaxHeartRateEquation Tanaka { get; } = new Linear(
        "Tanaka", 208, 0.7,
        "Tanaka H, Monahan KD, Seals DR. Age-predicted maximal heart rate revisited. J Am Coll Cardiol 2001;37:153–156.");

    /// <summary>Gellish 2007: <c>207 − 0.7·age</c>.</summary>
    public static IMaxHeartRateEquation Gellish { get; } = new Linear(
        "Gellish", 207, 0.7,
        "Gellish RL, Goslin BR, Olson RE, McDonald A, Russi GD, Moudgil VK. Longitudinal modeling of the relationship between age and maximal heart rate. Med Sci Sports Exerc 2007;39:822–829.");

    /// <summary>Gulati 2010 (women): <c>206 − 0.88·age</c>.</summary>
    public static IMaxHeartRateEquation Gulati { get; } = new Linear(
        "Gulati", 206, 0.88,
        "Gulati M, Shaw LJ, Thisted RA, Black HR, Bairey Merz CN, Arnsdorf MF. Heart rate response to exercise stress testing in asymptomatic women: the St. James Women Take Heart Project. Circulation 2010;122:130–137.");

    /// <summary>Nes 2013: <c>211 − 0.64·age</c>.</summary>
    public static IMaxHeartRateEquation Nes { get; } = new Linear(
        "Nes", 211, 0.64,
        "Nes BM, Janszky I, Wisløff U, Støylen A, Karlsen T. Age-predicted maximal heart rate in healthy subjects: the HUNT Fitness Study. Scand J Med Sci Sports 2013;23:697–704.");

    /// <summary>Sydó 2014: men <c>220 − 0.95·age</c>, women <c>210 − 0.79·age</c>; NaN when sex is unknown.</summary>
    public static IMaxHeartRateEquation Sydo { get; } = new SydoEquation();

    /// <summary>The implementation of a built-in equation.</summary>
    /// <param name="equation">Which equation.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="MaxHeartRateEquation"/> value.</exception>
    public static IMaxHeartRateEquation Get(MaxHeartRateEquation equation) => equation switch
    {
        MaxHeartRateEquation.Fox => Fox,
        MaxHeartRateEquation.Tanaka => Tanaka,
        MaxHeartRateEquation.Gellish => Gellish,
        MaxHeartRateEquation.Gulati => Gulati,
        MaxHeartRateEquation.Nes => Nes,
        MaxHeartRateEquation.Sydo => Sydo,
        _ => throw new ArgumentOutOfRangeException(nameof(equation), equation, $"Not a defined MaxHeartRateEquation; it is {(int)equation}."),
    };

    /// <summary>A custom equation from a delegate.</summary>
    /// <param name="name">Short name shown in reports; not empty.</param>
    /// <param name="formula">The formula as text; not empty.</param>
    /// <param name="citation">Where the equation comes from; not empty.</param>
    /// <param name="predictBpm">Age in years and sex (or <c>null</c>) to predicted maximal heart rate in bpm (NaN when not applicable).</param>
    /// <exception cref="ArgumentException">A text is empty or the delegate is null.</exception>
    public static IMaxHeartRateEquation Custom(string name, string formula, string citation, Func<double, Sex?, double> predictBpm)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(formula);
        ArgumentException.ThrowIfNullOrWhiteSpace(citation);
        ArgumentNullException.ThrowIfNull(predictBpm);
        return new DelegateEquation(name, formula, citation, predictBpm);
    }

    private static void CheckAge(double ageYears) => Guard.InRange(ageYears, 0, 130, nameof(ageYears));

    private sealed class Linear(string name, double intercept, double slope, string citation) : IMaxHeartRateEquation
    {
        public string Name => name;

        public string Formula { get; } = FormattableString.Invariant($"{intercept} − {(slope == 1 ? string.Empty : FormattableString.Invariant($"{slope}·"))}age");

        public string Citation => citation;

        public double PredictBpm(double ageYears, Sex? sex)
        {
            CheckAge(ageYears);
            return intercept - (slope * ageYears);
        }
    }

    private sealed class SydoEquation : IMaxHeartRateEquation
    {
        public string Name => "Sydo";

        public string Formula => "men 220 − 0.95·age; women 210 − 0.79·age";

        public string Citation =>
            "Sydó N, Abdelmoneim SS, Mulvagh SL, Merkely B, Gulati M, Allison TG. Relationship between exercise heart rate and age in men vs women. Mayo Clin Proc 2014;89:1664–1672.";

        public double PredictBpm(double ageYears, Sex? sex)
        {
            CheckAge(ageYears);
            return sex switch
            {
                Sex.Male => 220 - (0.95 * ageYears),
                Sex.Female => 210 - (0.79 * ageYears),
                _ => double.NaN,
            };
        }
    }

    private sealed class DelegateEquation(string name, string formula, string citation, Func<double, Sex?, double> predict)
        : IMaxHeartRateEquation
    {
        public string Name => name;

        public string Formula => formula;

        public string Citation => citation;

        public double PredictBpm(double ageYears, Sex? sex)
        {
            CheckAge(ageYears);
            return predict(ageYears, sex);
        }
    }
}
