using System.Globalization;
using System.Text.Json;
using HrResponse.Hrv;
using HrResponse.Hrv.Internal;
using NUnit.Framework;

namespace HrResponse.Tests.Hrv;

/// <summary>
/// The NeuroKit2 preset against NeuroKit2 0.2.12's <c>hrv_time</c> on every RR recording of ../shared/reference
/// (ECG-derived files excluded): every index to 1e-9 relative, NeuroKit2's null as NaN.
/// </summary>
public class TimeDomainNeuroKit2ReferenceTests
{
    private const double RelativeTolerance = 1e-9;

    public static IEnumerable<TestCaseData> ReferenceFiles()
    {
        var folder = FindReferenceFolder();
        var names = folder is null
            ? ["<shared/reference missing>"]
            : Directory.GetFiles(folder, "*.json")
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(f => !f.StartsWith("neurokit_ecg__", StringComparison.Ordinal) && !f.StartsWith("mitdb__", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
        foreach (var name in names) yield return new TestCaseData(name).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(ReferenceFiles))]
    public void Compute_NeuroKit2Preset_MatchesNeuroKit2HrvTime(string referenceFile)
    {
        var path = SharedData.Reference(referenceFile);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var input = root.GetProperty("input");
        Assert.That(input.GetProperty("kind").GetString(), Is.EqualTo("rr_ms"), "not an RR recording");

        // input.file is "shared/data/<folder>/<file>.csv".
        var relative = input.GetProperty("file").GetString()!.Split('/').Skip(2).ToArray();
        var rrFile = ReadRrColumn(SharedData.Data(relative));
        Assert.That(rrFile, Has.Length.EqualTo(input.GetProperty("n_intervals").GetInt32()));

        // NeuroKit2 got peaks = intervals_to_peaks(rr, fs) and computed rri = diff(peaks) / fs * 1000.
        var fs = root.GetProperty("neurokit_input").GetProperty("fs").GetDouble();
        var rri = new double[rrFile.Length];
        for (var i = 0; i < rri.Length; i++)
        {
            var samples = Math.Round(rrFile[i] * fs / 1000.0);
            rri[i] = samples / fs * 1000.0;
            Assert.That(rri[i], Is.EqualTo(rrFile[i]).Within(1e-9), $"interval {i} is not a whole number of samples at {fs} Hz");
        }

        var table = TimeDomainAnalysis.Compute(rri, TimeDomainOptions.NeuroKit2).ToIndexTable();

        // The general (bucket-selection) path must agree with the exact grid-count path taken for these files.
        var general = TimeDomainCalculator.Compute(rri, default, default, 0, TimeDomainOptions.NeuroKit2, "rr", useValueCounts: false);
        Assert.That(general.ToIndexTable(), Is.EqualTo(table), "general path differs from grid path");
        var expected = root.GetProperty("results").GetProperty("indices").GetProperty("hrv_time");
        using (Assert.EnterMultipleScope())
        {
            foreach (var index in expected.EnumerateObject())
            {
                Assert.That(table.ContainsKey(index.Name), Is.True, $"{index.Name} missing from the index table");
                if (!table.TryGetValue(index.Name, out var actual)) continue;
                if (index.Value.ValueKind == JsonValueKind.Null)
                    Assert.That(actual, Is.NaN, index.Name);
                else
                    Assert.That(actual, Is.EqualTo(index.Value.GetDouble()).Within(RelativeTolerance * 100).Percent, index.Name);
            }
        }
    }

    private static double[] ReadRrColumn(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.That(lines[0].Trim(), Is.EqualTo("rr_ms"));
        return lines.Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Select(l => double.Parse(l, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }

    private static string? FindReferenceFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrResponse.sln"))) dir = dir.Parent;
        if (dir is null) return null;
        var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference"));
        return Directory.Exists(folder) ? folder : null;
    }
}
