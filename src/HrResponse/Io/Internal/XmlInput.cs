using System.Globalization;
using System.Xml;

namespace HrResponse.Io.Internal;

/// <summary>Safe XML reading for device files: no DTDs, no external resolution, errors with line and column.</summary>
internal static class XmlInput
{
    /// <summary>Deepest element nesting accepted (TCX and GPX need under 10); bounds the work per text node.</summary>
    public const int MaxDepth = 64;

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        MaxCharactersFromEntities = 1024,
    });

    /// <summary>Runs a device reader over safe XML, turning malformed XML into <see cref="HrDataFormatException"/> with line and column.</summary>
    public static DeviceReadResult Read(Stream stream, string sourceName, Func<XmlReader, string, DeviceReadResult> read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        try
        {
            using var reader = Create(stream);
            return read(reader, sourceName);
        }
        catch (XmlException ex)
        {
            throw Wrap(sourceName, ex);
        }
    }

    public static HrDataFormatException Wrap(string source, XmlException ex)
    {
        // The runtime's DTD message advises changing DtdProcessing, which is not the user's to set: say it in our terms.
        var problem = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("DtdProcessing", StringComparison.Ordinal)
            ? "The XML has a document type definition (<!DOCTYPE ...>); device files (TCX, GPX) never need one, and it is refused " +
              "because it can expand entities or fetch other files. Remove the <!DOCTYPE> declaration."
            : "The XML is not well formed: " + StripPosition(ex.Message);
        return new HrDataFormatException(source, ex.LineNumber > 0 ? ex.LineNumber : null,
            ex.LinePosition > 0 ? ex.LinePosition.ToString(CultureInfo.InvariantCulture) : null, null, problem, ex);
    }

    // XmlException messages end with "Line n, position m."; the location is already in the message prefix.
    private static string StripPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    public static HrDataFormatException Fail(string source, XmlReader reader, string? text, string problem)
    {
        var info = reader as IXmlLineInfo;
        var hasInfo = info?.HasLineInfo() == true;
        return new HrDataFormatException(source, hasInfo ? info!.LineNumber : null,
            hasInfo ? info!.LinePosition.ToString(CultureInfo.InvariantCulture) : null, text, problem);
    }

    public static DateTimeOffset ParseTime(string source, XmlReader reader, string text)
    {
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var t))
            return t;
        throw Fail(source, reader, text, "Not an ISO 8601 date-time; expected e.g. 2020-02-05T16:25:15Z.");
    }

    public static double ParseNumber(string source, XmlReader reader, string text, string what)
    {
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw Fail(source, reader, text, $"The {what} is not a number.");
    }
}
