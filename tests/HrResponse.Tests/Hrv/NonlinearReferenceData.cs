using System.Globalization;
using System.Text.Json;

namespace HrResponse.Tests.Hrv;

/// <summary>Tiny readers for the shared RR CSVs (one column rr_ms) and NeuroKit2 reference JSONs.</summary>
internal static class NonlinearReferenceData
{
    /// <summary>Reference files with NeuroKit2 hrv_nonlinear values.</summary>
    public static readonly string[] Files =
    [
        "nsr2db_5min__nsr006_5min", "nsr2db_5min__nsr007_5min", "nsr2db_5min__nsr008_5min", "nsr2db_5min__nsr009_5min",
        "nsr2db_5min__nsr010_5min", "welltory_polar_h10__subject_01", "welltory_polar_h10__subject_02",
        "welltory_polar_h10__subject_03", "welltory_polar_h10__subject_04", "welltory_polar_h10__subject_05",
        "welltory_polar_h10__subject_06", "welltory_polar_h10__subject_07", "welltory_polar_h10__subject_08",
        "welltory_polar_h10__subject_09", "welltory_polar_h10__subject_10",
    ];

    public static double[] ReadRr(string referenceName)
    {
        var parts = referenceName.Split("__");
        var path = SharedData.Data(parts[0], parts[1] + ".csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var col = Array.IndexOf(header, "rr_ms");
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => double.Parse(l.Split(',')[col], CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>NeuroKit2's hrv_nonlinear values; NaN where it gave null.</summary>
    public static Dictionary<string, double> ReadNonlinear(string referenceName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Reference(referenceName + ".json")));
        var block = doc.RootElement.GetProperty("results").GetProperty("indices").GetProperty("hrv_nonlinear");
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in block.EnumerateObject())
            result[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : double.NaN;
        return result;
    }
}
