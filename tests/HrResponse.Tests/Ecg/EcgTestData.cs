using System.Globalization;
using HrResponse.Io;

namespace HrResponse.Tests.Ecg;

/// <summary>Cached shared ECG recordings and their reference annotations.</summary>
internal static class EcgTestData
{
    private static readonly Dictionary<string, EcgSignal> Cache = [];

    public static EcgSignal Load(params string[] parts)
    {
        var path = SharedData.Data(parts);
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var signal))
            {
                signal = EcgCsvReader.Read(path).Signals[0];
                Cache[path] = signal;
            }

            return signal;
        }
    }

    /// <summary>Beat annotations of MIT-BIH record 100 (sample indices), without non-beat annotations such as '+'.</summary>
    public static int[] MitdbBeatSamples()
    {
        var beatSymbols = new HashSet<string> { "N", "L", "R", "B", "A", "a", "J", "S", "V", "r", "F", "e", "j", "n", "E", "/", "f", "Q", "?" };
        return File.ReadLines(SharedData.Data("mitdb", "100_atr.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(c => beatSymbols.Contains(c[2].Trim()))
            .Select(c => int.Parse(c[0], CultureInfo.InvariantCulture))
            .ToArray();
    }

    /// <summary>Greedy one-to-one matching in time order: each reference takes the nearest unused detection within the tolerance.</summary>
    public static (int TruePositives, int FalseNegatives, int FalsePositives) Match(
        IReadOnlyList<int> reference, IReadOnlyList<int> detected, int toleranceSamples)
    {
        var used = new bool[detected.Count];
        var tp = 0;
        var j = 0;
        foreach (var r in reference)
        {
            while (j < detected.Count && detected[j] < r - toleranceSamples) j++;
            var best = -1;
            for (var k = j; k < detected.Count && detected[k] <= r + toleranceSamples; k++)
                if (!used[k] && (best < 0 || Math.Abs(detected[k] - r) < Math.Abs(detected[best] - r))) best = k;
            if (best >= 0)
            {
                used[best] = true;
                tp++;
            }
        }

        return (tp, reference.Count - tp, detected.Count - tp);
    }
}
