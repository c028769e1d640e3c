using System.Diagnostics;
using System.Text;
using NUnit.Framework;

namespace HrResponse.Tests;

/// <summary>
/// Runs the <c>dotnet</c> command line as a child process (file-based samples, <c>dotnet pack</c>, a consumer app) and
/// captures its output. The child gets a clean MSBuild environment (nothing inherited from the test run's own build)
/// and no MSBuild node reuse, so no build server outlives the test.
/// </summary>
internal static class DotnetProcess
{
    /// <summary>The build configuration of this test assembly; samples run in the same one so that <c>src/</c> is not built twice.</summary>
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>Runs <c>dotnet ARGS</c> in <paramref name="workingDirectory"/>; fails the test when it does not end within <paramref name="timeout"/>.</summary>
    public static DotnetResult Run(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunProgram(workingDirectory, timeout, DotnetHost(), arguments);

    /// <summary>
    /// Runs <paramref name="program"/> (e.g. an installed dotnet tool's command) with the same clean environment, and
    /// DOTNET_ROOT set to this machine's dotnet so that a tool's apphost finds the runtime.
    /// </summary>
    public static DotnetResult RunProgram(string workingDirectory, TimeSpan timeout, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var inherited = start.Environment.Keys
            .Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var key in inherited) start.Environment.Remove(key);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (DotnetRoot() is { } root && !start.Environment.ContainsKey("DOTNET_ROOT")) start.Environment["DOTNET_ROOT"] = root;

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', arguments)} did not end within {timeout.TotalSeconds:0} s.\n{stdout.Result}\n{stderr.Result}");
        }

        process.WaitForExit();
        return new DotnetResult(arguments, process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }

    private static string? DotnetRoot()
    {
        var host = DotnetHost();
        if (Path.IsPathRooted(host)) return Path.GetDirectoryName(host);
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, host)).FirstOrDefault(File.Exists);
        return found is null ? null : Path.GetDirectoryName(new FileInfo(found).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? found);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

/// <summary>What a <c>dotnet</c> child process did.</summary>
internal sealed record DotnetResult(IReadOnlyList<string> Arguments, int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    /// <summary>The command, exit code and both outputs, for assertion messages.</summary>
    public override string ToString() =>
        $"dotnet {string.Join(' ', Arguments)} exited {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
