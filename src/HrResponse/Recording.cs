namespace HrResponse;

/// <summary>
/// One recording session: beats and/or heart-rate samples on one time axis (seconds), with optional markers,
/// an optional load (power) channel, other channels, and what is known about the subject. Immutable.
/// </summary>
/// <remarks>
/// When only beats are given, <see cref="HeartRate"/> is derived from them (<c>60000 / RR</c> at each beat);
/// <see cref="HasBeats"/> tells whether beat-to-beat data exists. Analyses that need beats check it.
/// </remarks>
public sealed class Recording
{
    private Recording(
        RrIntervals beats, HeartRateSeries heartRate, bool heartRateFromBeats, IReadOnlyList<Marker> markers,
        SampledChannel? load, IReadOnlyList<SampledChannel> channels, SubjectInfo subject, EcgSignal? ecg)
    {
        Ecg = ecg;
        Beats = beats;
        HeartRate = heartRate;
        HeartRateIsFromBeats = heartRateFromBeats;
        Markers = markers;
        Load = load;
        Channels = channels;
        Subject = subject;
    }

    /// <summary>Beat-to-beat intervals; empty when the source had only heart-rate samples.</summary>
    public RrIntervals Beats { get; }

    /// <summary>Heart-rate samples: as given, or derived from <see cref="Beats"/> when none were given.</summary>
    public HeartRateSeries HeartRate { get; }

    /// <summary>True when <see cref="HeartRate"/> was derived from the beats rather than given.</summary>
    public bool HeartRateIsFromBeats { get; }

    /// <summary>True when beat-to-beat data is present.</summary>
    public bool HasBeats => Beats.Count > 0;

    /// <summary>Labelled events, sorted by time.</summary>
    public IReadOnlyList<Marker> Markers { get; }

    /// <summary>Work load (e.g. ergometer power in W), or <c>null</c>.</summary>
    public SampledChannel? Load { get; }

    /// <summary>Other numeric channels kept from the source (e.g. oxygen uptake).</summary>
    public IReadOnlyList<SampledChannel> Channels { get; }

    /// <summary>What is known about the subject.</summary>
    public SubjectInfo Subject { get; }

    /// <summary>The ECG the beats were detected in, or <c>null</c> when the source had no ECG.</summary>
    public EcgSignal? Ecg { get; }

    /// <summary>Earliest time in the recording in seconds (start of the first interval or first HR sample).</summary>
    public double StartSeconds => HasBeats ? Math.Min(Beats.StartSeconds, HeartRate.Count > 0 ? HeartRate.StartSeconds : double.MaxValue)
        : HeartRate.StartSeconds;

    /// <summary>Latest time in the recording in seconds (last beat or HR sample).</summary>
    public double EndSeconds => Math.Max(Beats.EndSeconds, HeartRate.EndSeconds);

    /// <summary>Duration in seconds from <see cref="StartSeconds"/> to <see cref="EndSeconds"/>.</summary>
    public double DurationSeconds => EndSeconds - StartSeconds;

    /// <summary>Creates a recording. At least one of <paramref name="beats"/> and <paramref name="heartRate"/> must hold data.</summary>
    /// <param name="beats">Beat-to-beat intervals, or <c>null</c>.</param>
    /// <param name="heartRate">Heart-rate samples, or <c>null</c> to derive them from the beats.</param>
    /// <param name="markers">Events, or <c>null</c>; sorted by time here.</param>
    /// <param name="load">Load channel (e.g. power in W), or <c>null</c>.</param>
    /// <param name="channels">Other channels, or <c>null</c>.</param>
    /// <param name="subject">Subject information, or <c>null</c> for unknown.</param>
    /// <param name="ecg">The raw ECG (e.g. the signal the beats were detected in), or <c>null</c>.</param>
    /// <exception cref="ArgumentException">Neither beats nor heart-rate samples hold data; a marker time is not finite.</exception>
    public static Recording Create(
        RrIntervals? beats = null,
        HeartRateSeries? heartRate = null,
        IEnumerable<Marker>? markers = null,
        SampledChannel? load = null,
        IEnumerable<SampledChannel>? channels = null,
        SubjectInfo? subject = null,
        EcgSignal? ecg = null)
    {
        beats ??= RrIntervals.Empty;
        var fromBeats = heartRate is null || heartRate.Count == 0;
        if (beats.Count == 0 && fromBeats)
            throw new ArgumentException("A recording needs beats or heart-rate samples; both are empty.", nameof(beats));
        var sortedMarkers = (markers ?? []).ToArray();
        foreach (var m in sortedMarkers)
        {
            ArgumentNullException.ThrowIfNull(m, nameof(markers));
            if (!double.IsFinite(m.TimeSeconds))
                throw new ArgumentException($"Marker '{m.Label}' has a time that is not finite: {m.TimeSeconds}.", nameof(markers));
        }

        Array.Sort(sortedMarkers, static (a, b) => a.TimeSeconds.CompareTo(b.TimeSeconds));
        return new Recording(
            beats,
            fromBeats ? beats.ToHeartRateSeries() : heartRate!,
            fromBeats,
            sortedMarkers,
            load,
            (channels ?? []).ToArray(),
            subject ?? SubjectInfo.Unknown,
            ecg);
    }

    /// <summary>A copy with other subject information.</summary>
    /// <param name="subject">The subject information to use.</param>
    public Recording WithSubject(SubjectInfo subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new Recording(Beats, HeartRate, HeartRateIsFromBeats, Markers, Load, Channels, subject, Ecg);
    }

    /// <summary>
    /// The part of the recording in <c>[fromSeconds, toSeconds)</c>: intervals whose ending beat, samples and markers
    /// whose time lies in the range; the ECG samples whose time lies in the range. Subject information is kept.
    /// </summary>
    /// <param name="fromSeconds">Inclusive start time in seconds.</param>
    /// <param name="toSeconds">Exclusive end time in seconds; not before <paramref name="fromSeconds"/>.</param>
    /// <exception cref="ArgumentException">A bound is NaN or the range is reversed.</exception>
    public Recording Slice(double fromSeconds, double toSeconds)
    {
        var beats = Beats.Slice(fromSeconds, toSeconds);
        var hr = HeartRate.Slice(fromSeconds, toSeconds);
        var markers = Markers.Where(m => m.TimeSeconds >= fromSeconds && m.TimeSeconds < toSeconds).ToArray();
        return new Recording(
            beats, hr, HeartRateIsFromBeats, markers, Load?.Slice(fromSeconds, toSeconds),
            Channels.Select(c => c.Slice(fromSeconds, toSeconds)).ToArray(), Subject, Ecg?.Slice(fromSeconds, toSeconds));
    }
}
