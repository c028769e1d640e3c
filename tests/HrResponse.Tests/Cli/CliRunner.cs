using HrResponse.Cli;

namespace HrResponse.Tests.Cli;

/// <summary>Runs the tool in-process and captures its output, error and exit code.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
