using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes a file through a temporary file in the same folder and a rename, so readers never see half a file. The
/// temporary file has an unpredictable name and is created exclusively (it never follows or reuses what is already at
/// that name, a planted symbolic link included); it is removed on every failure path. Failures are
/// <see cref="ExitCodes.OutputError"/> and name the target, never the temporary file. A run killed outright (SIGKILL,
/// power loss) cannot remove its temporary file; the next write into the same folder removes such leftovers: files of
/// this exact name pattern whose process is gone and that no process holds open for writing (see
/// <see cref="RemoveStaleTemps"/>).
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
        RemoveStaleTemps(dir);
        tempPath = Path.Combine(dir, TempPrefix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" +
            Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + ".tmp");
        return new FileStream(tempPath, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Read,
        });
    }

    /// <summary>
    /// Removes temporary files left in <paramref name="dir"/> by killed runs: only names of the form
    /// <c>.hrresponse-PID-HEX24.tmp</c> whose PID is not a running process (a reused PID keeps the file: never a live
    /// run's file) and that can be locked exclusively (a live writer holds a shared lock on its temporary file, so a
    /// run in another PID namespace is safe too). Failures are ignored: this is housekeeping.
    /// </summary>
    public static int RemoveStaleTemps(string dir)
    {
        var removed = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(dir, TempPrefix + "*.tmp"))
            {
                if (!IsStaleTemp(Path.GetFileName(file))) continue;
                try
                {
                    // A live writer holds the file open (shared lock): opening it exclusively fails and the file stays.
                    using (new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                    {
                    }

                    File.Delete(file);
                    removed++;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // In use, or not ours to remove: leave it.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder: creating the new temporary file reports what matters.
        }

        return removed;
    }

    /// <summary>True for <c>.hrresponse-PID-HEX24.tmp</c> with a PID that is not this process and not running.</summary>
    private static bool IsStaleTemp(string name)
    {
        if (!name.StartsWith(TempPrefix, StringComparison.Ordinal) || !name.EndsWith(".tmp", StringComparison.Ordinal)) return false;
        var middle = name.AsSpan(TempPrefix.Length, name.Length - TempPrefix.Length - 4);
        var dash = middle.IndexOf('-');
        if (dash <= 0 || middle.Length - dash - 1 != 24) return false;
        foreach (var c in middle[(dash + 1)..])
            if (!char.IsAsciiHexDigitLower(c)) return false;
        if (!int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
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
