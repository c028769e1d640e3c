namespace HrResponse.Io.Internal;

/// <summary>The check of an input path at the public boundary, with a message in the library's terms.</summary>
internal static class InputPath
{
    /// <summary>Throws <see cref="ArgumentNullException"/> for <c>null</c> and <see cref="ArgumentException"/> for an empty or blank path.</summary>
    public static void Check(string? path, string paramName)
    {
        ArgumentNullException.ThrowIfNull(path, paramName);
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("The input path is empty or blank: give the path of the file to read.", paramName);
    }
}
