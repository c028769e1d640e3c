using System.Reflection;

namespace HrResponse;

/// <summary>
/// The version of this library, to record beside results: numbers can change between versions (a corrected
/// definition, a refined detector), so a result table is reproducible only with the version that computed it.
/// </summary>
public static class LibraryVersion
{
    /// <summary>
    /// The package version with the source commit it was built from, e.g. <c>0.1.0-preview.0.485+aa3c5822…</c> (MinVer:
    /// the last <c>vX.Y.Z</c> tag, the commits since it, and the commit hash after <c>+</c>); the assembly version when
    /// the build did not stamp one.
    /// </summary>
    public static string Informational { get; } =
        typeof(LibraryVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(LibraryVersion).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
