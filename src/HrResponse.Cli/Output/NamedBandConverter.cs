using System.Text.Json;
using System.Text.Json.Serialization;
using HrResponse.Hrv;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes a named frequency band (<see cref="FrequencyBands.All"/>'s tuples, whose names exist only at compile time) as
/// <c>{"name": "lf", "low_hz": 0.04, "high_hz": 0.15}</c>; the serialiser would write an empty object.
/// </summary>
internal sealed class NamedBandConverter : JsonConverter<(string Name, FrequencyBand Band)>
{
    public override (string Name, FrequencyBand Band) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Frequency bands are only written.");

    public override void Write(Utf8JsonWriter writer, (string Name, FrequencyBand Band) value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("low_hz");
        NonFiniteAsNullConverter.Write(writer, value.Band.LowHz);
        writer.WritePropertyName("high_hz");
        NonFiniteAsNullConverter.Write(writer, value.Band.HighHz);
        writer.WriteEndObject();
    }
}
