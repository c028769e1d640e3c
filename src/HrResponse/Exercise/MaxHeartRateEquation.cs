namespace HrResponse.Exercise;

/// <summary>
/// Built-in equations for the age-predicted maximal heart rate. Each value's documentation gives the formula and its
/// source; <see cref="MaxHeartRateEquations.Get(MaxHeartRateEquation)"/> returns the implementation with its citation.
/// </summary>
public enum MaxHeartRateEquation
{
    /// <summary>
    /// Fox: <c>220 − age</c> bpm. Fox SM, Naughton JP, Haskell WL. Physical activity and the prevention of coronary
    /// heart disease. Ann Clin Res 1971;3:404–432.
    /// </summary>
    Fox,

    /// <summary>
    /// Tanaka: <c>208 − 0.7·age</c> bpm. Tanaka H, Monahan KD, Seals DR. Age-predicted maximal heart rate revisited.
    /// J Am Coll Cardiol 2001;37:153–156.
    /// </summary>
    Tanaka,

    /// <summary>
    /// Gellish: <c>207 − 0.7·age</c> bpm. Gellish RL, Goslin BR, Olson RE, et al. Longitudinal modeling of the
    /// relationship between age and maximal heart rate. Med Sci Sports Exerc 2007;39:822–829.
    /// </summary>
    Gellish,

    /// <summary>
    /// Gulati (women): <c>206 − 0.88·age</c> bpm. Gulati M, Shaw LJ, Thisted RA, et al. Heart rate response to exercise
    /// stress testing in asymptomatic women: the St. James Women Take Heart Project. Circulation 2010;122:130–137.
    /// Derived in women; applied to a man it still gives a value, and the report says so.
    /// </summary>
    Gulati,

    /// <summary>
    /// Nes: <c>211 − 0.64·age</c> bpm. Nes BM, Janszky I, Wisløff U, Støylen A, Karlsen T. Age-predicted maximal heart
    /// rate in healthy subjects: the HUNT Fitness Study. Scand J Med Sci Sports 2013;23:697–704.
    /// </summary>
    Nes,

    /// <summary>
    /// Sydó, by sex: men <c>220 − 0.95·age</c>, women <c>210 − 0.79·age</c> bpm; NaN when sex is unknown.
    /// Sydó N, Abdelmoneim SS, Mulvagh SL, Merkely B, Gulati M, Allison TG. Relationship between exercise heart rate
    /// and age in men vs women. Mayo Clin Proc 2014;89:1664–1672.
    /// </summary>
    Sydo,
}
