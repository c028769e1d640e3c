namespace HrResponse.Exercise;

/// <summary>
/// An exercise stage given by the caller (e.g. a Bruce treadmill stage with its METs), for the stage-wise
/// metabolic–chronotropic relationship when the recording has no load or METs channel.
/// </summary>
/// <param name="StartSeconds">Stage start, seconds on the recording's time axis.</param>
/// <param name="EndSeconds">Stage end, seconds; after the start.</param>
/// <param name="Mets">Metabolic equivalents of the stage (NaN when unknown; then the load is used).</param>
/// <param name="Load">Load of the stage in the load unit (e.g. W), or NaN.</param>
public sealed record ExerciseStage(double StartSeconds, double EndSeconds, double Mets, double Load = double.NaN);
