using HrResponse.Io.Internal;

namespace HrResponse.Io;

/// <summary>
/// Reads a recording from CSV: RR intervals (one column, or with a time column), beat times, or heart-rate samples,
/// with optional load, marker and other numeric columns. Layout, units and columns are detected (or set by
/// <see cref="CsvReadOptions"/>), and <see cref="RecordingReadReport"/> says what was chosen and why.
/// </summary>
/// <remarks>
/// <para><b>Layout.</b> Delimiter comma, semicolon or tab (detected from the first non-comment line); a decimal comma
/// when the delimiter is a semicolon or tab (or the file has one column) and values such as <c>0,812</c> appear;
/// UTF-8 byte order mark, CR LF and LF line ends; double-quoted cells. Blank lines and lines starting with
/// <c>#</c> are skipped and listed in <see cref="RecordingReadReport.Skipped"/>. The first non-comment line is a
/// header when any of its cells is not a number. Numbers are culture-invariant unless
/// <see cref="CsvReadOptions.Culture"/> is given.</para>
/// <para><b>RR with a time column.</b> Both are used. Whether a row's time marks the end of its interval
/// (<c>t[i] − t[i−1] ≈ RR[i]</c>, as in ACTES) or its start (<c>t[i] − t[i−1] ≈ RR[i−1]</c>, as FatMaxxer's
/// <c>since_start</c>) is detected from the median mismatch of each; start times are converted to end times
/// <c>t + RR</c>. The time unit comes from the header (<c>_s</c>, <c>_ms</c>, <c>(s)</c>) or else from agreement of the
/// time steps with the RR values. Among several time columns the first clean, strictly increasing one is used in
/// the order: <see cref="CsvReadOptions.TimeColumn"/>, <c>time_s</c>/<c>time</c>/<c>seconds</c>, <c>since_start</c>,
/// <c>timestamp</c>; with RR present a time column that does not increase is ignored (and reported), not an error.</para>
/// <para><b>Row times.</b> Every kept row gets one time on the recording's axis: the end of its interval (RR files,
/// the cumulative sum of the intervals from 0 s when there is no time column), the beat time, or the sample time.
/// Load, channels and markers use these times.</para>
/// <para><b>Extra columns.</b> A load column (<c>power</c>, <c>power_w</c>, <c>load</c>, <c>watts</c>, <c>work</c>,
/// <c>mets</c>; unit W, or METs) becomes <see cref="Recording.Load"/>; a marker column (<c>marker</c>, <c>event</c>,
/// <c>phase</c>, <c>label</c>, ...) gives a <see cref="Marker"/> at each row whose non-empty label differs from the
/// previous row's; every other numeric column becomes a channel (empty cells and <c>NaN</c> are missing values);
/// non-numeric unknown columns are ignored and reported.</para>
/// </remarks>
public static class RecordingCsvReader
{
    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">Path of the file (UTF-8, with or without byte order mark).</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="CsvReadOptions.Default"/> (detect everything).</param>
    /// <returns>The recording and the report of how it was read.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank, or an option is invalid (a delimiter that is not ASCII or is a quote, line break, '#', letter, digit or number sign; an undefined enum value; a MarkerColumn, BeatSymbolColumn or RecordingIdColumn that another column option also names; a RecordingIdColumn without RecordingId or the reverse).</exception>
    /// <exception cref="HrDataFormatException">
    /// The file is not a usable recording: empty; header without data rows; no usable column (the message lists the
    /// columns found and the names accepted); text, NaN or infinity where a number is needed; an RR interval that is
    /// zero or negative; times that do not increase (both lines named); a row with the wrong number of cells; an
    /// empty RR cell without a time column; values implausible for their unit (the message says the fix). The
    /// exception names the file, line, column and offending text.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RecordingReadResult Read(string path, CsvReadOptions? options = null)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        options = Validate(options);
        var text = File.ReadAllText(path);
        return new CsvReadSession(text, path, options).Run();
    }

    /// <summary>Reads the text of the file at <paramref name="path"/>, already read (as <see cref="Read(string, CsvReadOptions?)"/> would read it).</summary>
    internal static RecordingReadResult ReadText(string text, string path, CsvReadOptions? options)
    {
        Io.Internal.InputPath.Check(path, nameof(path));
        options = Validate(options);
        return new CsvReadSession(text, path, options).Run();
    }

    /// <summary>Reads CSV text from a reader (read to its end; not disposed).</summary>
    /// <param name="reader">The text; a leading byte order mark is ignored.</param>
    /// <param name="sourceName">Name used in messages and the report, e.g. a file name or <c>stdin</c>.</param>
    /// <param name="options">Settings, or <c>null</c> for <see cref="CsvReadOptions.Default"/> (detect everything).</param>
    /// <returns>The recording and the report of how it was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sourceName"/> is null or blank, or an option is invalid (see <see cref="Read(string, CsvReadOptions?)"/>).</exception>
    /// <exception cref="HrDataFormatException">The text is not a usable recording; see <see cref="Read(string, CsvReadOptions?)"/>.</exception>
    public static RecordingReadResult Read(TextReader reader, string sourceName, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        options = Validate(options);
        return new CsvReadSession(reader.ReadToEnd(), sourceName, options).Run();
    }

    internal static CsvReadOptions Validate(CsvReadOptions? options)
    {
        options ??= CsvReadOptions.Default;
        if (options.Delimiter is { } d && (!char.IsAscii(d) || d is '"' or '\r' or '\n' or '#' || char.IsAsciiLetterOrDigit(d) || d is '.' or '-' or '+'))
        {
            throw new ArgumentException(
                $"CsvReadOptions.Delimiter must be an ASCII character that is not a quote, line break, '#', letter, digit, '.', '-' or '+'; it is U+{(int)d:X4}.",
                nameof(options));
        }

        if (!Enum.IsDefined(options.RrUnit))
            throw new ArgumentException($"CsvReadOptions.RrUnit must be a defined RrUnit value; it is {(int)options.RrUnit}.", nameof(options));
        if (!Enum.IsDefined(options.Content))
            throw new ArgumentException($"CsvReadOptions.Content must be a defined CsvContent value; it is {(int)options.Content}.", nameof(options));
        if (!Enum.IsDefined(options.MissingRr))
            throw new ArgumentException($"CsvReadOptions.MissingRr must be a defined MissingRrPolicy value; it is {(int)options.MissingRr}.", nameof(options));
        if (options.MarkerColumn is { } marker &&
            new[] { options.RrColumn, options.TimeColumn, options.HeartRateColumn, options.LoadColumn }
                .Any(c => string.Equals(c?.Trim(), marker.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"CsvReadOptions.MarkerColumn '{marker}' is also named by another column option; a column holds either numbers or marker labels.",
                nameof(options));
        }

        if (options.BeatSymbolColumn is { } symbols &&
            new[] { options.RrColumn, options.TimeColumn, options.HeartRateColumn, options.LoadColumn, options.MarkerColumn }
                .Any(c => string.Equals(c?.Trim(), symbols.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"CsvReadOptions.BeatSymbolColumn '{symbols}' is also named by another column option; a column holds either numbers, marker labels or beat annotations.",
                nameof(options));
        }

        if (options.RecordingIdColumn is { } idColumn)
        {
            if (string.IsNullOrWhiteSpace(idColumn))
                throw new ArgumentException("CsvReadOptions.RecordingIdColumn must name a column; it is blank.", nameof(options));
            if (new[] { options.RrColumn, options.TimeColumn, options.HeartRateColumn, options.LoadColumn, options.MarkerColumn, options.BeatSymbolColumn }
                .Any(c => string.Equals(c?.Trim(), idColumn.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException(
                    $"CsvReadOptions.RecordingIdColumn '{idColumn}' is also named by another column option; the recording id column holds no data of its own.",
                    nameof(options));
            }

            if (options.RecordingId is null)
            {
                throw new ArgumentException(
                    $"CsvReadOptions.RecordingIdColumn '{idColumn}' is set without RecordingId: say which recording to read " +
                    "(LongFormatCsvTable lists the values in the file).",
                    nameof(options));
            }
        }
        else if (options.RecordingId is not null)
        {
            throw new ArgumentException(
                $"CsvReadOptions.RecordingId '{options.RecordingId}' is set without RecordingIdColumn, the column that holds it.", nameof(options));
        }

        if (!(options.MinRrMs > 0 && options.MaxRrMs > options.MinRrMs && double.IsFinite(options.MaxRrMs)))
        {
            throw new ArgumentException(
                $"CsvReadOptions.MinRrMs and MaxRrMs must be finite with 0 < MinRrMs < MaxRrMs; they are {options.MinRrMs} and {options.MaxRrMs}.",
                nameof(options));
        }

        if (!(options.MinMedianHeartRateBpm > 0 && options.MaxMedianHeartRateBpm > options.MinMedianHeartRateBpm && double.IsFinite(options.MaxMedianHeartRateBpm)))
        {
            throw new ArgumentException(
                "CsvReadOptions.MinMedianHeartRateBpm and MaxMedianHeartRateBpm must be finite with 0 < Min < Max; " +
                $"they are {options.MinMedianHeartRateBpm} and {options.MaxMedianHeartRateBpm}.",
                nameof(options));
        }

        return options;
    }
}
