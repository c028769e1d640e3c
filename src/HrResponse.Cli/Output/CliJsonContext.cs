using System.Text.Json.Serialization;
using HrResponse.Exercise;
using HrResponse.Hrv;
using HrResponse.Quality;
using HrResponse.Reporting;

namespace HrResponse.Cli.Output;

/// <summary>
/// Source-generated JSON metadata of every record the CLI writes (settings and sections of a
/// <see cref="ResultDocument"/>, the index catalog, preset descriptions): serialisation without reflection, so the
/// tool starts without JIT-compiling the reflection serialiser and can be compiled ahead of time (Native AOT).
/// snake_case property names, enums as their names, NaN and infinities as null. Plain values, dictionaries and lists
/// are written by <see cref="JsonResultWriter.WriteValue"/> itself; a record type not listed here is reported as an
/// error when written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    UseStringEnumConverter = true,
    Converters = [typeof(NonFiniteAsNullConverter), typeof(NamedBandConverter), typeof(WeightTripleConverter)])]
[JsonSerializable(typeof(TimeDomainOptions))]
[JsonSerializable(typeof(FrequencyDomainOptions))]
[JsonSerializable(typeof(NonlinearOptions))]
[JsonSerializable(typeof(QualityReport))]
[JsonSerializable(typeof(ExerciseTestOptions))]
[JsonSerializable(typeof(SubjectInfo))]
[JsonSerializable(typeof(ExercisePhases))]
[JsonSerializable(typeof(ChronotropicResult))]
[JsonSerializable(typeof(HeartRateRecoveryResult))]
[JsonSerializable(typeof(BeatQualitySummary))]
[JsonSerializable(typeof(BorderlineReview))]
[JsonSerializable(typeof(AnalysisProblem))]
[JsonSerializable(typeof(HrvPresetDescription))]
[JsonSerializable(typeof(IndexDefinition))]
[JsonSerializable(typeof(HrResponse.Autonomic.AutonomicRatedValue))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
