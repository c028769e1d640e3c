namespace HrResponse.Exercise;

/// <summary>
/// One exercise stage (a run of constant load) with its heart rate and the metabolic–chronotropic relationship
/// (Wilkoff, Corey &amp; Blackburn 1989): <c>MCR = HR reserve fraction / metabolic reserve fraction</c>, where the HR
/// reserve fraction is <c>(HRstage − HRrest)/(HRpred − HRrest)</c> and the metabolic reserve fraction is
/// <c>(METstage − 1)/(METpeak − 1)</c> when a METs channel exists, otherwise approximated from the load as
/// <c>(Lstage − Lrest)/(Lpeak − Lrest)</c> (oxygen uptake taken as linear in power).
/// </summary>
public sealed record ExerciseStageResult
{
    /// <summary>1-based stage number.</summary>
    public required int Number { get; init; }

    /// <summary>Stage start, seconds on the recording's time axis.</summary>
    public required double StartSeconds { get; init; }

    /// <summary>Stage end, seconds.</summary>
    public required double EndSeconds { get; init; }

    /// <summary>Load of the stage in the load channel's unit.</summary>
    public required double Load { get; init; }

    /// <summary>METs of the stage (mean of the METs channel over the stage's last heart-rate window), NaN when no METs channel.</summary>
    public double Mets { get; init; } = double.NaN;

    /// <summary>Heart rate at the end of the stage: time-weighted mean over the last heart-rate window of the stage, bpm.</summary>
    public required double HeartRateBpm { get; init; }

    /// <summary><c>(HRstage − HRrest)/(HRpred − HRrest)</c>; NaN without predicted maximum.</summary>
    public required double HeartRateReserveFraction { get; init; }

    /// <summary>Metabolic reserve fraction (see the type's remarks).</summary>
    public required double MetabolicReserveFraction { get; init; }

    /// <summary>Metabolic–chronotropic relationship of the stage; NaN when either fraction is NaN or the metabolic one is 0.</summary>
    public required double MetabolicChronotropicRelationship { get; init; }
}
