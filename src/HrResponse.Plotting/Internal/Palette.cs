namespace HrResponse.Plotting.Internal;

/// <summary>Okabe–Ito colours (distinguishable with the common colour-vision deficiencies) and neutral greys.</summary>
internal static class Palette
{
    public const string Blue = "#0072B2";
    public const string Orange = "#E69F00";
    public const string Green = "#009E73";
    public const string Vermillion = "#D55E00";
    public const string Sky = "#56B4E9";
    public const string Purple = "#CC79A7";
    public const string Yellow = "#F0E442";
    public const string Black = "#222222";
    public const string Grid = "#e3e3e3";
    public const string Axis = "#555555";
    public const string Muted = "#888888";

    /// <summary>Fill colours for shaded bands and phases, in order.</summary>
    public static IReadOnlyList<string> Fills { get; } = [Sky, Orange, Green, Purple, Yellow, Vermillion, Blue];
}
