using HrResponse.Quality.Internal;

namespace HrResponse.Quality;

/// <summary>
/// An analyst's decisions that override automatic artifact detection on one recording, as Kubios HRV's manual beat
/// editing and noise segments do: intervals to keep as recorded (<see cref="KeepIndices"/>) whatever the detector says,
/// intervals to mark as artifacts of a given type (<see cref="Marks"/>) whether or not it finds them, and intervals to
/// exclude from analysis (<see cref="ExcludeIndices"/>: a stretch of movement or electrode noise). Set on
/// <see cref="ArtifactCorrectionOptions.Edits"/>; <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>
/// applies them.
/// </summary>
/// <remarks>
/// <para>Indices are input interval indices, 0-based, as <see cref="BeatRecord.InputIndex"/> and
/// <see cref="DetectedArtifact.Index"/> report them (the <c>input_index</c> column of <c>hrresponse clean</c>).</para>
/// <para>How they are applied: the excluded intervals are removed first, each stretch of them replaced by a gap (as a
/// dropout is: no index spans it, detection runs on each side separately); a kept or marked interval is never removed
/// as a dropout; the marked intervals are
/// corrected first, in one step (as the detector's flags of that type are), and the detector then runs on the series
/// with them corrected; every automatic flag that covers a kept or marked interval (for an ectopic pair or an extra
/// beat, either of its two intervals) is dropped whole, in every pass. The quality report lists the marked intervals
/// among <see cref="QualityReport.Artifacts"/> with <see cref="DetectedArtifact.Manual"/> set, and counts them
/// (<see cref="QualityReport.ManualArtifactCount"/>) and the intervals whose automatic flags a keep overrode
/// (<see cref="QualityReport.OverriddenFlagCount"/>), and the excluded ones (<see cref="QualityReport.ManualExcludedCount"/>,
/// included in <see cref="QualityReport.ExcludedCount"/>). With <see cref="ArtifactDetectionMethod.None"/> only the
/// edits are applied.</para>
/// <para>Edits belong to one recording: an index beyond its last interval is an error when it is cleaned.</para>
/// </remarks>
public sealed class BeatEdits : IEquatable<BeatEdits>
{
    private readonly int[] _keep;
    private readonly MarkedArtifact[] _mark;
    private readonly int[] _exclude;

    /// <summary>The types a mark may name, in the order messages list them (declared before <see cref="None"/>, which the constructor builds).</summary>
    public static IReadOnlyList<ArtifactType> MarkTypes { get; } =
        [ArtifactType.Ectopic, ArtifactType.Missed, ArtifactType.Extra, ArtifactType.Long, ArtifactType.Short];

    /// <summary>No edits: detection decides alone.</summary>
    public static BeatEdits None { get; } = new([], []);

    /// <summary>Creates edits that keep and mark intervals and exclude none.</summary>
    /// <param name="keepIndices">Input intervals to keep as recorded.</param>
    /// <param name="marks">Input intervals to correct as the given artifact types.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="BeatEdits(IEnumerable{int}, IEnumerable{MarkedArtifact}, IEnumerable{int})"/>.</exception>
    public BeatEdits(IEnumerable<int> keepIndices, IEnumerable<MarkedArtifact> marks)
        : this(keepIndices, marks, [])
    {
    }

    /// <summary>Creates edits; duplicates among the indices are merged, and every list is sorted by index.</summary>
    /// <param name="keepIndices">Input intervals to keep as recorded.</param>
    /// <param name="marks">Input intervals to correct as the given artifact types.</param>
    /// <param name="excludeIndices">Input intervals to exclude from analysis (replaced by gaps).</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">An index is negative; a type is not ectopic, missed, extra, long or short; an
    /// interval is marked twice, or given two of keep, mark and exclude (an ectopic or extra mark covers its index and
    /// the next).</exception>
    public BeatEdits(IEnumerable<int> keepIndices, IEnumerable<MarkedArtifact> marks, IEnumerable<int> excludeIndices)
    {
        ArgumentNullException.ThrowIfNull(keepIndices);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(excludeIndices);
        _keep = [.. keepIndices.Distinct().Order()];
        _mark = [.. marks.OrderBy(m => m.Index)];
        _exclude = [.. excludeIndices.Distinct().Order()];
        if (_keep.Length > 0 && _keep[0] < 0)
            throw new ArgumentException($"A kept interval index must be 0 or more; it is {_keep[0]}.", nameof(keepIndices));
        if (_exclude.Length > 0 && _exclude[0] < 0)
            throw new ArgumentException($"An excluded interval index must be 0 or more; it is {_exclude[0]}.", nameof(excludeIndices));
        if (_keep.Intersect(_exclude).FirstOrDefault(-1) is var both and >= 0)
            throw new ArgumentException($"Interval {both} is both kept and excluded.", nameof(excludeIndices));
        var covered = new Dictionary<int, MarkedArtifact>();
        foreach (var m in _mark)
        {
            if (m.Index < 0) throw new ArgumentException($"A marked interval index must be 0 or more; it is {m.Index}.", nameof(marks));
            if (!MarkTypes.Contains(m.Type))
                throw new ArgumentException($"Interval {m.Index} is marked {m.Type}; a mark must be ectopic, missed, extra, long or short.", nameof(marks));
            foreach (var k in Covers(m))
            {
                if (!covered.TryAdd(k, m))
                    throw new ArgumentException($"Interval {k} is marked twice ({covered[k].Type} at {covered[k].Index} and {m.Type} at {m.Index}).", nameof(marks));
                if (Array.BinarySearch(_keep, k) >= 0)
                    throw new ArgumentException($"Interval {k} is both kept and marked ({m.Type} at {m.Index}).", nameof(marks));
                if (Array.BinarySearch(_exclude, k) >= 0)
                    throw new ArgumentException($"Interval {k} is both marked ({m.Type} at {m.Index}) and excluded.", nameof(marks));
            }
        }
    }

    /// <summary>Input interval indices kept as recorded, ascending, each once.</summary>
    public IReadOnlyList<int> KeepIndices => _keep;

    /// <summary>Input intervals corrected as the given artifact types, ascending by index.</summary>
    public IReadOnlyList<MarkedArtifact> Marks => _mark;

    /// <summary>Input interval indices excluded from analysis, ascending, each once.</summary>
    public IReadOnlyList<int> ExcludeIndices => _exclude;

    /// <summary>True when there is nothing to keep, mark or exclude.</summary>
    public bool IsEmpty => _keep.Length == 0 && _mark.Length == 0 && _exclude.Length == 0;

    /// <summary>The input intervals a mark concerns: its index, and the next one for an ectopic pair or an extra beat.</summary>
    /// <param name="mark">The mark.</param>
    public static IEnumerable<int> Covers(MarkedArtifact mark) =>
        ArtifactSpan.CoversNext(mark.Type) ? [mark.Index, mark.Index + 1] : [mark.Index];

    /// <summary>
    /// The highest input interval index any edit concerns (for an ectopic or extra mark, its second interval); −1 when
    /// there are no edits. A recording needs more intervals than this for the edits to apply to it.
    /// </summary>
    public int LastIndex =>
        Math.Max(Math.Max(_keep.Length == 0 ? -1 : _keep[^1], _exclude.Length == 0 ? -1 : _exclude[^1]),
            _mark.Length == 0 ? -1 : _mark.Max(m => Covers(m).Last()));

    /// <summary>
    /// The artifact type a mark names: <c>ectopic</c>, <c>missed</c>, <c>extra</c>, <c>long</c> or <c>short</c>
    /// (any case); false for anything else.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type named, when true.</param>
    public static bool TryParseMarkType(string? name, out ArtifactType type)
    {
        type = default;
        foreach (var candidate in MarkTypes)
        {
            if (!string.Equals(name, candidate.ToString(), StringComparison.OrdinalIgnoreCase)) continue;
            type = candidate;
            return true;
        }

        return false;
    }


    /// <summary>True when both hold the same kept, marked and excluded intervals.</summary>
    /// <param name="other">The edits to compare with.</param>
    public bool Equals(BeatEdits? other) =>
        other is not null && _keep.AsSpan().SequenceEqual(other._keep) && _mark.AsSpan().SequenceEqual(other._mark)
        && _exclude.AsSpan().SequenceEqual(other._exclude);

    /// <summary>True when <paramref name="obj"/> is a <see cref="BeatEdits"/> with the same kept, marked and excluded intervals.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => Equals(obj as BeatEdits);

    /// <summary>A hash of the kept, marked and excluded intervals, consistent with <see cref="Equals(BeatEdits?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var k in _keep) hash.Add(k);
        hash.Add(-1);
        foreach (var m in _mark) hash.Add(m);
        foreach (var k in _exclude) hash.Add(k);
        return hash.ToHashCode();
    }

    /// <summary>"keep 12, 40-42; mark 30 ectopic, 55 missed; exclude 120-180" (runs of indices as ranges), or "none".</summary>
    public override string ToString() =>
        IsEmpty ? "none"
            : string.Join("; ", new[]
            {
                _keep.Length == 0 ? null : "keep " + Ranges(_keep),
                _mark.Length == 0 ? null : "mark " + string.Join(", ", _mark.Select(m => $"{m.Index} {m.Type.ToString().ToLowerInvariant()}")),
                _exclude.Length == 0 ? null : "exclude " + Ranges(_exclude),
            }.OfType<string>());

    // Ascending distinct indices as "12, 40-42".
    private static string Ranges(int[] sorted) =>
        string.Join(", ", HrResponse.Internal.IndexRuns.Of(sorted).Select(r => r.First == r.Last ? $"{r.First}" : $"{r.First}-{r.Last}"));
}
