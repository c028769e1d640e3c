using System.Globalization;
using System.Text;

namespace HrResponse.Cli.Batch;

/// <summary>
/// A deterministic subset <c>k/n</c> of the inputs: a file belongs to shard <c>(FNV-1a(file name path) mod n) + 1</c>.
/// The hash depends only on the path as given, so every machine of a job array computes the same split, and shards
/// 1..n together cover every file exactly once.
/// </summary>
/// <param name="Index">1-based shard number.</param>
/// <param name="Count">Number of shards.</param>
internal sealed record Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            || n < 1 || k < 1 || k > n)
            throw new CliException($"--shard must be k/n with 1 ≤ k ≤ n (e.g. 2/8); it is '{text}'.");
        return new Shard(k, n);
    }

    /// <summary>True when <paramref name="key"/> (a path relative to the common root) belongs to this shard.</summary>
    public bool Contains(string key)
    {
        if (Count == 1) return true;
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return (int)(hash % (uint)Count) == Index - 1;
    }
}
