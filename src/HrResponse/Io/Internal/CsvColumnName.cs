namespace HrResponse.Io.Internal;

/// <summary>
/// A header name taken apart: its base name (lower-case, words joined by '_'), the unit it states, and the role
/// the name implies.
/// </summary>
/// <param name="Original">The header as in the file.</param>
/// <param name="Base">Base name without the unit, e.g. <c>rr</c> for <c>"RR (ms)"</c>.</param>
/// <param name="Unit">Unit named by the header (<c>ms</c>, <c>s</c>, <c>W</c>, <c>bpm</c>, <c>L/min</c>, ...), or empty.</param>
/// <param name="Role">Role implied by the base name.</param>
/// <param name="TimePriority">For time columns, 1 (time/seconds), 2 (since_start) or 3 (timestamp); 0 otherwise.</param>
internal sealed record CsvColumnName(string Original, string Base, string Unit, CsvColumnRole Role, int TimePriority)
{
    private static readonly HashSet<string> RrNames = new(StringComparer.Ordinal)
    {
        "rr", "rri", "ibi", "nn", "nni", "rr_interval", "rr_intervals", "interval", "intervals", "rr_int", "r_r",
        "rrinterval", "rrintervals", "nn_interval", "nn_intervals", "interbeat_interval", "inter_beat_interval",
        "ibi_interval", "rr_value", "rr_data", "rr_duration",
    };

    private static readonly HashSet<string> BeatNames = new(StringComparer.Ordinal)
    {
        "beat_time", "beat_times", "beat", "beats", "r_peak", "r_peaks", "rpeak", "rpeaks", "peak_time", "peak_times",
        "r_time", "r_peak_time", "r_peak_times", "heartbeat_time", "heartbeat_times", "beat_onset", "peaks",
    };

    private static readonly HashSet<string> Time1Names = new(StringComparer.Ordinal)
    {
        "time", "t", "seconds", "second", "secs", "sec", "elapsed", "elapsed_time", "time_elapsed", "relative_time",
        "milliseconds", "millis", "msec", "time_offset", "offset",
    };

    private static readonly HashSet<string> Time2Names = new(StringComparer.Ordinal)
    {
        "since_start", "time_since_start", "elapsed_since_start", "ms_since_start", "since_start_ms",
    };

    private static readonly HashSet<string> Time3Names = new(StringComparer.Ordinal)
    {
        "timestamp", "time_stamp", "timestamps", "epoch", "unix_time", "unix", "datetime", "date_time", "clock",
        "phone_timestamp", "date_and_time",
    };

    private static readonly HashSet<string> HrNames = new(StringComparer.Ordinal)
    {
        "hr", "bpm", "heart_rate", "heartrate", "pulse", "pulse_rate", "heart_rate_bpm", "hr_value",
    };

    private static readonly HashSet<string> LoadNames = new(StringComparer.Ordinal)
    {
        "power", "load", "watts", "watt", "work", "workload", "work_load", "mets", "met", "power_output",
    };

    private static readonly HashSet<string> MarkerNames = new(StringComparer.Ordinal)
    {
        "marker", "markers", "event", "events", "phase", "phases", "label", "labels", "annotation", "annotations",
        "note", "notes", "comment", "comments", "segment", "lap_label", "stage_label", "tag", "tags",
    };

    private static readonly HashSet<string> BeatSymbolNames = new(StringComparer.Ordinal)
    {
        "symbol", "symbols", "beat_symbol", "beat_symbols", "beat_type", "beat_types", "beat_label", "beat_labels",
        "beat_class", "beat_annotation", "annotation_symbol", "mnemonic", "aami", "aami_class",
    };

    private static readonly HashSet<string> SampleIndexNames = new(StringComparer.Ordinal)
    {
        "sample", "samples", "sample_index", "sample_number", "sample_no", "sample_nr",
    };

    // Longest first, so "_ml_kg_min" is tried before "_min".
    private static readonly (string Suffix, string Unit)[] UnitSuffixes =
    [
        ("_ml_kg_min", "mL/kg/min"), ("_ml_min", "mL/min"), ("_l_min", "L/min"), ("_seconds", "s"),
        ("_millis", "ms"), ("_msec", "ms"), ("_secs", "s"), ("_mets", "METs"), ("_watts", "W"), ("_bpm", "bpm"),
        ("_sec", "s"), ("_met", "METs"), ("_rpm", "rpm"), ("_kmh", "km/h"), ("_pct", "%"), ("_ms", "ms"),
        ("_kg", "kg"), ("_cm", "cm"), ("_hz", "Hz"), ("_s", "s"), ("_w", "W"),
    ];

    /// <summary>The names accepted for each role, for error messages.</summary>
    public static string AcceptedNames =>
        "RR: rr, rri, ibi, nn, rr_ms, rr_s, \"RR (ms)\", rr_interval, interval; " +
        "beat times: beat_time, r_peak, peak_time; " +
        "time: time_s, time, t, seconds, \"time (s)\", since_start, timestamp; " +
        "heart rate: hr, bpm, heart_rate, hr_bpm, \"HR (bpm)\" (with a time column); " +
        "load: power, power_w, load, watts, work, mets; markers: marker, event, phase, label; " +
        "beat annotations (WFDB mnemonics N, V, A, ... with a time column): symbol, beat_type, beat_label, aami";

    /// <summary>Takes a header name apart.</summary>
    public static CsvColumnName Parse(string header)
    {
        var name = header.Trim().Trim('"').Trim().ToUpperInvariant();
        var unit = string.Empty;

        // "RR (ms)", "time [s]"
        var open = name.IndexOfAny(['(', '[']);
        if (open > 0)
        {
            var close = name.IndexOfAny([')', ']'], open);
            var inner = close > open ? name[(open + 1)..close] : name[(open + 1)..];
            unit = UnitWord(inner.Trim());
            name = name[..open];
        }

        var sb = new System.Text.StringBuilder(name.Length);
        foreach (var ch in name)
        {
            var c = char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '_';
            if (c == '_' && (sb.Length == 0 || sb[^1] == '_')) continue;
            sb.Append(c);
        }

        while (sb.Length > 0 && sb[^1] == '_') sb.Length--;
        var baseName = sb.ToString();

        if (unit.Length == 0)
        {
            foreach (var (suffix, u) in UnitSuffixes)
            {
                if (baseName.Length > suffix.Length && baseName.EndsWith(suffix, StringComparison.Ordinal))
                {
                    unit = u;
                    baseName = baseName[..^suffix.Length];
                    break;
                }
            }
        }

        // Bare unit words used as names: "seconds", "ms", "bpm", "watts", "mets".
        if (unit.Length == 0) unit = BareNameUnit(baseName);

        var (role, priority) = RoleOf(baseName);
        return new CsvColumnName(header, baseName, unit, role, priority);
    }

    private static string UnitWord(string word) => word.ToUpperInvariant() switch
    {
        "MS" or "MSEC" or "MILLISECONDS" or "MILLISECOND" => "ms",
        "S" or "SEC" or "SECS" or "SECONDS" or "SECOND" => "s",
        "W" or "WATT" or "WATTS" => "W",
        "BPM" or "1/MIN" or "BEATS/MIN" => "bpm",
        "MET" or "METS" => "METs",
        "L/MIN" => "L/min",
        "ML/MIN" => "mL/min",
        "ML/KG/MIN" => "mL/kg/min",
        _ => word,
    };

    private static string BareNameUnit(string baseName) => baseName switch
    {
        "seconds" or "second" or "secs" or "sec" => "s",
        "milliseconds" or "millis" or "msec" => "ms",
        "bpm" => "bpm",
        "watts" or "watt" => "W",
        "mets" or "met" => "METs",
        _ => string.Empty,
    };

    private static (CsvColumnRole, int) RoleOf(string b)
    {
        if (RrNames.Contains(b)) return (CsvColumnRole.Rr, 0);
        if (BeatNames.Contains(b)) return (CsvColumnRole.BeatTime, 1);
        if (Time1Names.Contains(b)) return (CsvColumnRole.Time, 1);
        if (Time2Names.Contains(b)) return (CsvColumnRole.Time, 2);
        if (Time3Names.Contains(b)) return (CsvColumnRole.Time, 3);
        if (HrNames.Contains(b)) return (CsvColumnRole.HeartRate, 0);
        if (LoadNames.Contains(b)) return (CsvColumnRole.Load, 0);
        if (MarkerNames.Contains(b)) return (CsvColumnRole.Marker, 0);
        if (BeatSymbolNames.Contains(b)) return (CsvColumnRole.BeatSymbol, 0);
        if (SampleIndexNames.Contains(b)) return (CsvColumnRole.SampleIndex, 0);
        return (CsvColumnRole.Unknown, 0);
    }
}
