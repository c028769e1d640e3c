using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace HrResponse.Cli.Output;

/// <summary>
/// What a path names on disk: its type and its identity (device and inode), read with Linux <c>statx</c>, so two paths
/// that reach one file (by symbolic or hard link) are told to be the same. Elsewhere, or where <c>statx</c> is missing,
/// <see cref="Of"/> returns null and callers fall back to comparing resolved full paths.
/// </summary>
internal static partial class FileIdentity
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;

    /// <summary>The kind of thing a path names.</summary>
    public enum Kind
    {
        /// <summary>Nothing is there.</summary>
        Missing,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A directory.</summary>
        Directory,

        /// <summary>A FIFO, device, socket or other special file.</summary>
        Special,
    }

    /// <summary>Type and identity of the file a path leads to (symbolic links followed), or null when not known here.</summary>
    /// <param name="path">The path.</param>
    public static (Kind Kind, ulong Device, ulong Inode)? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        int rc;
        try
        {
            rc = Statx(AtFdCwd, path, 0, StatxType | StatxIno, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        if (rc != 0) return Marshal.GetLastPInvokeError() == 2 ? (Kind.Missing, 0, 0) : null;
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & TypeMask;
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32));
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        var kind = mode switch
        {
            TypeRegular => Kind.Regular,
            TypeDirectory => Kind.Directory,
            _ => Kind.Special,
        };
        return (kind, device, inode);
    }

    /// <summary>The kind of thing at a path: <c>statx</c> where available, else what .NET can tell.</summary>
    /// <param name="path">The path.</param>
    public static Kind KindOf(string path)
    {
        if (Of(path) is { } id) return id.Kind;
        if (Directory.Exists(path)) return Kind.Directory;
        return File.Exists(path) ? Kind.Regular : Kind.Missing;
    }

    /// <summary>True when both paths lead to one existing file (same device and inode, or the same resolved path).</summary>
    /// <param name="a">A path.</param>
    /// <param name="b">Another path.</param>
    public static bool SameFile(string a, string b)
    {
        if (string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal)) return true;
        return Of(a) is { Kind: not Kind.Missing } x && Of(b) is { Kind: not Kind.Missing } y && x.Device == y.Device && x.Inode == y.Inode;
    }

    /// <summary>The full path with a symbolic link in the last part followed (when it is one).</summary>
    /// <param name="path">The path.</param>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? full : Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return full;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
