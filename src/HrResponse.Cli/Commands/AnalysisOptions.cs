using HrResponse.Cli.Output;
using HrResponse.Cli.Batch;
using System.CommandLine;
using HrResponse.Hrv;
using HrResponse.Io;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary>
/// The options shared by <c>hrv</c>, <c>analyze</c> and <c>batch</c> (reading, preset, beat correction), how they resolve
/// into library options, and the per-file analysis a batch binds to.
/// </summary>
internal sealed class AnalysisOptions
{
    private readonly Option<string>? _analysis;
    private readonly BeatEditOptions? _edits;
    private readonly Option<string?>? _subjects;
    private readonly Option<bool>? _reviewBorderline;
    private readonly SubjectOptions _subject = new();
    private readonly AutonomicOptionsCli _autonomic = new();
    private readonly InputOptions _input = new();
    private readonly Option<HrvPreset> _preset = CommonOptions.Preset();
    private readonly Option<string> _domains = new("--domains")
    {
        Description = "Index groups to compute, comma-separated: time, frequency, nonlinear, or all.",
        DefaultValueFactory = _ => "all",
    };

    private readonly Option<PsdMethod?> _psd = CommonOptions.Choice<PsdMethod?>(
        "--psd", "Power spectrum for frequency-domain indices (default: the preset's, Welch).", null,
        ("welch", PsdMethod.Welch), ("lomb", PsdMethod.Lomb), ("burg", PsdMethod.Burg));

    private readonly Option<string?> _correct = new("--correct")
    {
        Description = "Beat correction before analysis: " + string.Join(", ", ArtifactCorrectionOptions.Names) +
            ". Default lipponen-tarvainen; the tool presets (neurokit2, hrv-analysis, pyhrv, systole, kubios) correct nothing, as those tools' HRV functions, unless this is given.",
    };

    private readonly Option<IntervalEstimator?> _estimate = CommonOptions.Choice<IntervalEstimator?>(
        "--estimate", "How corrected intervals are estimated: variance-preserving (autoregressive, RMSSD and SDNN unbiased; the default), autoregressive (its conditional mean), or cubic-spline (Kubios HRV's; the default with --preset kubios).", null,
        ("variance-preserving", IntervalEstimator.AutoregressiveVariancePreserving), ("autoregressive", IntervalEstimator.Autoregressive),
        ("cubic-spline", IntervalEstimator.CubicSpline));

    private AnalysisOptions(bool withAnalysisChoice)
    {
        if (withAnalysisChoice)
        {
            _analysis = CommonOptions.Choice(
                "--analysis", "What to compute per file: analyze (exercise test), hrv, or autonomic (the --test reflex test).", "analyze",
                ("analyze", "analyze"), ("hrv", "hrv"), ("autonomic", "autonomic"));
            _subjects = new Option<string?>("--subjects")
            {
                Description = "CSV of per-file metadata keyed by file name: columns file, age, sex, beta_blocker, posture, exercise_start_s, exercise_end_s, recovery_end_s (any may be empty; the times in seconds on each recording's axis).",
            };
            _reviewBorderline = new Option<bool>("--review-borderline")
            {
                Description = "With analyze or hrv: also count each file's borderline beats and how far RMSSD and SDNN depend on them (QUALITY_BorderlineBeats, QUALITY_RmssdBorderlineSpreadPercent, QUALITY_SdnnBorderlineSpreadPercent, QUALITY_IndicesDependOnBorderlineBeats; two more cleanings per file).",
            };
        }
        else
        {
            _edits = new BeatEditOptions(); // edits belong to one recording: not offered by batch
        }
    }

    public static AnalysisOptions Create(bool withAnalysisChoice) => new(withAnalysisChoice);

    /// <summary>The --subjects file, when given (an input the outputs must not overwrite).</summary>
    public string? SubjectsPath(ParseResult parse) => _subjects is null ? null : parse.GetValue(_subjects);

    public void AddTo(Command command)
    {
        if (_analysis is not null)
        {
            command.Options.Add(_analysis);
            command.Options.Add(_subjects!);
            command.Options.Add(_reviewBorderline!);
            _subject.AddTo(command);
            _autonomic.AddTo(command);
        }

        _input.AddTo(command);
        command.Options.Add(_preset);
        command.Options.Add(_correct);
        _edits?.AddTo(command);
        command.Options.Add(_estimate);
        command.Options.Add(_domains);
        command.Options.Add(_psd);
    }

    /// <summary>How the input is read (<c>--rr-unit</c>, <c>--signal</c>, <c>--all-beats</c>).</summary>
    public RecordingOpenOptions ReadOptions(ParseResult parse) => _input.OpenOptions(parse);

    /// <summary>The recording and the --beat-edits file, if any: the inputs the outputs must not overwrite.</summary>
    public string?[] Inputs(ParseResult parse, string? recording) => [recording, _edits?.EditsFile(parse)];

    /// <summary>True when --correct was given (the autonomic test reads the beats as given otherwise).</summary>
    public bool CorrectionGiven(ParseResult parse) => parse.GetValue(_correct) is not null;

    /// <summary>The HRV preset and the beat correction in force (the preset's own default when --correct is absent).</summary>
    public (HrvOptions Hrv, ArtifactCorrectionOptions Correction) HrvSettings(ParseResult parse)
    {
        var preset = parse.GetValue(_preset);
        var name = parse.GetValue(_correct);
        var correction = ArtifactCorrectionOptions.ForPreset(preset);
        if (name is not null)
        {
            try
            {
                correction = ArtifactCorrectionOptions.FromName(name) with { Estimator = correction.Estimator };
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"--correct: {ex.Message.Split(" (Parameter", 2)[0]}", ex);
            }
        }

        if (parse.GetValue(_estimate) is { } estimator) correction = correction with { Estimator = estimator };
        if (_edits?.Edits(parse) is { IsEmpty: false } edits) correction = correction with { Edits = edits };
        var options = HrvOptions.FromPreset(preset) with { Domains = ParseDomains(parse.GetValue(_domains) ?? "all") };
        if (parse.GetValue(_psd) is { } psd) options = options with { FrequencyDomain = options.FrequencyDomain with { Method = psd } };
        return (options, correction);
    }

    private static HrvDomains ParseDomains(string text)
    {
        var domains = HrvDomains.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            domains |= part.ToLowerInvariant() switch
            {
                "all" => HrvDomains.All,
                "time" => HrvDomains.Time,
                "frequency" or "freq" => HrvDomains.Frequency,
                "nonlinear" => HrvDomains.Nonlinear,
                _ => throw new CliException($"--domains: '{part}' is not an index group; use time, frequency, nonlinear or all."),
            };
        }

        return domains == HrvDomains.None ? throw new CliException("--domains must name at least one index group.") : domains;
    }

    /// <summary>The per-file analysis selected by the parsed options.</summary>
    public Func<string, ResultDocument> Bind(ParseResult parse, string? splitColumn = null)
    {
        var readOptions = ReadOptions(parse);
        var (hrv, correction) = HrvSettings(parse);
        (Recording, InputSummary) Load(string item)
        {
            if (splitColumn is null) return InputLoader.Load(item, readOptions);
            var result = SplitInputs.Open(item, splitColumn, readOptions);
            return (result.Recording, InputSummary.Of(result));
        }

        // Single-file commands always review the borderline beats; batch only when asked (two more cleanings a file).
        var review = _reviewBorderline is null || parse.GetValue(_reviewBorderline);
        if (_analysis is null || parse.GetValue(_analysis) == "hrv")
        {
            return item =>
            {
                var (recording, summary) = Load(item);
                return HrvCommand.Analyze(item, recording, summary, hrv, correction, review);
            };
        }

        var table = parse.GetValue(_subjects!) is { } subjectsPath ? SubjectTable.Read(subjectsPath) : SubjectTable.Empty;
        if (parse.GetValue(_analysis) == "autonomic")
        {
            // The reflex tests read the beats as given unless --correct names a method (generic detectors take the
            // reflex bradycardia for artifacts); the HRV preset's default correction does not apply here.
            var autonomic = _autonomic.Options(parse, withCorrection: false) with
            {
                Correction = parse.GetValue(_correct) is null ? ArtifactCorrectionOptions.None : correction,
            };
            return item =>
            {
                var (recording, summary) = Load(item);
                var subject = _subject.Subject(parse, table.Find(item)?.Subject.OrElse(recording.Subject) ?? recording.Subject);
                return AutonomicCommand.Analyze(item, recording.WithSubject(subject), summary, autonomic);
            };
        }

        var equation = parse.GetValue(_subject.Equation);
        var posture = parse.GetValue(_subject.Posture);
        return item =>
        {
            var (recording, summary) = Load(item);
            var row = table.Find(item);
            var subject = _subject.Subject(parse, row?.Subject.OrElse(recording.Subject) ?? recording.Subject);
            return ExerciseRunner.Analyze(item, recording, summary, subject, hrv, correction, equation, posture, review, row is null ? null : row.Apply);
        };
    }
}
