namespace HrResponse;

/// <summary>Biological sex, used by sex-specific equations (e.g. Gulati, Sydó predicted maximal heart rate).</summary>
public enum Sex
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
