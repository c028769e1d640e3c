using System.CommandLine;
using System.Globalization;
using HrResponse.Cli.Batch;
using HrResponse.Cli.Output;
using HrResponse.Hrv;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>
/// <c>hrresponse batch INPUTS... --out results.csv</c>: one analysis over many files, one row per file, failures isolated
/// into the errors file, progress on standard error.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUTS") { Description = "Files, folders (searched recursively) and globs (*, ?, **).", Arity = ArgumentArity.OneOrMore };
        // -o/--output as every other command's output file; --out, the name the batch docs use, stays.
        var output = new Option<string>("--out", "-o", "--output") { Description = "Results file (one row per file); written atomically.", Required = true };
        var errors = new Option<string?>("--errors") { Description = "Errors file (file,error); written atomically. Failures are also listed on standard error." };
        var jobs = new Option<int>("--jobs") { Description = "Files analysed in parallel (default: number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var shard = new Option<string>("--shard") { Description = "Analyse only shard k of n (k/n), a deterministic subset; shards 1..n cover every file once.", DefaultValueFactory = _ => "1/1" };
        var resume = new Option<bool>("--resume") { Description = "Skip files already in the results file and append to it." };
        var format = CommonOptions.Choice("--format", "Results format.", BatchOutputFormat.Csv, ("csv", BatchOutputFormat.Csv), ("jsonl", BatchOutputFormat.Jsonl));
        var allowFailures = new Option<bool>("--allow-failures") { Description = "Exit 0 even when some files failed." };
        var splitBy = new Option<string?>("--split-by")
        {
            Description = "Split each CSV table into one item per value of this column (e.g. a subject id), named FILE#COLUMN=VALUE.",
        };
        var analysis = AnalysisOptions.Create(withAnalysisChoice: true);
        var command = new Command("batch", "Analyse many files into one table.") { inputs, output, errors, jobs, shard, resume, format, allowFailures, splitBy };
        analysis.AddTo(command);
        command.SetAction((parse, cancellation) =>
        {
            var n = parse.GetValue(jobs);
            if (n is < 1 or > 1024) throw new CliException($"--jobs must be from 1 to 1024; it is {n}.");
            var outPath = parse.GetRequiredValue(output);
            var errorsPath = parse.GetValue(errors);
            if (OutputTargets.IsStandardOutput(outPath) || errorsPath == OutputTargets.StandardOutput)
                throw new CliException("batch writes its results and errors to files (checkpointed, resumable); --out and --errors need file names, not -.");
            var inputArgs = parse.GetRequiredValue(inputs);
            var settingsPath = BatchSettingsRecord.PathFor(outPath);
            OutputTargets.Check(
                inputArgs.Where(File.Exists).Append(analysis.SubjectsPath(parse)), ("--out", outPath), ("--errors", errorsPath),
                ("--out (its settings record)", settingsPath));
            if (File.Exists(settingsPath) && !BatchSettingsRecord.IsRecord(settingsPath))
            {
                throw new CliException(
                    $"{settingsPath} exists and is not a settings record of 'hrresponse batch'; batch keeps its settings there beside --out, " +
                    "so it refuses to overwrite it. Move that file, or write the results under another name.",
                    ExitCodes.OutputError);
            }

            var files = InputExpansion.Expand(inputArgs, out var unmatched)
                .Where(f => !IsOwnOutput(f, ("--out", outPath), ("--errors", errorsPath)) && !IsSettingsRecord(f, settingsPath)).ToList();
            OutputTargets.Check(files.Where(f => f.EndsWith(".hea", StringComparison.OrdinalIgnoreCase)), ("--out", outPath), ("--errors", errorsPath));
            // An unknown option lands among the inputs (INPUTS takes every token); matching no file, it is a usage error.
            if (unmatched.FirstOrDefault(u => u.StartsWith('-')) is { } option)
            {
                throw new CliException(option is "--keep-beats" or "--mark-beats" or "--exclude-beats"
                    ? $"{option}: beat edits belong to one recording (hrv, analyze, clean, plot, report, autonomic); batch does not take them."
                    : $"'{option}' is not an option of batch, and no file has that name; run 'hrresponse batch --help'.");
            }

            foreach (var u in unmatched) context.Error.WriteLine($"warning: no file matches '{u}'");
            var split = parse.GetValue(splitBy);
            if (split is not null)
            {
                var read = analysis.ReadOptions(parse);
                if (read.Csv.RecordingIdColumn is not null)
                    throw new CliException("--split-by and --recording both choose the rows of a table: give one (--split-by reads every recording).");
                files = SplitInputs.Expand(files, split, read);
            }
            if (files.Count == 0) throw new CliException("no input files found.", ExitCodes.InputError);
            var settings = new BatchSettings
            {
                OutputPath = outPath,
                ErrorsPath = errorsPath,
                Format = parse.GetValue(format),
                Jobs = n,
                Shard = Shard.Parse(parse.GetValue(shard) ?? "1/1"),
                Resume = parse.GetValue(resume),
                SettingsText = BatchSettingsRecord.Describe(parse),
            };
            var analyze = analysis.Bind(parse, split);
            var interactive = !Console.IsErrorRedirected && ReferenceEquals(context.Error, Console.Error);
            var runner = new BatchRunner(settings, analyze, new BatchProgress(context.Error, interactive, files.Count));
            CliRun.Progress = null; // the batch's own progress bar, not one per file
            BatchSummary summary;
            try
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, CliRun.Cancellation);
                summary = runner.Run(files, linked.Token);
            }
            catch (OperationCanceledException)
            {
                context.Error.WriteLine("\ncancelled: the results file keeps its last complete checkpoint; run again with --resume.");
                return Task.FromResult(ExitCodes.Cancelled);
            }

            var inv = CultureInfo.InvariantCulture;
            context.Error.WriteLine(string.Format(inv, "{0} files in shard {1}/{2}: {3} analysed, {4} skipped (--resume), {5} failed.",
                summary.Selected, settings.Shard.Index, settings.Shard.Count, summary.Succeeded, summary.Skipped, summary.Failures.Count));
            foreach (var (file, reason) in summary.Failures) context.Error.WriteLine($"failed: {file}: {reason}");
            return Task.FromResult(summary.Failures.Count > 0 && !parse.GetValue(allowFailures) ? ExitCodes.SomeFilesFailed : ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// True when a file found in an input folder or glob is one of this run's outputs and holds results of an earlier
    /// batch (it is skipped, as before); an output that is a data file found among the inputs is refused.
    /// </summary>
    private static bool IsOwnOutput(string file, params (string Option, string? Path)[] outputs)
    {
        foreach (var (option, path) in outputs)
        {
            if (path is null || !FileIdentity.SameFile(file, path)) continue;
            if (LooksLikeBatchOutput(file)) return true;
            throw new CliException(
                $"{option} {path} is the input {file} (found among the inputs) and does not hold batch results; refusing to overwrite an input. " +
                "Write the results outside the input folders, or under another name.",
                ExitCodes.OutputError);
        }

        return false;
    }

    /// <summary>True when a file found among the inputs is this run's settings record (checked to be one before).</summary>
    private static bool IsSettingsRecord(string file, string settingsPath) => FileIdentity.SameFile(file, settingsPath);

    private static bool LooksLikeBatchOutput(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var buffer = new char[64];
            var n = reader.ReadBlock(buffer, 0, buffer.Length);
            var start = new string(buffer, 0, n);
            return n == 0 || start.StartsWith("file,", StringComparison.Ordinal) || start.StartsWith("file\n", StringComparison.Ordinal)
                || start.StartsWith("{\"file\":", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
