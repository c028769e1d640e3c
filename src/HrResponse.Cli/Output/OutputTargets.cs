namespace HrResponse.Cli.Output;

/// <summary>
/// Checks every output a command will write before any work is done: an output may be missing or a regular file, or
/// <c>-</c> for standard output; it must not be a folder, a FIFO, a device or a socket, must not be (or link to) any
/// input, and two outputs must not name one file. A refusal is <see cref="ExitCodes.OutputError"/>.
/// </summary>
internal static class OutputTargets
{
    /// <summary>The output path that means standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>True when <paramref name="path"/> means standard output (absent or <c>-</c>).</summary>
    public static bool IsStandardOutput(string? path) => path is null or StandardOutput;

    /// <summary>Refuses outputs that would overwrite an input, a special file or each other.</summary>
    /// <param name="inputs">Every file the command reads (nulls ignored).</param>
    /// <param name="outputs">Each output with the option that named it (null or <c>-</c> paths ignored).</param>
    public static void Check(IEnumerable<string?> inputs, params (string Option, string? Path)[] outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        // An input that is not there cannot be overwritten; reading it reports that it is missing.
        var readFiles = inputs.Where(i => !string.IsNullOrEmpty(i) && File.Exists(i)).SelectMany(i => WithCompanions(i!)).ToList();
        var checkedOutputs = new List<(string Option, string Path)>();
        foreach (var (option, path) in outputs)
        {
            if (path is null or StandardOutput) continue;
            if (path.Length == 0) throw new CliException($"{option} is empty; give a file name, or - for standard output.", ExitCodes.UsageError);
            switch (FileIdentity.KindOf(path))
            {
                case FileIdentity.Kind.Directory:
                    throw new CliException($"{option} {path} is a directory; give a file name.", ExitCodes.OutputError);
                case FileIdentity.Kind.Special:
                    throw new CliException(
                        $"{option} {path} is not a regular file (a FIFO, device or socket); hrresponse writes only regular files. Use - for standard output.",
                        ExitCodes.OutputError);
            }

            foreach (var input in readFiles)
            {
                if (FileIdentity.SameFile(input, path))
                {
                    throw new CliException(
                        $"{option} {path} is the input {input}; refusing to overwrite an input. Choose another output file.", ExitCodes.OutputError);
                }
            }

            foreach (var (otherOption, otherPath) in checkedOutputs)
            {
                if (FileIdentity.SameFile(otherPath, path))
                {
                    throw new CliException(
                        $"{otherOption} {otherPath} and {option} {path} are the same file; give each output its own file.", ExitCodes.OutputError);
                }
            }

            checkedOutputs.Add((option, path));
        }
    }

    /// <summary>
    /// An input and the files read with it: for a WFDB record (<c>NAME.hea</c>, or <c>NAME</c> beside a <c>NAME.hea</c>)
    /// every <c>NAME.*</c> file in its folder (signal and annotation files), so no output replaces them either.
    /// </summary>
    public static IEnumerable<string> WithCompanions(string input)
    {
        yield return input;
        var header = input.EndsWith(".hea", StringComparison.OrdinalIgnoreCase) ? input : input + ".hea";
        if (!File.Exists(header)) yield break;
        var dir = Path.GetDirectoryName(Path.GetFullPath(header)) ?? ".";
        var record = Path.GetFileNameWithoutExtension(header);
        IEnumerable<string> siblings;
        try
        {
            siblings = [.. Directory.EnumerateFiles(dir, record + ".*")];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var sibling in siblings) yield return sibling;
    }
}
