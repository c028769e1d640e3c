namespace HrResponse.Cli;

/// <summary>Process exit codes of the <c>hrresponse</c> tool.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug): the message says so.</summary>
    public const int InternalError = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, invalid value).</summary>
    public const int UsageError = 2;

    /// <summary>An input file is missing, unreadable or not valid heart data.</summary>
    public const int InputError = 3;

    /// <summary>A batch finished but at least one file failed (see the errors file); <c>--allow-failures</c> turns this into 0.</summary>
    public const int SomeFilesFailed = 4;

    /// <summary>
    /// An output could not be written or was refused before any work: it is one of the inputs (same path, or the same
    /// file through a link), it is not a regular file (a FIFO, device or folder; use <c>-</c> for standard output), two
    /// outputs name the same file, or the disk or permissions failed the write. The previous file, if any, is untouched.
    /// </summary>
    public const int OutputError = 5;

    /// <summary>The run was cancelled (Ctrl+C or SIGTERM); outputs keep their last complete state.</summary>
    public const int Cancelled = 130;
}
