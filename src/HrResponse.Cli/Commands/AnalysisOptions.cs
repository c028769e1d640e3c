using System.CommandLine;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Reporting;

namespace HrResponse.Cli.Commands;

/// <summary>The analysis options shared by <c>batch</c> with the single-file commands, and the per-file analysis they bind to.</summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string> _analysis = CommonOptions.Choice("--analysis", "What to compute per file.", "hrv", ("hrv", "hrv"));
    private readonly Option<RrUnit> _rrUnit = CommonOptions.RrUnitOption();
    private readonly Option<HrvPreset> _preset = CommonOptions.Preset();

    private AnalysisOptions()
    {
    }

    public static AnalysisOptions Create() => new();

    public void AddTo(Command command)
    {
        command.Options.Add(_analysis);
        command.Options.Add(_rrUnit);
        command.Options.Add(_preset);
    }

    /// <summary>The per-file analysis selected by the parsed options.</summary>
    public Func<string, ResultDocument> Bind(ParseResult parse)
    {
        var readOptions = new CsvReadOptions { RrUnit = parse.GetValue(_rrUnit) };
        var hrvOptions = HrvOptions.FromPreset(parse.GetValue(_preset));
        return path =>
        {
            var (recording, summary) = InputLoader.Load(path, readOptions);
            return HrvCommand.Analyze(path, recording, summary, hrvOptions);
        };
    }
}
