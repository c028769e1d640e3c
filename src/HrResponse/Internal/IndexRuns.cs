namespace HrResponse.Internal;

/// <summary>Runs of consecutive integers in an ascending list (12, 40, 41, 42 → [12–12], [40–42]).</summary>
internal static class IndexRuns
{
    /// <summary>The runs of <paramref name="ascending"/> (ascending, distinct), each as its first and last value.</summary>
    public static List<(int First, int Last)> Of(IReadOnlyList<int> ascending)
    {
        var runs = new List<(int First, int Last)>();
        foreach (var i in ascending)
        {
            if (runs.Count > 0 && runs[^1].Last == i - 1) runs[^1] = (runs[^1].First, i);
            else runs.Add((i, i));
        }

        return runs;
    }
}
