using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes a <see cref="ResultDocument"/> as JSON: <c>{"file", "hrresponse_version", "input", "settings", "indices", ...sections, "problem_codes"}</c>.
/// Numbers are written in shortest round-trip form; NaN and infinities are written as <c>null</c>. Property names of
/// nested objects are snake_case; enums are written as their names. No reflection: records are written with the
/// source-generated metadata of <see cref="CliJsonContext"/>.
/// </summary>
internal static class JsonResultWriter
{
    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The serializer options used for settings and sections (snake_case, enum names, NaN as null).</summary>
    public static JsonSerializerOptions Options => CliJsonContext.Default.Options;

    /// <summary>Writes one document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where to write; UTF-8.</param>
    /// <param name="indented">True for indented output.</param>
    public static void Write(ResultDocument document, Stream output, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        WriteDocument(writer, document);
    }

    /// <summary>Writes one document to a string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">True for indented output.</param>
    public static string ToJson(ResultDocument document, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(document, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One value (a record, list, dictionary or plain value) as indented JSON text.</summary>
    /// <param name="value">The value; null gives <c>null</c>.</param>
    public static string ToJsonText(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, IndentedWriter)) WriteValue(writer, value);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One value as a parsed JSON element (for the table view).</summary>
    /// <param name="value">The value; null gives a null element.</param>
    public static JsonElement ToElement(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) WriteValue(writer, value);
        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>Writes a document into an open writer (used for batches as well).</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="document">The document.</param>
    public static void WriteDocument(Utf8JsonWriter writer, ResultDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("file", document.File);
        writer.WriteString("hrresponse_version", LibraryVersion.Informational);
        writer.WritePropertyName("input");
        writer.WriteStartObject();
        writer.WriteString("format", document.Input.Format);
        writer.WriteNumber("beats", document.Input.Beats);
        writer.WriteNumber("hr_samples", document.Input.HrSamples);
        writer.WritePropertyName("duration_s");
        NonFiniteAsNullConverter.Write(writer, document.Input.DurationSeconds);
        foreach (var (key, value) in document.Input.Details)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("settings");
        WriteValue(writer, document.Settings);
        writer.WritePropertyName("indices");
        writer.WriteStartObject();
        foreach (var (name, value) in document.Indices)
        {
            writer.WritePropertyName(name);
            NonFiniteAsNullConverter.Write(writer, value);
        }

        writer.WriteEndObject();
        foreach (var (name, value) in document.Sections)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WritePropertyName("problem_codes");
        writer.WriteStartArray();
        foreach (var code in document.ProblemCodes) writer.WriteStringValue(code);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>
    /// Writes a value: plain values directly (numbers NaN as null, enums by name), string-keyed dictionaries as objects
    /// with their keys as given, other sequences as arrays, records by <see cref="CliJsonContext"/>'s metadata.
    /// </summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="NotSupportedException">A record type without source-generated metadata.</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                NonFiniteAsNullConverter.Write(writer, d);
                break;
            case float f:
                NonFiniteAsNullConverter.Write(writer, f);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
                    WriteValue(writer, entry.Value);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                var info = CliJsonContext.Default.GetTypeInfo(value.GetType())
                    ?? throw new NotSupportedException($"No JSON metadata for {value.GetType()}; add it to {nameof(CliJsonContext)}.");
                JsonSerializer.Serialize(writer, value, info);
                break;
        }
    }
}
