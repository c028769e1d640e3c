using System.Globalization;

namespace HrResponse.Internal;

/// <summary>Cell formatting shared by the library's CSV writers.</summary>
internal static class CsvText
{
    /// <summary>A number for CSV: invariant culture, shortest round-trip form, empty for NaN or infinity.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
