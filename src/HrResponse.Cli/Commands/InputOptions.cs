using System.CommandLine;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>
/// How an input file is read, for every command that reads one: <c>--rr-unit</c>, <c>--signal</c> (the ECG lead of an
/// ECG table, WFDB record or EDF file), <c>--recording</c> (one recording of a long-format table), <c>--fs</c> (an ECG table's sampling rate) and <c>--all-beats</c> (keep
/// intervals around beats that are not normal in annotated beats). Turned into the library's <see cref="RecordingOpenOptions"/>.
/// </summary>
internal sealed class InputOptions
{
    private readonly Option<RrUnit> _rrUnit = CommonOptions.RrUnitOption();

    private readonly Option<string?> _signal = new("--signal")
    {
        Description = "The ECG lead to detect beats in, by name or 0-based index: a column of an ECG table, a signal of a WFDB record or of an EDF file (default: the first one named as an ECG lead).",
    };

    private readonly Option<double?> _fs = new("--fs")
    {
        Description = "Sampling rate in Hz of an ECG table whose header does not give it (e.g. ecg_360hz) and that has no time column; wins over both.",
    };

    private readonly Option<bool> _allBeats = new("--all-beats")
    {
        Description = "With annotated beats (WFDB annotations, a beat-type column, an rdann listing): keep the intervals that begin or end at a beat that is not normal (default: NN intervals only, as HRV tools do).",
    };

    private readonly Option<string?> _recording = new("--recording")
    {
        Description = "In a table of several recordings one after another, read the rows of one: COLUMN=VALUE, e.g. --recording id=10 (the column names each row's recording).",
        HelpName = "COLUMN=VALUE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_recording);
        command.Options.Add(_rrUnit);
        command.Options.Add(_signal);
        command.Options.Add(_fs);
        command.Options.Add(_allBeats);
    }

    /// <summary>The library's options for the parsed flags.</summary>
    public RecordingOpenOptions OpenOptions(ParseResult parse)
    {
        var signal = parse.GetValue(_signal);
        if (signal is not null && signal.Trim().Length == 0) throw new CliException("--signal needs a lead name or a 0-based index.");
        var normalOnly = !parse.GetValue(_allBeats);
        var fs = parse.GetValue(_fs);
        CommonOptions.CheckSamplingRate(fs);
        var (idColumn, id) = RecordingId(parse.GetValue(_recording));
        return new RecordingOpenOptions
        {
            Csv = new CsvReadOptions { RrUnit = parse.GetValue(_rrUnit), NormalBeatsOnly = normalOnly, RecordingIdColumn = idColumn, RecordingId = id },
            Ecg = new EcgCsvOptions { SignalColumn = signal, SamplingRateHz = fs },
            Wfdb = new WfdbReadOptions { Signal = signal, NormalBeatsOnly = normalOnly },
            Edf = new EdfReadOptions { Signal = signal },
        };
    }

    // --recording COLUMN=VALUE, split at the first '='.
    private static (string? Column, string? Value) RecordingId(string? text)
    {
        if (text is null) return (null, null);
        var at = text.IndexOf('=', StringComparison.Ordinal);
        var column = at > 0 ? text[..at].Trim() : string.Empty;
        var value = at > 0 ? text[(at + 1)..].Trim() : string.Empty;
        if (column.Length == 0 || value.Length == 0)
            throw new CliException($"--recording needs COLUMN=VALUE, e.g. --recording id=10; it is '{text}'.");
        return (column, value);
    }
}
