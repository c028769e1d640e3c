namespace HrResponse.Tests.Quality;

/// <summary>The kinds of artifact the beat-quality benchmark injects (issue 14).</summary>
internal enum InjectedKind
{
    /// <summary>Premature beat at 65 % of the interval followed by the compensatory pause (the pair keeps its total).</summary>
    Premature,

    /// <summary>Missed beat: two intervals merged.</summary>
    Missed,

    /// <summary>Extra beat: one interval split 45/55.</summary>
    Extra,

    /// <summary>One interval ×1.35 or ×0.7.</summary>
    Single,
}

/// <summary>One injected artifact: its kind and the index of its (first) interval in the injected series.</summary>
internal readonly record struct InjectedArtifact(InjectedKind Kind, int Index);

/// <summary>
/// Seeded artifact injection of issue 14. Positions are drawn among the clean beats at least 4 beats from either end
/// and at least 3 beats apart (so two artifacts never touch the same interval and each has a clean neighbour); the
/// number of each kind is rate × beats, rounded, at least one when the rate is positive. In the mixed case the rate
/// is split 2 : 1 : 1 : 1 (premature : missed : extra : single), as in the issue.
/// </summary>
internal static class BeatQualityInjector
{
    /// <summary>
    /// The issue's own scheme: each beat independently becomes an artifact with the given probabilities (so artifacts
    /// may be adjacent); the interval after an artifact is never a second one, and the first and last 2 are left alone.
    /// </summary>
    public static (double[] Series, List<InjectedArtifact> Truth) InjectPerBeat(double[] clean, IReadOnlyList<(InjectedKind Kind, double Percent)> mix, Random random)
    {
        var series = new List<double>();
        var truth = new List<InjectedArtifact>();
        var n = clean.Length;
        for (var i = 0; i < n; i++)
        {
            var u = random.NextDouble() * 100;
            InjectedKind? kind = null;
            var acc = 0.0;
            foreach (var (k, pct) in mix)
            {
                acc += pct;
                if (u < acc)
                {
                    kind = k;
                    break;
                }
            }

            if (kind is null || i < 2 || i >= n - 3)
            {
                series.Add(clean[i]);
                continue;
            }

            var p = series.Count;
            truth.Add(new InjectedArtifact(kind.Value, p));
            switch (kind.Value)
            {
                case InjectedKind.Premature:
                    series.Add(clean[i] * 0.65);
                    series.Add(clean[i + 1] + (clean[i] * 0.35));
                    break;
                case InjectedKind.Missed:
                    series.Add(clean[i] + clean[i + 1]);
                    break;
                case InjectedKind.Extra:
                    series.Add(clean[i] * 0.45);
                    series.Add(clean[i] * 0.55);
                    series.Add(clean[i + 1]);
                    break;
                default:
                    series.Add(clean[i] * (random.Next(2) == 0 ? 1.35 : 0.7));
                    series.Add(clean[i + 1]);
                    break;
            }

            i++;
        }

        return (series.ToArray(), truth);
    }

    public static (double[] Series, List<InjectedArtifact> Truth) Inject(double[] clean, IReadOnlyList<(InjectedKind Kind, double Percent)> mix, Random random) =>
        InjectMapped(clean, mix, random, out _);

    /// <summary>As <see cref="Inject"/>; <paramref name="map"/>[i] is the index in the injected series of clean interval i.</summary>
    public static (double[] Series, List<InjectedArtifact> Truth) InjectMapped(double[] clean, IReadOnlyList<(InjectedKind Kind, double Percent)> mix, Random random, out int[] map)
    {
        var n = clean.Length;
        var wanted = new List<InjectedKind>();
        foreach (var (kind, percent) in mix)
        {
            var count = (int)Math.Round(n * percent / 100.0);
            if (count == 0 && percent > 0) count = 1;
            for (var k = 0; k < count; k++) wanted.Add(kind);
        }

        // Shuffle kinds so that mixed runs interleave them.
        for (var k = wanted.Count - 1; k > 0; k--)
        {
            var j = random.Next(k + 1);
            (wanted[k], wanted[j]) = (wanted[j], wanted[k]);
        }

        var taken = new bool[n];
        var chosen = new List<(int Position, InjectedKind Kind)>();
        foreach (var kind in wanted)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var p = random.Next(4, n - 5);
                var free = true;
                for (var q = Math.Max(0, p - 3); q <= Math.Min(n - 1, p + 3) && free; q++) free = !taken[q];
                if (!free) continue;
                taken[p] = true;
                chosen.Add((p, kind));
                break;
            }
        }

        chosen.Sort((a, b) => a.Position.CompareTo(b.Position));
        var series = new List<double>(clean);
        var truth = new List<InjectedArtifact>();
        var shift = 0;
        map = new int[n];
        var next = 0;
        foreach (var (p0, kind) in chosen)
        {
            for (; next <= p0; next++) map[next] = next + shift;
            var p = p0 + shift;
            switch (kind)
            {
                case InjectedKind.Premature:
                {
                    var moved = series[p] * 0.35;
                    series[p] -= moved;
                    series[p + 1] += moved;
                    break;
                }

                case InjectedKind.Missed:
                    series[p] += series[p + 1];
                    series.RemoveAt(p + 1);
                    shift--;
                    break;
                case InjectedKind.Extra:
                {
                    var first = series[p] * 0.45;
                    series.Insert(p + 1, series[p] - first);
                    series[p] = first;
                    shift++;
                    break;
                }

                default:
                    series[p] *= random.Next(2) == 0 ? 1.35 : 0.7;
                    break;
            }

            truth.Add(new InjectedArtifact(kind, p));
        }

        for (; next < n; next++) map[next] = next + shift;
        return (series.ToArray(), truth);
    }
}
