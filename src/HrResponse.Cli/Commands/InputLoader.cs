using HrResponse.Cli.Output;
using HrResponse.Io;

namespace HrResponse.Cli.Commands;

/// <summary>
/// The CLI side of opening an input: <see cref="RecordingReader.Open(string, RecordingOpenOptions?)"/> does the reading
/// (every format, judged by content); this turns its typed report into the output's <c>input</c> object and a missing
/// file into the CLI's input error.
/// </summary>
internal static class InputLoader
{
    public static (Recording Recording, InputSummary Summary) Load(string path, CsvReadOptions options) =>
        Load(path, new RecordingOpenOptions { Csv = options });

    public static (Recording Recording, InputSummary Summary) Load(string path, RecordingOpenOptions options)
    {
        var result = Open(path, options);
        return (result.Recording, InputSummary.Of(result));
    }

    /// <summary>Opens a file: the library's result, for commands that need more than the summary (laps, notes).</summary>
    public static RecordingOpenResult Open(string path, RecordingOpenOptions options)
    {
        RequireFile(path);
        try
        {
            return RecordingReader.Open(path, options);
        }
        catch (FileNotFoundException ex) when (ex.FileName == path)
        {
            throw new CliException($"file not found: {path}", ExitCodes.InputError);
        }
        catch (ArgumentException ex) when (ex.ParamName == "options")
        {
            // An option the file cannot satisfy, e.g. a --signal it does not have: the library names the choices.
            throw new CliException($"{path}: {CliException.LibraryText(ex)}", ExitCodes.InputError);
        }
    }

    /// <summary>
    /// The input's name in outputs: the path, or with <c>--recording COLUMN=VALUE</c> <c>PATH#COLUMN=VALUE</c>, as
    /// <c>batch --split-by</c> names its items, so results of one table's recordings tell which is which.
    /// </summary>
    public static string Name(string path, RecordingOpenOptions options) =>
        options.Csv.RecordingIdColumn is { } column ? Name(path, column, options.Csv.RecordingId!) : path;

    /// <summary>The name of one recording of a long-format table: <c>PATH#COLUMN=VALUE</c>.</summary>
    public static string Name(string path, string column, string value) => $"{path}#{column}={value}";

    /// <summary>Refuses an empty FILE (usage error), a folder and a missing file (input errors) with a message saying which.</summary>
    public static void RequireFile(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException("FILE is empty; give the path of a recording.", ExitCodes.UsageError);
        if (Directory.Exists(path)) throw new CliException($"{path} is a directory, not a file; give a file in it (or use 'hrresponse batch {path}').", ExitCodes.InputError);
        if (!File.Exists(path)) throw new CliException($"file not found: {path}", ExitCodes.InputError);
    }

    public static (Recording Recording, InputSummary Summary) Load(TextReader reader, string name, RecordingOpenOptions options)
    {
        var result = RecordingReader.Open(reader, name, options);
        return (result.Recording, InputSummary.Of(result));
    }
}
