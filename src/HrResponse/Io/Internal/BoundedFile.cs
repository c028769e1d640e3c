using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>
/// Reads files with a bound on the bytes taken, so an endless (<c>/dev/zero</c>) or huge input cannot exhaust memory:
/// the bound is checked while reading, not from the reported length (devices and pipes report none).
/// </summary>
internal static class BoundedFile
{
    /// <summary>
    /// The first bytes of the file, at most <paramref name="take"/> (what the caller needs) and never more than
    /// <paramref name="limit"/>: when the caller needs the whole file (<paramref name="take"/> null) and it is longer than
    /// the limit, throws naming <paramref name="limitName"/>.
    /// </summary>
    public static byte[] ReadBytes(string path, long? take, long limit, string limitName, string what)
    {
        var bound = take is { } t ? Math.Min(t, limit) : limit;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long total = 0;
        while (true)
        {
            var want = (int)Math.Min(chunk.Length, bound + 1 - total);
            if (want <= 0) break;
            var n = stream.Read(chunk, 0, want);
            if (n == 0) break;
            buffer.Write(chunk, 0, n);
            total += n;
        }

        if (total > bound)
        {
            if (take is { } needed && needed <= limit) return buffer.GetBuffer().AsSpan(0, (int)needed).ToArray();
            throw new HrDataFormatException(path, null, null, null, string.Create(CultureInfo.InvariantCulture,
                $"The {what} is larger than the limit of {limit:N0} bytes ({limitName}); it was not read further."));
        }

        return buffer.ToArray();
    }

    /// <summary>The lines of a text file of at most <paramref name="limit"/> bytes (UTF-8).</summary>
    public static string[] ReadLines(string path, int limit, string limitName, string what)
    {
        var bytes = ReadBytes(path, null, limit, limitName, what);
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return [.. lines];
    }

    /// <summary>
    /// Throws when the file is longer than <paramref name="limit"/> bytes. A file that reports no length (a device,
    /// pipe or proc file, e.g. <c>/dev/zero</c>) is read up to the limit to see whether it ends.
    /// </summary>
    public static void EnsureWithinLimit(string path, long limit, string limitName)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        long length;
        try
        {
            length = stream.CanSeek ? stream.Length : 0;
        }
        catch (NotSupportedException)
        {
            length = 0;
        }

        if (length > limit) throw TooLarge(path, limit, limitName, length);
        if (length > 0) return;
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1 - total))) > 0)
        {
            total += n;
            if (total > limit) throw TooLarge(path, limit, limitName, null);
        }
    }

    private static HrDataFormatException TooLarge(string path, long limit, string limitName, long? length) =>
        new(path, null, null, null, string.Create(CultureInfo.InvariantCulture,
            $"The input is larger than the limit of {limit:N0} bytes ({limitName}){(length is { } l ? $": it has {l:N0} bytes" : ": it does not end within the limit (a device or pipe?)")}; it was not read."));
}
