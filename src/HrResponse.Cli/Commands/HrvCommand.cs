using System.CommandLine;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Quality;

namespace HrResponse.Cli.Commands;

/// <summary><c>hrresponse hrv FILE</c>: HRV indices of a recording, after the chosen beat correction.</summary>
internal static class HrvCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Recording with beats: CSV (RR, beat times, RR + time), FIT, HRM, RR text, BLE log." };
        var format = CommonOptions.Format();
        var output = CommonOptions.Output();
        var analysis = AnalysisOptions.Create(withAnalysisChoice: false);
        var command = new Command("hrv", "Print HRV indices of a beat-to-beat recording.") { file, format, output };
        analysis.AddTo(command);
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var (recording, summary) = InputLoader.Load(path, analysis.ReadOptions(parse));
            var (hrv, correction) = analysis.HrvSettings(parse);
            var document = Analyze(path, recording, summary, hrv, correction);
            ResultOutput.Write(document, parse.GetValue(format), parse.GetValue(output), context.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Beat correction, then HRV of the corrected beats, as a result document with the quality report.</summary>
    public static ResultDocument Analyze(
        string name, Recording recording, InputSummary summary, HrvOptions options, ArtifactCorrectionOptions correction)
    {
        if (!recording.HasBeats)
            throw new CliException(
                $"{name}: HRV needs beat-to-beat data (RR intervals or beat times); this file has only heart-rate samples.",
                ExitCodes.InputError);
        var cleaned = ArtifactCorrection.Clean(recording.Beats, correction);
        var hrv = HrvAnalysis.Compute(cleaned.Intervals, options);
        var indices = new Dictionary<string, double>(hrv.ToIndexTable());
        foreach (var (key, value) in cleaned.Quality.ToIndexTable()) indices[key] = value;
        return new ResultDocument
        {
            File = name,
            Input = summary,
            Settings = new Dictionary<string, object?>
            {
                ["preset"] = options.Name,
                ["correction"] = ArtifactCorrectionOptions.NameOf(correction.Method),
                ["domains"] = options.Domains.ToString(),
                ["time_domain"] = options.Domains.HasFlag(HrvDomains.Time) ? options.TimeDomain : null,
                ["frequency_domain"] = options.Domains.HasFlag(HrvDomains.Frequency) ? options.FrequencyDomain : null,
                ["nonlinear"] = options.Domains.HasFlag(HrvDomains.Nonlinear) ? options.Nonlinear : null,
            },
            Indices = indices,
            Sections = new Dictionary<string, object?>
            {
                ["quality"] = cleaned.Quality,
                ["notes"] = cleaned.Quality.Warnings.Select(w => $"quality: {w.Message}")
                    .Concat(hrv.FrequencyDomain?.Notes.Select(n => $"{n.Index}: {n.Message}") ?? []).ToArray(),
            },
        };
    }
}
