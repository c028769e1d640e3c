using System.Globalization;

namespace HrResponse.Internal;

/// <summary>Argument checks that name the parameter, the rule and the actual value.</summary>
internal static class Guard
{
    public static void NotEmpty(ReadOnlySpan<double> values, string paramName)
    {
        if (values.IsEmpty) throw new ArgumentException("Must contain at least one value; it is empty.", paramName);
    }

    public static void SameLength(int a, int b, string paramName)
    {
        if (a != b)
            throw new ArgumentException($"Must have the same length as the times ({a}); it has {b} values.", paramName);
    }

    public static void Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be a finite number; it is {Show(value)}.");
    }

    public static void Positive(double value, string paramName)
    {
        if (!(value > 0) || !double.IsFinite(value))
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be a finite number greater than 0; it is {Show(value)}.");
    }

    public static void InRange(double value, double min, double max, string paramName)
    {
        if (!(value >= min && value <= max))
            throw new ArgumentOutOfRangeException(paramName, value, $"Must be in [{Show(min)}, {Show(max)}]; it is {Show(value)}.");
    }

    public static void StrictlyIncreasing(ReadOnlySpan<double> times, string paramName)
    {
        for (var i = 0; i < times.Length; i++)
        {
            Finite(times[i], $"{paramName}[{i}]");
            if (i > 0 && !(times[i] > times[i - 1]))
                throw new ArgumentException(
                    $"Times must be strictly increasing; {paramName}[{i}] = {Show(times[i])} s is not after " +
                    $"{paramName}[{i - 1}] = {Show(times[i - 1])} s.", paramName);
        }
    }

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
