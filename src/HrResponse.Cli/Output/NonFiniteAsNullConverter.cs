using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrResponse.Cli.Output;

/// <summary>Writes a double in shortest round-trip form, NaN and infinities as <c>null</c> (and reads null as NaN).</summary>
internal sealed class NonFiniteAsNullConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => Write(writer, value);

    /// <summary>Writes one number, or null when it is not finite.</summary>
    public static void Write(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
