namespace HrResponse.Quality;

/// <summary>
/// An analyst's decisions that override automatic artifact detection on one recording, as Kubios HRV's manual beat
/// editing does: intervals to keep as recorded (<see cref="KeepIndices"/>) whatever the detector says, and intervals to mark as
/// artifacts of a given type (<see cref="Marks"/>) whether or not it finds them. Set on
/// <see cref="ArtifactCorrectionOptions.Edits"/>; <see cref="ArtifactCorrection.Clean(RrIntervals, ArtifactCorrectionOptions?)"/>
/// applies them.
/// </summary>
/// <remarks>
/// <para>Indices are input interval indices, 0-based, as <see cref="BeatRecord.InputIndex"/> and
/// <see cref="DetectedArtifact.Index"/> report them (the <c>input_index</c> column of <c>hrresponse clean</c>).</para>
/// <para>How they are applied: a kept or marked interval is never removed as a dropout; the marked intervals are
/// corrected first, in one step (as the detector's flags of that type are), and the detector then runs on the series
/// with them corrected; every automatic flag that covers a kept or marked interval (for an ectopic pair or an extra
/// beat, either of its two intervals) is dropped whole, in every pass. The quality report lists the marked intervals
/// among <see cref="QualityReport.Artifacts"/> with <see cref="DetectedArtifact.Manual"/> set, and counts them
/// (<see cref="QualityReport.ManualArtifactCount"/>) and the intervals whose automatic flags a keep overrode
/// (<see cref="QualityReport.OverriddenFlagCount"/>). With <see cref="ArtifactDetectionMethod.None"/> only the marked
/// intervals are corrected.</para>
/// <para>Edits belong to one recording: an index beyond its last interval is an error when it is cleaned.</para>
/// </remarks>
public sealed class BeatEdits : IEquatable<BeatEdits>
{
    private readonly int[] _keep;
    private readonly MarkedArtifact[] _mark;

    /// <summary>No edits: detection decides alone.</summary>
    public static BeatEdits None { get; } = new([], []);

    /// <summary>Creates edits; duplicates among <paramref name="keepIndices"/> are merged, and both lists are sorted by index.</summary>
    /// <param name="keepIndices">Input intervals to keep as recorded.</param>
    /// <param name="marks">Input intervals to correct as the given artifact types.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">An index is negative; a type is not ectopic, missed, extra, long or short; an
    /// interval is marked twice, or both kept and marked (an ectopic or extra mark covers its index and the next).</exception>
    public BeatEdits(IEnumerable<int> keepIndices, IEnumerable<MarkedArtifact> marks)
    {
        ArgumentNullException.ThrowIfNull(keepIndices);
        ArgumentNullException.ThrowIfNull(marks);
        _keep = [.. keepIndices.Distinct().Order()];
        _mark = [.. marks.OrderBy(m => m.Index)];
        if (_keep.Length > 0 && _keep[0] < 0)
            throw new ArgumentException($"A kept interval index must be 0 or more; it is {_keep[0]}.", nameof(keepIndices));
        var covered = new Dictionary<int, MarkedArtifact>();
        foreach (var m in _mark)
        {
            if (m.Index < 0) throw new ArgumentException($"A marked interval index must be 0 or more; it is {m.Index}.", nameof(marks));
            if (m.Type is not (ArtifactType.Ectopic or ArtifactType.Missed or ArtifactType.Extra or ArtifactType.Long or ArtifactType.Short))
                throw new ArgumentException($"Interval {m.Index} is marked {m.Type}; a mark must be ectopic, missed, extra, long or short.", nameof(marks));
            foreach (var k in Covers(m))
            {
                if (!covered.TryAdd(k, m))
                    throw new ArgumentException($"Interval {k} is marked twice ({covered[k].Type} at {covered[k].Index} and {m.Type} at {m.Index}).", nameof(marks));
                if (Array.BinarySearch(_keep, k) >= 0)
                    throw new ArgumentException($"Interval {k} is both kept and marked ({m.Type} at {m.Index}).", nameof(marks));
            }
        }
    }

    /// <summary>Input interval indices kept as recorded, ascending, each once.</summary>
    public IReadOnlyList<int> KeepIndices => _keep;

    /// <summary>Input intervals corrected as the given artifact types, ascending by index.</summary>
    public IReadOnlyList<MarkedArtifact> Marks => _mark;

    /// <summary>True when there is nothing to keep or mark.</summary>
    public bool IsEmpty => _keep.Length == 0 && _mark.Length == 0;

    /// <summary>The input intervals a mark concerns: its index, and the next one for an ectopic pair or an extra beat.</summary>
    /// <param name="mark">The mark.</param>
    public static IEnumerable<int> Covers(MarkedArtifact mark) =>
        mark.Type is ArtifactType.Ectopic or ArtifactType.Extra ? [mark.Index, mark.Index + 1] : [mark.Index];

    /// <summary>True when both hold the same kept and marked intervals.</summary>
    /// <param name="other">The edits to compare with.</param>
    public bool Equals(BeatEdits? other) =>
        other is not null && _keep.AsSpan().SequenceEqual(other._keep) && _mark.AsSpan().SequenceEqual(other._mark);

    /// <summary>True when <paramref name="obj"/> is a <see cref="BeatEdits"/> with the same kept and marked intervals.</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => Equals(obj as BeatEdits);

    /// <summary>A hash of the kept and marked intervals, consistent with <see cref="Equals(BeatEdits?)"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var k in _keep) hash.Add(k);
        foreach (var m in _mark) hash.Add(m);
        return hash.ToHashCode();
    }

    /// <summary>"keep 12, 40; mark 30 ectopic, 55 missed", or "none".</summary>
    public override string ToString() =>
        IsEmpty ? "none"
            : string.Join("; ", new[]
            {
                _keep.Length == 0 ? null : "keep " + string.Join(", ", _keep),
                _mark.Length == 0 ? null : "mark " + string.Join(", ", _mark.Select(m => $"{m.Index} {m.Type.ToString().ToLowerInvariant()}")),
            }.OfType<string>());
}
