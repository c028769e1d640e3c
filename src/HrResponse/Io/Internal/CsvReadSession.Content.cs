namespace HrResponse.Io.Internal;

/// <summary>The three kinds of content (RR intervals, beat times, heart-rate samples) and the extra columns.</summary>
internal sealed partial class CsvReadSession
{
    private (RrIntervals Beats, double[] RowTimes, RrUnit Unit, string UnitReason, string? TimeReason) ReadIntervals(
        CsvColumnData rr, List<CsvColumnData> timeCandidates, bool timeIsExplicit, HashSet<CsvColumnData> core)
    {
        ThrowIfBad(rr, "an RR interval", allowEmpty: true, requirePositive: true);
        var (unit, unitReason) = ChooseRrUnit(rr, rr.Values, differences: false);
        var factor = unit == RrUnit.Seconds ? 1000.0 : 1.0;
        var n = _rows;
        var ms = rr.Values.ToArray();
        if (factor != 1.0)
            for (var i = 0; i < n; i++) ms[i] *= factor;
        var outOfRange = CheckRrRange(rr, ms, unit);
        _handled.Add(rr);
        _used.Add($"{rr.Name.Original}: RR intervals ({Unit(unit)})");

        var time = ChooseTime(timeCandidates, timeIsExplicit, needed: false);
        if (time is null)
        {
            if (rr.FirstEmptyRow >= 0)
            {
                throw Fail(
                    _lines[rr.FirstEmptyRow], rr.Name.Original, string.Empty,
                    "empty RR cell and no time column to rebuild the interval from; fill the cell or add a time column (e.g. time_s)");
            }

            // Every row is an interval; beat times are the cumulative sum from 0 s. An out-of-range value is left out
            // (its line is in the report) and the next interval is marked as following a gap.
            var cumulative = new double[n];
            var keptMs = new List<double>(n);
            var keptTimes = new List<double>(n);
            var gapBefore = new List<bool>(n);
            var afterSkip = false;
            double sum = 0;
            for (var i = 0; i < n; i++)
            {
                if (outOfRange[i])
                {
                    cumulative[i] = double.NaN;
                    afterSkip = true;
                    continue;
                }

                sum += ms[i];
                cumulative[i] = sum / 1000.0;
                keptMs.Add(ms[i]);
                keptTimes.Add(cumulative[i]);
                gapBefore.Add(afterSkip && keptMs.Count > 1);
                afterSkip = false;
            }

            if (keptMs.Count == 0)
                throw Fail(_lines[0], rr.Name.Original, RawLine(0), "no RR interval could be read: every row was skipped");
            return (RrIntervals.CreateTrusted([.. keptMs], [.. keptTimes], gapBefore.Contains(true) ? [.. gapBefore] : null),
                cumulative, unit, unitReason, null);
        }

        // Out-of-range values take no part in choosing the time unit or convention, and are skipped like empty cells.
        for (var i = 0; i < n; i++)
            if (outOfRange[i]) ms[i] = double.NaN;

        var keep = new bool[n];
        var ends = new double[n];
        var gapAfterSkip = new bool[n];
        var rebuilt = new bool[n];
        core.Add(time);
        var t = time.Values;
        var (toSeconds, unitText) = ChooseTimeUnitFromRr(time, t, ms);
        CheckNotEpochMilliseconds(time, t, toSeconds);
        var ts = new double[n];
        for (var i = 0; i < n; i++) ts[i] = t[i] * toSeconds;
        var (startConvention, conventionText) = DetectConvention(time, ts, ms);
        var timeReason = $"{unitText}; {conventionText}";
        _used.Add($"{time.Name.Original}: beat times ({(toSeconds == 1 ? "seconds" : "milliseconds")}, " +
                  $"{(startConvention ? "start of each interval, converted to end times" : "end of each interval")})");
        BuildFromTimes(rr, ts, ms, startConvention, keep, ends, gapAfterSkip, rebuilt, outOfRange);
        CheckIncreasing(time, t, keep, ends);

        var count = keep.Count(k => k);
        var outMs = new double[count];
        var outTimes = new double[count];
        var gaps = new bool[count];
        var reconstructed = new bool[count];
        var rowTimes = new double[n];
        var k = 0;
        var pendingGap = false;
        for (var i = 0; i < n; i++)
        {
            if (!keep[i])
            {
                rowTimes[i] = double.NaN;
                pendingGap |= gapAfterSkip[i];
                continue;
            }

            rowTimes[i] = ends[i];
            outMs[k] = ms[i];
            outTimes[k] = ends[i];
            gaps[k] = pendingGap && k > 0;
            reconstructed[k] = rebuilt[i];
            pendingGap = false;
            k++;
        }

        if (count == 0)
            throw Fail(_lines[0], rr.Name.Original, RawLine(0), "no RR interval could be read: every row was skipped");
        return (RrIntervals.CreateTrusted(outMs, outTimes, gaps, reconstructed), rowTimes, unit, unitReason, timeReason);
    }

    /// <summary>
    /// Applies the physiological limits of the options to RR values in milliseconds: refuses a file whose median gives a
    /// heart rate outside [MinMedianHeartRateBpm, MaxMedianHeartRateBpm] or whose out-of-range values look like another
    /// unit (mixed units); otherwise reports each value outside [MinRrMs, MaxRrMs] as a skipped line and returns them.
    /// </summary>
    private bool[] CheckRrRange(CsvColumnData rr, double[] ms, RrUnit unit)
    {
        var rule = RrRangeRule.Evaluate(ms, _options);
        if (rule.FiniteCount == 0) return rule.OutOfRange;
        var (min, max) = (_options.MinRrMs, _options.MaxRrMs);
        var name = rr.Name.Original;
        if (!rule.MedianPlausible)
        {
            var row = rule.FirstOutOfRange >= 0 ? rule.FirstOutOfRange : FirstFiniteRow(ms);
            throw Fail(
                _lines[row], name, CellText(row, rr),
                $"the RR values read as {Unit(unit)} have a median of {F(rule.MedianMs)} ms, a heart rate of {F(Math.Round(rule.MedianBpm, 1))} bpm, " +
                $"outside the physiological range {F(_options.MinMedianHeartRateBpm)}–{F(_options.MaxMedianHeartRateBpm)} bpm " +
                "(CsvReadOptions.MinMedianHeartRateBpm/MaxMedianHeartRateBpm); check the unit (RrUnit) and that the column holds RR intervals");
        }

        if (rule.MixedUnits)
        {
            var other = unit == RrUnit.Milliseconds ? RrUnit.Seconds : RrUnit.Milliseconds;
            throw Fail(
                _lines[rule.FirstOtherUnit], name, CellText(rule.FirstOtherUnit, rr),
                $"mixed units: the column is read in {Unit(unit)} (median {F(rule.MedianMs)} ms), but {rule.OtherUnitCount} of {rule.FiniteCount} values " +
                $"are outside {F(min)}–{F(max)} ms and look like {Unit(other)}; convert the file to one unit");
        }

        for (var i = 0; i < ms.Length; i++)
        {
            if (!rule.OutOfRange[i]) continue;
            Skip(i, $"RR {CellText(i, rr)} in '{name}' ({F(ms[i])} ms) is outside the physiological range {F(min)}–{F(max)} ms " +
                    "(CsvReadOptions.MinRrMs/MaxRrMs); the next interval is marked as following a gap");
        }

        return rule.OutOfRange;
    }

    /// <summary>Time unit of a time column beside RR values: header, else agreement of the time steps with the RR values.</summary>
    private static (double ToSeconds, string Reason) ChooseTimeUnitFromRr(CsvColumnData time, ReadOnlySpan<double> t, ReadOnlySpan<double> ms)
    {
        if (time.Name.Unit == "s") return (1.0, $"time column '{time.Name.Original}': header says seconds");
        if (time.Name.Unit == "ms") return (0.001, $"time column '{time.Name.Original}': header says milliseconds");
        var steps = new List<double>();
        var rrs = new List<double>();
        for (var i = 1; i < t.Length; i++)
        {
            if (!double.IsFinite(ms[i])) continue;
            steps.Add(t[i] - t[i - 1]);
            rrs.Add(ms[i]);
        }

        if (steps.Count == 0)
            return (1.0, $"time column '{time.Name.Original}': no unit in the header and too few rows to compare with the RR values; assumed seconds");
        var step = Median(steps);
        var rrMedian = Median(rrs);
        var ratio = step / rrMedian;
        var seconds = Math.Abs(Math.Log10(ratio) + 3) < Math.Abs(Math.Log10(ratio));
        return seconds
            ? (1.0, $"time column '{time.Name.Original}': median step {F(step)} matches median RR {F(rrMedian)} ms / 1000, so seconds")
            : (0.001, $"time column '{time.Name.Original}': median step {F(step)} matches median RR {F(rrMedian)} ms, so milliseconds");
    }

    /// <summary>
    /// Whether the time of a row marks the end of its interval (t[i] − t[i−1] ≈ RR[i], e.g. ACTES) or its start
    /// (t[i] − t[i−1] ≈ RR[i−1], e.g. FatMaxxer's since_start), by the median absolute mismatch of each.
    /// </summary>
    private static (bool Start, string Reason) DetectConvention(CsvColumnData time, ReadOnlySpan<double> ts, ReadOnlySpan<double> ms)
    {
        var endErr = new List<double>();
        var startErr = new List<double>();
        for (var i = 1; i < ts.Length; i++)
        {
            if (!double.IsFinite(ms[i]) || !double.IsFinite(ms[i - 1])) continue;
            var d = (ts[i] - ts[i - 1]) * 1000.0;
            endErr.Add(Math.Abs(d - ms[i]));
            startErr.Add(Math.Abs(d - ms[i - 1]));
        }

        if (endErr.Count == 0) return (false, "too few rows to tell whether times mark the end or the start of each interval; assumed the end");
        var e = Median(endErr);
        var s = Median(startErr);
        var name = time.Name.Original;
        return s < e
            ? (true, $"'{name}' marks the START of each interval (median |Δt − RR[i−1]| = {F(s)} ms vs |Δt − RR[i]| = {F(e)} ms); converted to end times t + RR")
            : (false, $"'{name}' marks the END of each interval (median |Δt − RR[i]| = {F(e)} ms vs |Δt − RR[i−1]| = {F(s)} ms)");
    }

    private void BuildFromTimes(
        CsvColumnData rr, double[] ts, double[] ms, bool startConvention, bool[] keep, double[] ends, bool[] gapAfterSkip, bool[] rebuilt,
        bool[] outOfRange)
    {
        var n = ts.Length;
        for (var i = 0; i < n; i++)
        {
            if (outOfRange[i])
            {
                gapAfterSkip[i] = true;
                continue;
            }

            if (double.IsFinite(ms[i]))
            {
                keep[i] = true;
                ends[i] = startConvention ? ts[i] + (ms[i] / 1000.0) : ts[i];
                continue;
            }

            if (_options.MissingRr == MissingRrPolicy.Skip)
            {
                Skip(i, $"empty RR cell in '{rr.Name.Original}' (MissingRr = Skip); the next interval is marked as following a gap");
                gapAfterSkip[i] = true;
                continue;
            }

            if (!startConvention && i == 0)
            {
                Skip(i, $"empty RR cell in '{rr.Name.Original}' on the first data row: no earlier time to rebuild it from");
                continue;
            }

            if (startConvention && i == n - 1)
            {
                Skip(i, $"empty RR cell in '{rr.Name.Original}' on the last data row: no later start time to rebuild it from");
                continue;
            }

            keep[i] = true;
            ms[i] = startConvention ? (ts[i + 1] - ts[i]) * 1000.0 : (ts[i] - ts[i - 1]) * 1000.0;
            ends[i] = startConvention ? ts[i + 1] : ts[i];
            rebuilt[i] = true;
            _rebuilt.Add(_lines[i]);
        }
    }

    private void CheckIncreasing(CsvColumnData time, ReadOnlySpan<double> t, bool[] keep, double[] ends)
    {
        var previous = -1;
        for (var i = 0; i < keep.Length; i++)
        {
            if (!keep[i]) continue;
            if (previous >= 0 && !(ends[i] > ends[previous]))
            {
                throw Fail(
                    _lines[i], time.Name.Original, CellText(i, time),
                    $"beat times must increase: the interval ending on line {_lines[i]} (time {F(t[i])}) does not end after " +
                    $"the one on line {_lines[previous]} (time {F(t[previous])}); check the time and RR columns");
            }

            previous = i;
        }
    }

    private (RrIntervals Beats, double[] RowTimes, RrUnit Unit, string Reason) ReadBeatTimes(CsvColumnData column, CsvColumnData? symbols)
    {
        ThrowIfBad(column, "a beat time", allowEmpty: true, requirePositive: false);
        _handled.Add(column);
        var v = column.Values;
        var codes = symbols is null ? default : ReadBeatSymbols(symbols);
        var (unit, reason) = ChooseRrUnit(column, v, differences: true);
        var toSeconds = unit == RrUnit.Seconds ? 1.0 : 0.001;
        var rowTimes = new double[_rows];
        var times = new List<double>(_rows);
        var normal = new List<bool>(_rows);
        var notBeats = 0;
        var previous = -1;
        for (var i = 0; i < _rows; i++)
        {
            rowTimes[i] = double.NaN;
            if (double.IsNaN(v[i]))
            {
                Skip(i, $"empty beat-time cell in '{column.Name.Original}'");
                continue;
            }

            if (previous >= 0 && !(v[i] > v[previous])) ThrowNotIncreasing(column, i, previous, v[i], v[previous]);
            rowTimes[i] = v[i] * toSeconds;
            previous = i;
            if (symbols is not null)
            {
                if (double.IsNaN(codes[i]))
                {
                    Skip(i, $"empty beat-annotation cell in '{symbols.Name.Original}'");
                    continue;
                }

                var code = (int)codes[i];
                if (!WfdbCodes.IsQrs(code))
                {
                    notBeats++;
                    continue;
                }

                normal.Add(WfdbCodes.IsNormal(code));
            }

            times.Add(rowTimes[i]);
        }

        if (times.Count < 2)
        {
            throw Fail(
                _lines[Math.Max(previous, 0)], column.Name.Original, previous >= 0 ? CellText(previous, column) : string.Empty,
                $"only {times.Count} beat time; at least two are needed to form an interval");
        }

        _used.Add($"{column.Name.Original}: beat times ({Unit(unit)}); n times give n - 1 intervals");
        if (symbols is not null) return (NormalIntervals(times, normal, symbols, notBeats), rowTimes, unit, reason);
        var ms = new double[times.Count - 1];
        var ends = new double[times.Count - 1];
        for (var k = 0; k < ms.Length; k++)
        {
            ms[k] = (times[k + 1] - times[k]) * 1000.0;
            ends[k] = times[k + 1];
        }

        return (RrIntervals.CreateTrusted(ms, ends), rowTimes, unit, reason);
    }

    /// <summary>
    /// RR rows with a beat annotation each (the beat that ends the row's interval): with
    /// <see cref="CsvReadOptions.NormalBeatsOnly"/> only the intervals whose ending beat and the previous row's are normal
    /// are kept (the first row's start is not annotated and counts as normal), an interval left out marking the next
    /// kept one as after a gap. An empty annotation counts as not normal; one that is no beat (<c>+</c>, <c>~</c>) fails,
    /// since each row of an RR table ends at a beat.
    /// </summary>
    private RrIntervals NormalRrIntervals(RrIntervals beats, double[] rowTimes, CsvColumnData symbols)
    {
        var codes = ReadBeatSymbols(symbols);
        var normal = new bool[_rows];
        var empty = 0;
        for (var i = 0; i < _rows; i++)
        {
            if (double.IsNaN(codes[i]))
            {
                empty++;
                continue;
            }

            var code = (int)codes[i];
            if (!WfdbCodes.IsQrs(code))
            {
                throw Fail(_lines[i], symbols.Name.Original, CellText(i, symbols),
                    "an annotation that is not a beat, on a row of RR intervals (each row's interval ends at a beat)");
            }

            normal[i] = WfdbCodes.IsNormal(code);
        }

        var nonNormal = normal.Count(n => !n) - empty;
        var keep = new List<int>(beats.Count);
        var row = 0;
        for (var k = 0; k < beats.Count; k++, row++)
        {
            while (!double.IsFinite(rowTimes[row])) row++;
            if (!_options.NormalBeatsOnly || (normal[row] && (row == 0 || normal[row - 1]))) keep.Add(k);
        }

        UseAnnotations(symbols, $"{_rows} rows, {nonNormal} not normal{(empty > 0 ? $", {empty} empty (taken as not normal)" : "")}",
            beats.Count - keep.Count, keep.Count, $"{beats.Count} intervals");
        if (keep.Count == beats.Count) return beats;

        var ms = new double[keep.Count];
        var ends = new double[keep.Count];
        var gaps = new bool[keep.Count];
        var rebuilt = new bool[keep.Count];
        for (var j = 0; j < keep.Count; j++)
        {
            var k = keep[j];
            ms[j] = beats.Milliseconds[k];
            ends[j] = beats.BeatTimesSeconds[k];
            rebuilt[j] = beats.Reconstructed[k];
            gaps[j] = j > 0 && (keep[j - 1] != k - 1 || beats.GapBefore[k]);
        }

        return RrIntervals.CreateTrusted(ms, ends, gaps, rebuilt);
    }

    /// <summary>The WFDB codes of a beat-annotation column; fails at the first cell that is no mnemonic.</summary>
    private ReadOnlySpan<double> ReadBeatSymbols(CsvColumnData symbols)
    {
        _handled.Add(symbols);
        if (symbols.FirstTextRow >= 0)
        {
            throw Fail(
                _lines[symbols.FirstTextRow], symbols.Name.Original, CellText(symbols.FirstTextRow, symbols),
                "not a WFDB beat-annotation mnemonic (case-sensitive); normal beats: N L R B e j n; other beats: A a J S V E F " +
                "/ f Q ? ! r; not beats: + ~ | \" s T * D = p ^ t u [ ] x ( ) @");
        }

        return symbols.Values;
    }

    /// <summary>
    /// The intervals between consecutive beats of an annotated series; with <see cref="CsvReadOptions.NormalBeatsOnly"/>
    /// only those between two normal beats, an interval left out marking the next kept one as after a gap.
    /// </summary>
    private RrIntervals NormalIntervals(List<double> times, List<bool> normal, CsvColumnData symbols, int notBeats)
    {
        var ms = new List<double>(times.Count);
        var ends = new List<double>(times.Count);
        var gaps = new List<bool>(times.Count);
        var leftOut = 0;
        var pendingGap = false;
        for (var k = 1; k < times.Count; k++)
        {
            if (_options.NormalBeatsOnly && !(normal[k] && normal[k - 1]))
            {
                leftOut++;
                pendingGap = true;
                continue;
            }

            ms.Add((times[k] - times[k - 1]) * 1000.0);
            ends.Add(times[k]);
            gaps.Add(pendingGap && ms.Count > 1);
            pendingGap = false;
        }

        var nonNormal = normal.Count(n => !n);
        UseAnnotations(symbols,
            $"{times.Count} beats, {nonNormal} not normal{(notBeats > 0 ? $"; {notBeats} {(notBeats == 1 ? "annotation that is not a beat" : "annotations that are not beats")} left out" : "")}",
            leftOut, ms.Count, $"{times.Count} annotated beats ({nonNormal} not normal)");
        return RrIntervals.CreateTrusted([.. ms], [.. ends], [.. gaps]);
    }

    /// <summary>
    /// Reports how a beat-annotation column was used (<paramref name="counts"/>: what it annotated; the intervals left
    /// out as not NN), and fails when no interval is left (<paramref name="among"/> names what there was).
    /// </summary>
    private void UseAnnotations(CsvColumnData symbols, string counts, int leftOut, int kept, string among)
    {
        _used.Add($"{symbols.Name.Original}: beat annotations (WFDB mnemonics) of {counts}; " + (_options.NormalBeatsOnly
            ? $"NN intervals only: {leftOut} intervals that begin or end at a beat that is not normal left out"
            : "every interval kept (NormalBeatsOnly = false)"));
        if (kept == 0)
        {
            throw Fail(_lines[0], symbols.Name.Original, string.Empty,
                $"no interval between two normal beats among the {among}; set NormalBeatsOnly = false to keep every interval");
        }
    }

    private (HeartRateSeries Series, double[] RowTimes, string TimeReason) ReadHeartRate(
        CsvColumnData hr, List<CsvColumnData> timeCandidates, bool timeIsExplicit, HashSet<CsvColumnData> core)
    {
        var time = ChooseTime(timeCandidates, timeIsExplicit, needed: true, allowRepeats: true)!;
        core.Add(time);
        ThrowIfBad(hr, "a heart rate", allowEmpty: true, requirePositive: false);
        _handled.Add(hr);
        var v = hr.Values;
        var finite = new List<double>(v.Length);
        foreach (var x in v)
            if (double.IsFinite(x)) finite.Add(x);
        if (finite.Count == 0)
            throw Fail(_lines[0], hr.Name.Original, string.Empty, "the heart-rate column has no values");
        var median = Median(finite);
        if (median < 20 || median > HeartRateSeries.MaxPlausibleBpm)
        {
            var seconds = median < 20;
            var row = 0;
            while (!(double.IsFinite(v[row]) && (seconds ? v[row] < 20 : v[row] > HeartRateSeries.MaxPlausibleBpm))) row++;
            throw Fail(
                _lines[row], hr.Name.Original, CellText(row, hr),
                $"the heart-rate values (median {F(median)}) look like RR intervals in {(seconds ? "seconds" : "milliseconds")}, " +
                $"not beats per minute; if the column holds RR intervals, name it {(seconds ? "rr_s" : "rr_ms")} or set RrColumn = '{hr.Name.Original}'");
        }

        var t = time.Values;
        var (toSeconds, timeReason) = ChooseSampleTimeUnit(time, t);
        CheckNotEpochMilliseconds(time, t, toSeconds);
        var times = new List<double>(_rows);
        var bpm = new List<double>(_rows);
        var rowTimes = new double[_rows];
        var lastKept = 0;
        for (var i = 0; i < _rows; i++)
        {
            rowTimes[i] = t[i] * toSeconds;
            if (double.IsNaN(v[i]))
            {
                Skip(i, $"empty heart-rate cell in '{hr.Name.Original}'");
                rowTimes[i] = double.NaN;
                continue;
            }

            if (times.Count > 0 && rowTimes[i] == times[^1])
            {
                Skip(i, $"repeated sample time {F(t[i])} (same as line {_lines[lastKept]}); the first sample at that time was kept");
                rowTimes[i] = double.NaN;
                continue;
            }

            if (v[i] <= 0 || v[i] > HeartRateSeries.MaxPlausibleBpm)
            {
                throw Fail(
                    _lines[i], hr.Name.Original, CellText(i, hr),
                    $"heart rate {F(v[i])} bpm is outside (0, {F(HeartRateSeries.MaxPlausibleBpm)}]");
            }

            times.Add(rowTimes[i]);
            bpm.Add(v[i]);
            lastKept = i;
        }

        _used.Add($"{hr.Name.Original}: heart rate (bpm)");
        _used.Add($"{time.Name.Original}: sample times ({(toSeconds == 1 ? "seconds" : "milliseconds")})");
        return (HeartRateSeries.FromSamples(times.ToArray(), bpm.ToArray()), rowTimes, timeReason);
    }

    /// <summary>
    /// Values read as seconds that reach 10¹¹ (over 3,000 years) are Unix epoch milliseconds (10¹² for 2001–2286), not
    /// seconds: refuse them with that diagnosis rather than analyse a series that is almost all gaps.
    /// </summary>
    private void CheckNotEpochMilliseconds(CsvColumnData time, ReadOnlySpan<double> t, double toSeconds)
    {
        const double EpochMillisecondsFloor = 1e11;
        if (toSeconds != 1.0) return;
        for (var i = 0; i < t.Length; i++)
        {
            if (!double.IsFinite(t[i])) continue;
            if (Math.Abs(t[i]) < EpochMillisecondsFloor) return;
            var asDate = t[i] > 0 && t[i] < 253_402_300_800_000 // 9999-12-31 in epoch milliseconds
                ? $" ({DateTimeOffset.FromUnixTimeMilliseconds((long)t[i]).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)} UTC)"
                : string.Empty;
            throw Fail(
                _lines[i], time.Name.Original, CellText(i, time),
                $"time column '{time.Name.Original}' is read as seconds, but {F(t[i])} s is over 3,000 years: the values look like " +
                $"Unix epoch milliseconds{asDate}; name the column with a milliseconds unit (e.g. time_ms) or convert it to seconds from the start");
        }
    }

    private static (double ToSeconds, string Reason) ChooseSampleTimeUnit(CsvColumnData time, ReadOnlySpan<double> t)
    {
        var name = time.Name.Original;
        if (time.DateTimeOrigin is not null) return (1.0, $"time column '{name}': date-time stamps, seconds from the first");
        if (time.Name.Unit == "s") return (1.0, $"time column '{name}': header says seconds");
        if (time.Name.Unit == "ms") return (0.001, $"time column '{name}': header says milliseconds");
        var steps = new List<double>(t.Length);
        for (var i = 1; i < t.Length; i++) steps.Add(t[i] - t[i - 1]);
        if (steps.Count == 0) return (1.0, $"time column '{name}': no unit in the header; assumed seconds");
        var step = Median(steps);
        return step >= 200
            ? (0.001, $"time column '{name}': no unit in the header; median step {F(step)} >= 200, so milliseconds")
            : (1.0, $"time column '{name}': no unit in the header; median step {F(step)} < 200, so seconds");
    }

    private (SampledChannel? Load, List<Marker> Markers, List<SampledChannel> Channels) ReadExtras(
        double[] rowTimes, HashSet<CsvColumnData> core, CsvColumnName[] names)
    {
        var markers = new List<Marker>();
        var channels = new List<SampledChannel>();
        SampledChannel? load = null;
        if (_columns.All(c => core.Contains(c) || _handled.Contains(c))) return (load, markers, channels);

        var kept = new List<int>(_rows);
        for (var i = 0; i < rowTimes.Length; i++)
            if (double.IsFinite(rowTimes[i])) kept.Add(i);
        var times = kept.Select(i => rowTimes[i]).ToArray();

        var loadColumn = Pick(_options.LoadColumn, CsvColumnRole.Load, names);
        if (loadColumn is not null && !core.Contains(loadColumn) && !_handled.Contains(loadColumn) && !loadColumn.IsLabel)
        {
            ThrowIfBad(loadColumn, "a load", allowEmpty: true, requirePositive: false);
            var unit = loadColumn.Name.Unit is "W" or "METs" ? loadColumn.Name.Unit
                : loadColumn.Name.Base is "mets" or "met" ? "METs" : "W";
            load = SampledChannel.Create(loadColumn.Name.Original, unit, times, Gather(loadColumn, kept));
            _handled.Add(loadColumn);
            _used.Add($"{loadColumn.Name.Original}: load ({unit})");
        }

        foreach (var c in _columns)
        {
            if (core.Contains(c) || _handled.Contains(c)) continue;
            if (c.IsLabel)
            {
                foreach (var (row, label) in c.LabelChanges) markers.Add(new Marker(MarkerTime(row, rowTimes, times), label));
                _used.Add($"{c.Name.Original}: markers ({markers.Count} label changes)");
                continue;
            }

            if (c.IsBeatSymbol)
            {
                _ignored.Add($"{c.Name.Original}: beat annotations, which are used with beat times or RR intervals only (this file is read as heart-rate samples)");
                continue;
            }

            if (c.Name.Role == CsvColumnRole.SampleIndex)
            {
                _ignored.Add($"{c.Name.Original}: sample numbers of a signal the file does not hold (the times come from the time column)");
                continue;
            }

            if (c.FirstTextRow >= 0)
            {
                _ignored.Add($"{c.Name.Original}: not numeric (line {_lines[c.FirstTextRow]}: '{CellText(c.FirstTextRow, c)}')");
                continue;
            }

            if (c.EmptyCount == c.Count)
            {
                _ignored.Add($"{c.Name.Original}: every cell is empty");
                continue;
            }

            if (c.FirstInfinityRow >= 0)
            {
                throw Fail(
                    _lines[c.FirstInfinityRow], c.Name.Original, CellText(c.FirstInfinityRow, c),
                    "infinity is not a valid value (NaN or an empty cell marks a missing value)");
            }

            var channelUnit = c.Name.Unit.Length == 0 && c.Name.Role == CsvColumnRole.HeartRate ? "bpm" : c.Name.Unit;
            // A header cell that is blank (e.g. "a,,b") still names a channel: by its column number.
            var channelName = string.IsNullOrWhiteSpace(c.Name.Original)
                ? "column " + (Array.IndexOf(_columns, c) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : c.Name.Original;
            channels.Add(SampledChannel.Create(channelName, channelUnit, times, Gather(c, kept)));
            _used.Add($"{c.Name.Original}: channel ({(channelUnit.Length > 0 ? channelUnit : "unit unknown")})");
        }

        return (load, markers, channels);
    }

    private static double[] Gather(CsvColumnData column, List<int> rows)
    {
        var v = column.Values;
        var result = new double[rows.Count];
        for (var k = 0; k < result.Length; k++) result[k] = v[rows[k]];
        return result;
    }

    /// <summary>Time of a marker's row; a skipped row takes the time of the next kept row (or the last one).</summary>
    private static double MarkerTime(int row, double[] rowTimes, double[] keptTimes)
    {
        for (var i = row; i < rowTimes.Length; i++)
            if (double.IsFinite(rowTimes[i])) return rowTimes[i];
        return keptTimes.Length > 0 ? keptTimes[^1] : 0;
    }
}
