namespace HrResponse.Quality.Internal;

/// <summary>
/// The intervals of a corrected series that are reached or left by a step no sinus beat makes: a lengthening of more
/// than 32.5 % or a shortening of more than 24.5 % from one interval to the next (<see cref="KamathLimits"/>; Kamath MV,
/// Fallen EL, in Malik M, Camm AJ, eds., Heart Rate Variability, Futura, 1995, pp. 75–85). Such a step left in the
/// output is an artifact or ectopic beat the detector took for the rhythm (where the rhythm swings, the quartile
/// thresholds scale with the swings and the sinus limits do not), or a natural abrupt pause: a beat to review
/// (docs/beat-quality.md item 93). Steps across a gap are not steps.
/// </summary>
internal static class NonSinusSteps
{
    /// <summary>
    /// The input indices (ascending, each once) of both intervals of every step beyond the sinus limits in
    /// <paramref name="rr"/>, an output series whose interval k came from input interval <paramref name="inputIndex"/>[k]
    /// and follows a gap when <paramref name="gapBefore"/>[k].
    /// </summary>
    public static int[] Beats(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore, ReadOnlySpan<int> inputIndex)
    {
        List<int>? beats = null;
        for (var k = 1; k < rr.Length; k++)
        {
            if (gapBefore[k] || KamathLimits.IsSinusStep(rr[k - 1], rr[k])) continue;
            (beats ??= []).Add(inputIndex[k - 1]);
            beats.Add(inputIndex[k]);
        }

        return beats is null ? [] : [.. beats.Distinct().Order()];
    }

    /// <summary>
    /// RMSSD of <paramref name="rr"/> (ms) over every successive difference not across a gap, as the time domain takes
    /// it, and over those within the sinus limits only: how much the steps beyond them decide RMSSD. NaN where no
    /// difference is left.
    /// </summary>
    public static (double EveryStepMs, double SinusStepsMs) Rmssd(ReadOnlySpan<double> rr, ReadOnlySpan<bool> gapBefore)
    {
        double every = 0, sinus = 0;
        int everyCount = 0, sinusCount = 0;
        for (var k = 1; k < rr.Length; k++)
        {
            if (gapBefore[k]) continue;
            var d = rr[k] - rr[k - 1];
            every += d * d;
            everyCount++;
            if (!KamathLimits.IsSinusStep(rr[k - 1], rr[k])) continue;
            sinus += d * d;
            sinusCount++;
        }

        return (everyCount == 0 ? double.NaN : Math.Sqrt(every / everyCount), sinusCount == 0 ? double.NaN : Math.Sqrt(sinus / sinusCount));
    }
}
