using System.Security.Cryptography;
using System.Text;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so readers never see half a file. The
/// temporary file has an unpredictable name and is created exclusively (it never follows or reuses what is already at
/// that name, a planted symbolic link included); it is removed on every failure path. Failures are
/// <see cref="ExitCodes.OutputError"/> and name the target, never the temporary file.
/// </summary>
internal static class AtomicFile
{
    private const string TempPrefix = ".hrresponse-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8, leaveOpen: true);
        writer.Write(text);
    });

    /// <summary>Writes the target through <paramref name="write"/>, which gets the temporary file's stream.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        string? temp = null;
        try
        {
            using (var stream = CreateTemp(full, out temp))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
            temp = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Failure(path, temp, ex);
        }
        finally
        {
            if (temp is not null) TryDelete(temp);
        }
    }

    /// <summary>
    /// Creates a new, empty temporary file beside <paramref name="target"/> (its folder is created when missing) with
    /// a random name, exclusively: an existing file or link at that name makes it fail instead of being followed.
    /// </summary>
    public static FileStream CreateTemp(string target, out string tempPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        Directory.CreateDirectory(dir);
        tempPath = Path.Combine(dir, TempPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + ".tmp");
        return new FileStream(tempPath, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Read,
        });
    }

    /// <summary>The output error for a failed write of <paramref name="target"/>: names the target, never the temporary file.</summary>
    public static CliException Failure(string target, string? temp, Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var reason = ex.Message;
        if (temp is not null)
        {
            reason = reason.Replace(temp, target, StringComparison.Ordinal)
                .Replace(Path.GetFileName(temp), Path.GetFileName(target), StringComparison.Ordinal);
        }

        return new CliException($"cannot write {target}: {reason}", ExitCodes.OutputError);
    }

    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the failure being reported matters more.
        }
    }
}
