namespace HrResponse.Tests.Streaming;

/// <summary>Bytes a steady-state loop allocates on the calling thread.</summary>
internal static class SteadyStateAllocation
{
    /// <summary>
    /// Runs <paramref name="round"/> (with its round number) <paramref name="rounds"/> times and returns the fewest bytes
    /// one round allocated on the calling thread. Allocation in the code under test shows in every round; a one-off
    /// allocation of the runtime (tiered recompilation of a hot method while the round runs, seen once in a full parallel
    /// test run) shows in one round only.
    /// </summary>
    public static long MinimumBytes(Action<int> round, int rounds = 3)
    {
        var fewest = long.MaxValue;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            round(r);
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
