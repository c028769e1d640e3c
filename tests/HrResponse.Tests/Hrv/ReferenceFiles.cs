using System.Globalization;
using System.Text.Json;

namespace HrResponse.Tests.Hrv;

/// <summary>Tiny readers for the shared RR CSVs (one column <c>rr_ms</c>) and NeuroKit2 reference JSON files.</summary>
internal static class ReferenceFiles
{
    public static double[] ReadRrMs(string path)
    {
        var lines = File.ReadAllLines(path);
        return lines.Skip(1)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => double.Parse(l.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }

    /// <summary>The indices of one call block (e.g. <c>hrv_frequency_default</c>); null where NeuroKit2 gave NaN.</summary>
    public static Dictionary<string, double?> ReadIndices(string path, string block)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var indices = doc.RootElement.GetProperty("results").GetProperty("indices").GetProperty(block);
        var result = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var p in indices.EnumerateObject())
            result[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : null;
        return result;
    }
}
