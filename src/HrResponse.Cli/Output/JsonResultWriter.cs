using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes a <see cref="ResultDocument"/> as JSON: <c>{"file", "input", "settings", "indices", ...sections}</c>.
/// Numbers are written in shortest round-trip form; NaN and infinities are written as <c>null</c>. Property names of
/// nested objects are snake_case; enums are written as their names.
/// </summary>
internal static class JsonResultWriter
{
    private static readonly JsonSerializerOptions SerializerOptions = CreateOptions();

    /// <summary>The serializer options used for settings and sections (snake_case, enum names, NaN as null).</summary>
    public static JsonSerializerOptions Options => SerializerOptions;

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

    /// <summary>Writes a document into an open writer (used for batches as well).</summary>
    /// <param name="writer">The JSON writer.</param>
    /// <param name="document">The document.</param>
    public static void WriteDocument(Utf8JsonWriter writer, ResultDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("file", document.File);
        writer.WritePropertyName("input");
        writer.WriteStartObject();
        writer.WriteString("format", document.Input.Format);
        writer.WriteNumber("beats", document.Input.Beats);
        writer.WriteNumber("hr_samples", document.Input.HrSamples);
        writer.WritePropertyName("duration_s");
        WriteNumber(writer, document.Input.DurationSeconds);
        foreach (var (key, value) in document.Input.Details)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, value, SerializerOptions);
        }

        writer.WriteEndObject();
        writer.WritePropertyName("settings");
        JsonSerializer.Serialize(writer, document.Settings, SerializerOptions);
        writer.WritePropertyName("indices");
        writer.WriteStartObject();
        foreach (var (name, value) in document.Indices)
        {
            writer.WritePropertyName(name);
            WriteNumber(writer, value);
        }

        writer.WriteEndObject();
        foreach (var (name, value) in document.Sections)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, SerializerOptions);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteNumber(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new NonFiniteAsNullConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class NonFiniteAsNullConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => WriteNumber(writer, value);
    }
}
