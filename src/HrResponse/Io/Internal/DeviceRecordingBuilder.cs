using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// Collects samples while a device reader parses, drops invalid or out-of-order values with a counted reason, and
/// builds the <see cref="Recording"/> and <see cref="DeviceReadReport"/> at the end.
/// </summary>
internal sealed class DeviceRecordingBuilder
{
    private readonly List<double> _hrTimes = [];
    private readonly List<double> _hrBpm = [];
    private readonly List<double> _beatTimes = [];
    private readonly List<double> _rrMs = [];
    private readonly List<double> _powerTimes = [];
    private readonly List<double> _powerW = [];
    private readonly List<Marker> _markers = [];
    private readonly List<DeviceLap> _laps = [];
    private readonly List<string> _skipOrder = [];
    private readonly Dictionary<string, int> _skipCounts = new(StringComparer.Ordinal);

    public int HeartRateCount => _hrBpm.Count;

    public int BeatCount => _rrMs.Count;

    public double LastBeatTime => _beatTimes.Count == 0 ? double.NegativeInfinity : _beatTimes[^1];

    public void Skip(string reason, int count = 1)
    {
        if (count <= 0) return;
        if (_skipCounts.TryGetValue(reason, out var n)) _skipCounts[reason] = n + count;
        else
        {
            _skipCounts[reason] = count;
            _skipOrder.Add(reason);
        }
    }

    public void AddHeartRate(double timeSeconds, double bpm)
    {
        if (!double.IsFinite(bpm) || bpm <= 0 || bpm > HeartRateSeries.MaxPlausibleBpm)
        {
            Skip($"heart-rate values outside (0, {HeartRateSeries.MaxPlausibleBpm}] bpm (device 'no reading')");
            return;
        }

        if (!double.IsFinite(timeSeconds) || (_hrTimes.Count > 0 && !(timeSeconds > _hrTimes[^1])))
        {
            Skip("heart-rate samples whose time is not after the previous sample's (duplicate or backward time stamp)");
            return;
        }

        _hrTimes.Add(timeSeconds);
        _hrBpm.Add(bpm);
    }

    public void AddBeat(double timeSeconds, double rrMs)
    {
        if (!double.IsFinite(rrMs) || rrMs <= 0)
        {
            Skip("RR intervals that are zero, negative or not a number");
            return;
        }

        if (!double.IsFinite(timeSeconds) || (_beatTimes.Count > 0 && !(timeSeconds > _beatTimes[^1])))
        {
            Skip("RR intervals whose beat time is not after the previous beat's");
            return;
        }

        _beatTimes.Add(timeSeconds);
        _rrMs.Add(rrMs);
    }

    public void AddPower(double timeSeconds, double watts)
    {
        if (!double.IsFinite(watts) || watts < 0)
        {
            Skip("power values that are negative or not a number");
            return;
        }

        if (!double.IsFinite(timeSeconds) || (_powerTimes.Count > 0 && timeSeconds < _powerTimes[^1]))
        {
            Skip("power samples whose time is before the previous sample's");
            return;
        }

        _powerTimes.Add(timeSeconds);
        _powerW.Add(watts);
    }

    public void AddMarker(double timeSeconds, string label)
    {
        if (double.IsFinite(timeSeconds)) _markers.Add(new Marker(timeSeconds, label));
        else Skip("events without a usable time");
    }

    public void AddLap(DeviceLap lap)
    {
        _laps.Add(lap);
        AddMarker(lap.StartSeconds, "lap " + lap.Number.ToString(CultureInfo.InvariantCulture));
    }

    public int LapCount => _laps.Count;

    public DeviceReadResult Build(
        DeviceFormat format, string source, DateTimeOffset? start, bool startIsLocal, string? device, string? sport)
    {
        if (_rrMs.Count == 0 && _hrBpm.Count == 0)
            throw new HrDataFormatException(source, null, null, null,
                $"The {format} file holds no heart-rate samples and no RR intervals" +
                (_skipOrder.Count > 0 ? $" (skipped: {string.Join("; ", SkippedNotes())})." : "."));
        var beats = _rrMs.Count == 0 ? RrIntervals.Empty : RrIntervals.CreateTrusted([.. _rrMs], [.. _beatTimes]);
        var hr = _hrBpm.Count == 0 ? null : HeartRateSeries.CreateTrusted([.. _hrTimes], [.. _hrBpm]);
        var load = _powerW.Count == 0
            ? null
            : SampledChannel.Create("power_w", "W", [.. _powerTimes], [.. _powerW]);
        var recording = Recording.Create(beats, hr, _markers, load);
        var report = new DeviceReadReport
        {
            Format = format,
            Source = source,
            StartTime = start,
            StartTimeIsLocal = startIsLocal,
            Device = device,
            Sport = sport,
            BeatCount = _rrMs.Count,
            HeartRateSampleCount = _hrBpm.Count,
            PowerSampleCount = _powerW.Count,
            Laps = [.. _laps],
            Skipped = SkippedNotes(),
        };
        return new DeviceReadResult(recording, report);
    }

    private string[] SkippedNotes() =>
        [.. _skipOrder.Select(r => string.Create(CultureInfo.InvariantCulture, $"{_skipCounts[r]} {r}"))];
}
