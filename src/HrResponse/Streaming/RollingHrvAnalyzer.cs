using HrResponse.Internal;

namespace HrResponse.Streaming;

/// <summary>
/// Live HRV over a sliding window: push beats with <see cref="Add(double)"/> (RR in ms, times accumulated) or
/// <see cref="Add(Beat)"/> (time and RR); every <see cref="RollingHrvOptions.Step"/>
/// it computes HR, RMSSD, SDNN, DFA α1 (after smoothness-priors detrending) and the artifact percentage of the last
/// <see cref="RollingHrvOptions.Window"/>, returns the snapshot and raises <see cref="SnapshotReady"/>.
/// </summary>
/// <remarks>
/// <para>Schedule: the first window ends at the first beat's time plus the window; later ones every step. A window
/// ending at <c>T</c> is computed when the first beat after <c>T</c> arrives, from the beats in
/// <c>(T − Window, T]</c>; if a gap spans several step ends, one snapshot is emitted for each.</para>
/// <para>Artifacts are flagged on arrival (<see cref="RollingHrvOptions.ArtifactFilter"/>) and left out of every
/// index; see <see cref="RollingHrvSnapshot"/> for estimators and NaN rules.</para>
/// <para>Memory: ring buffers and scratch are sized from the window once (at most one beat per 200 ms of window);
/// after that, <see cref="Add(Beat)"/> allocates nothing. If more beats than that arrive in one window, the oldest
/// are dropped early. Not thread-safe: use one instance per stream.</para>
/// <para>References: Rogers B, Giles D, Draper N, Hoos O, Gronwald T (2021) Front Physiol 11:596567 (α1 = 0.75 at
/// VT1); FatMaxxer (I. Peake) for the live method; Tarvainen et al. (2002) for smoothness priors.</para>
/// </remarks>
public sealed class RollingHrvAnalyzer
{
    /// <summary>RR values below this many "milliseconds" can only be seconds (the rule of <see cref="RrIntervals.FromMilliseconds(ReadOnlySpan{double})"/>).</summary>
    private const double SecondsLimitMs = 20;

    private readonly double _windowSeconds;
    private readonly double _stepSeconds;
    private readonly double[] _times;
    private readonly double[] _rr;
    private readonly bool[] _artifact;
    private readonly double[] _kept;
    private readonly SmoothnessPriorsSolver _solver;
    private readonly DfaAlpha1 _dfa;
    private int _head;
    private int _count;
    private double _lastTime = double.NegativeInfinity;
    private double _lastRr = double.NaN;
    private double _nextEnd = double.NaN;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">Settings, or <c>null</c> for <see cref="RollingHrvOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The largest DFA box is not larger than the smallest.</exception>
    public RollingHrvAnalyzer(RollingHrvOptions? options = null)
    {
        Options = options ?? RollingHrvOptions.Default;
        if (Options.DfaMaxBoxBeats <= Options.DfaMinBoxBeats)
            throw new ArgumentException(
                $"DfaMaxBoxBeats must be greater than DfaMinBoxBeats ({Options.DfaMinBoxBeats}); it is {Options.DfaMaxBoxBeats}.",
                nameof(options));
        _windowSeconds = Options.Window.TotalSeconds;
        _stepSeconds = Options.Step.TotalSeconds;
        var capacity = (int)Math.Ceiling(_windowSeconds / 0.2) + 8;
        _times = new double[capacity];
        _rr = new double[capacity];
        _artifact = new bool[capacity];
        _kept = new double[capacity];
        _solver = new SmoothnessPriorsSolver(capacity);
        _dfa = new DfaAlpha1(Options.DfaMinBoxBeats, Options.DfaMaxBoxBeats, capacity);
    }

    /// <summary>Raised for every snapshot, in time order.</summary>
    public event EventHandler<RollingHrvSnapshot>? SnapshotReady;

    /// <summary>The settings in use.</summary>
    public RollingHrvOptions Options { get; }

    /// <summary>Adds a beat; returns the last snapshot completed by it, or <c>null</c> when no window ended.</summary>
    /// <param name="beat">The beat; its time must be after the previous beat's and its RR in milliseconds, finite and at least 20 ms.</param>
    /// <exception cref="ArgumentException">The time is not finite or not after the previous beat; the RR is not a finite
    /// positive number; the RR is below 20, which can only be seconds (a physiological RR is 200–3000 ms): the message
    /// says "looks like seconds; pass milliseconds"; or the RR is above <see cref="RrIntervals.MaxIntervalMs"/>.</exception>
    public RollingHrvSnapshot? Add(Beat beat) => AddCore(beat, null);

    /// <summary>Adds a beat given as time and RR; see <see cref="Add(Beat)"/>.</summary>
    /// <param name="timeSeconds">Time of the beat in seconds.</param>
    /// <param name="rrMs">RR interval ending at the beat, in ms (at least 20; smaller values are taken for seconds and rejected).</param>
    /// <exception cref="ArgumentException">As for <see cref="Add(Beat)"/>.</exception>
    public RollingHrvSnapshot? Add(double timeSeconds, double rrMs) => AddCore(new Beat(timeSeconds, rrMs), null);

    /// <summary>
    /// Adds a beat given by its RR interval only, as a chest strap delivers it: the beat's time is the previous beat's time
    /// plus <c>rrMs / 1000</c> s. The first beat after construction or <see cref="Reset"/> is at <c>rrMs / 1000</c> s (the
    /// first interval starts at 0 s, as in <see cref="RrIntervals.FromMilliseconds(ReadOnlySpan{double})"/>). May be mixed
    /// with <see cref="Add(double, double)"/>: time then accumulates from the last beat added either way. Allocation-free.
    /// </summary>
    /// <param name="rrMs">RR interval ending at the beat, in milliseconds; finite, and at least 20 (smaller values are
    /// taken for seconds and rejected).</param>
    /// <returns>The last snapshot completed by this beat, or <c>null</c> when no window ended.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Add(Beat)"/>; e.g. <c>Add(0.8)</c> throws "looks like seconds; pass milliseconds".</exception>
    public RollingHrvSnapshot? Add(double rrMs)
    {
        CheckRr(rrMs, nameof(rrMs));
        var previous = double.IsNegativeInfinity(_lastTime) ? 0 : _lastTime;
        return AddCore(new Beat(previous + (rrMs / 1000.0), rrMs), null);
    }

    /// <summary>Forgets all beats; the next beat starts a new schedule.</summary>
    public void Reset()
    {
        _head = 0;
        _count = 0;
        _lastTime = double.NegativeInfinity;
        _lastRr = double.NaN;
        _nextEnd = double.NaN;
    }

    internal RollingHrvSnapshot? AddCore(Beat beat, List<RollingHrvSnapshot>? sink)
    {
        var t = beat.TimeSeconds;
        var rr = beat.RrMs;
        if (!double.IsFinite(t) || !(t > _lastTime))
            throw new ArgumentException(
                $"Beat times must be finite and increasing; {Guard.Show(t)} s is not after the previous beat at {Guard.Show(_lastTime)} s.",
                nameof(beat));
        CheckRr(rr, nameof(beat));

        RollingHrvSnapshot? result = null;
        if (double.IsNaN(_nextEnd)) _nextEnd = t + _windowSeconds;
        while (t > _nextEnd)
        {
            var snapshot = Compute(_nextEnd);
            result = snapshot;
            sink?.Add(snapshot);
            SnapshotReady?.Invoke(this, snapshot);
            _nextEnd += _stepSeconds;
        }

        var artifact = IsArtifact(rr);
        _lastRr = rr;
        _lastTime = t;
        var capacity = _times.Length;
        if (_count == capacity)
        {
            _head = (_head + 1) % capacity;
            _count--;
        }

        var slot = (_head + _count) % capacity;
        _times[slot] = t;
        _rr[slot] = rr;
        _artifact[slot] = artifact;
        _count++;
        return result;
    }

    private static void CheckRr(double rrMs, string paramName)
    {
        if (!double.IsFinite(rrMs) || rrMs <= 0)
            throw new ArgumentException($"The RR interval must be a finite number greater than 0 ms; it is {Guard.Show(rrMs)}.", paramName);
        if (rrMs < SecondsLimitMs)
            throw new ArgumentException(
                $"The RR interval {Guard.Show(rrMs)} looks like seconds (below 20; a heartbeat lasts 200–3000 ms); pass milliseconds, e.g. {Guard.Show(rrMs * 1000)}.",
                paramName);
        if (rrMs > RrIntervals.MaxIntervalMs)
            throw new ArgumentException(
                $"The RR interval {Guard.Show(rrMs)} ms is longer than one hour (RrIntervals.MaxIntervalMs); it is a unit or data error, not a beat.",
                paramName);
    }

    private bool IsArtifact(double rr)
    {
        if (Options.ArtifactFilter == ArtifactFilter.None) return false;
        if (rr < Options.MinRrMs || rr > Options.MaxRrMs) return true;
        return !double.IsNaN(_lastRr) && Math.Abs(rr - _lastRr) > _lastRr * Options.ArtifactThresholdPercent / 100.0;
    }

    private RollingHrvSnapshot Compute(double end)
    {
        var capacity = _times.Length;
        var start = end - _windowSeconds;
        while (_count > 0 && _times[_head] <= start)
        {
            _head = (_head + 1) % capacity;
            _count--;
        }

        int total = 0, artifacts = 0, kept = 0, pairs = 0;
        double sumSq = 0;
        var previousKept = false;
        double previousRr = 0;
        for (var k = 0; k < _count; k++)
        {
            var i = (_head + k) % capacity;
            if (_times[i] > end) break;
            total++;
            if (_artifact[i])
            {
                artifacts++;
                previousKept = false;
                continue;
            }

            var rr = _rr[i];
            if (previousKept)
            {
                var d = rr - previousRr;
                sumSq += d * d;
                pairs++;
            }

            _kept[kept++] = rr;
            previousKept = true;
            previousRr = rr;
        }

        var x = _kept.AsSpan(0, kept);
        double mean = 0;
        foreach (var v in x) mean += v;
        mean = kept > 0 ? mean / kept : double.NaN;
        double ss = 0;
        foreach (var v in x) ss += (v - mean) * (v - mean);
        var sdnn = kept >= 2 ? Math.Sqrt(ss / (kept - 1)) : double.NaN;
        var alpha = double.NaN;
        if (kept >= 2 * _dfa.MaxBox)
        {
            _solver.DetrendInPlace(x, Options.SmoothnessPriorsLambda);
            alpha = _dfa.Compute(x);
        }

        return new RollingHrvSnapshot
        {
            EndSeconds = end,
            BeatCount = total,
            ArtifactCount = artifacts,
            HeartRateBpm = kept > 0 ? 60000.0 / mean : double.NaN,
            RmssdMs = pairs > 0 ? Math.Sqrt(sumSq / pairs) : double.NaN,
            SdnnMs = sdnn,
            DfaAlpha1 = alpha,
            ArtifactPercent = total > 0 ? 100.0 * artifacts / total : double.NaN,
        };
    }
}
