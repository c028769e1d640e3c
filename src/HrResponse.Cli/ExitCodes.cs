namespace HrResponse.Cli;

/// <summary>Process exit codes of the <c>hrresponse</c> tool.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>An unexpected failure (a bug): the message says so.</summary>
    public const int InternalError = 1;

    /// <summary>The command line was wrong (unknown option, missing argument, invalid value).</summary>
    public const int UsageError = 2;

    /// <summary>An input file is missing, unreadable or not valid heart data.</summary>
    public const int InputError = 3;
}
