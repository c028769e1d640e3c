using System.Text.Json;
using System.Text.Json.Serialization;

namespace HrResponse.Cli.Output;

/// <summary>
/// Writes three weights (<see cref="HrResponse.Hrv.AutonomicNorms.PnsWeights"/> and <c>SnsWeights</c>, tuples whose
/// element names exist only at compile time) as an array in their declared order; the serialiser would write an empty
/// object.
/// </summary>
internal sealed class WeightTripleConverter : JsonConverter<(double, double, double)>
{
    public override (double, double, double) Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Weights are only written.");

    public override void Write(Utf8JsonWriter writer, (double, double, double) value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        NonFiniteAsNullConverter.Write(writer, value.Item1);
        NonFiniteAsNullConverter.Write(writer, value.Item2);
        NonFiniteAsNullConverter.Write(writer, value.Item3);
        writer.WriteEndArray();
    }
}
