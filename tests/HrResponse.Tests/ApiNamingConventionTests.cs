using System.Reflection;
using HrResponse.Plotting;
using NUnit.Framework;

namespace HrResponse.Tests;

/// <summary>
/// Keeps the naming convention of DESIGN.md ("Units") from regressing: every public numeric property of a public
/// type in the HrResponse and HrResponse.Plotting assemblies (results, reports, options, chart inputs, data types)
/// names its unit as a suffix, or is a dimensionless quantity on the commented allow-list below.
/// </summary>
public class ApiNamingConventionTests
{
    /// <summary>Unit suffixes of DESIGN.md's table, plus the few other units and scales the API uses.</summary>
    private static readonly string[] UnitSuffixes =
    [
        "Ms", // milliseconds (RR/NN intervals and their statistics)
        "Ms2", // ms² (spectral power, Poincaré ellipse area)
        "Bpm", // beats per minute
        "Seconds", // time from recording start, or a duration in seconds
        "Hz", // frequency
        "Nu", // normalised units, 0–100
        "Percent", // proportion, 0–100
        "Fraction", // proportion, 0–1
        "Years", // age (AgeYears)
        "Px", // chart and image sizes in pixels
        "Dpi", // image resolution, dots per inch (ChartImageOptions.Dpi)
        "Kilojoules", // BLE energy expended
        "Mets", // metabolic equivalents of a stage
        "Count", // counts: IntervalCount, BeatCount ...
        "Bytes", // input size limits (RecordingOpenOptions.MaxInputBytes, WfdbReadOptions.MaxFileBytes ...)
        "Beats", // counts of beats used as window or box sizes (DfaAlpha1MinBeats, MedianWindowBeats ...)
        "Ratio", // dimensionless ratio of two same-unit quantities (LfHfRatio, Sd1Sd2Ratio, SdnnRmssdRatio)
        "Contribution", // dimensionless share 0–1 of a Poincaré component (Sd1DecelerationContribution ...)
        "NormalizedSpectrum", // band integral of the maximum-normalised PSD (FrequencyDomainResult)
        "Factor", // dimensionless multiplier (ToleranceSdFactor, OversamplingFactor, NotchQualityFactor)
        "Lambda", // smoothness-priors regularisation parameter, dimensionless
        "Alpha", // DFA scaling exponent (DfaFit.Alpha, DfaScalingRange.Alpha)
        "Alpha1", // DFA α1 (RollingHrvSnapshot.DfaAlpha1, DfaThresholdResult.MinAlpha1 ...)
        "Entropy", // entropies (nats or bits as documented), dimensionless
        "Dimension", // fractal/correlation dimension, embedding dimension
        "Index", // named dimensionless indices (TriangularIndex, StressIndex, PnsIndex, ChronotropicIndex ...)
        "Order", // filter, AR-model or detrending order
        "Indices", // zero-based positions in a series (QualityReport.ChangedBeatIndices)
        "MmHg", // blood pressure in mmHg (ValsalvaResult.BaselineSystolicMmHg), and gains per mmHg (VagalBaroreflexGainMsPerMmHg)
        "MmHgPerSecond", // adrenergic baroreflex sensitivity (ValsalvaResult.AdrenergicBaroreflexSensitivityMmHgPerSecond)
    ];

    /// <summary>
    /// Dimensionless numbers without a unit suffix, each with why. Keys are <c>Type.Property</c>, or <c>Type.*</c> for
    /// a type whose numbers are all dimensionless or carry a caller-defined unit.
    /// </summary>
    private static readonly HashSet<string> AllowList = new(StringComparer.Ordinal)
    {
        // Coefficients of variation (SD / mean), dimensionless ratios named as in the HRV literature.
        "TimeDomainResult.Cvnn", "TimeDomainResult.Cvsd", "TimeDomainResult.Mcvnn",
        // Poincaré: cardiac sympathetic/vagal indices (Toichi 1997), dimensionless; CVI is log10 of ms² products.
        "PoincareResult.Csi", "PoincareResult.Cvi", "PoincareResult.CsiModified",
        // IALS: 1 / mean segment length in differences, dimensionless.
        "FragmentationResult.Ials",
        // Lempel–Ziv complexity, normalised, dimensionless.
        "ComplexityResult.LempelZivComplexity",
        // Embedding delay in samples (beats) of the entropies.
        "EntropyResult.EmbeddingDelay", "NonlinearOptions.EmbeddingDelay",
        // Multiscale entropy curve, one entropy per scale.
        "EntropyResult.MultiscaleValues",
        // Multifractal DFA spectrum: generalised Hurst exponents and singularity-spectrum shape, all dimensionless.
        "MultifractalSpectrum.*",
        // EDF header fields by their specification names: physical limits in the signal's PhysicalDimension, digital
        // limits as stored integers, samples per data record.
        "EdfSignalInfo.PhysicalMinimum", "EdfSignalInfo.PhysicalMaximum", "EdfSignalInfo.DigitalMinimum",
        "EdfSignalInfo.DigitalMaximum", "EdfSignalInfo.SamplesPerRecord",
        // A rated autonomic-test value in the unit of the index it names (AutonomicRatedValue.Unit gives it).
        "AutonomicRatedValue.Value",
        // Reference mean and SD of a population norm, in the unit of the index they describe (documented per norm).
        "ReferenceNorm.*",
        // An index's range over detection settings, in the unit of the index (the owning property names it: BorderlineReview.RmssdMs).
        "IndexRange.AsCleaned", "IndexRange.Lowest", "IndexRange.Highest",
        // Largest scale / box counts and Higuchi's k_max: integer sizes, not quantities with a unit.
        "NonlinearOptions.MultiscaleMaxScale", "NonlinearOptions.HiguchiKMax", "NonlinearOptions.QuadraticIndicesMaxIntervals",
        // Thread count of the multiscale scales (as ParallelOptions.MaxDegreeOfParallelism).
        "NonlinearOptions.MaxDegreeOfParallelism",
        // Files analysed at once by the library's batch (as ParallelOptions.MaxDegreeOfParallelism).
        "RecordingBatchOptions.MaxDegreeOfParallelism",
        // Lipponen & Tarvainen (2019) detector constants, dimensionless.
        "ArtifactCorrectionOptions.LipponenC1", "ArtifactCorrectionOptions.LipponenC2",
        // Dropout threshold as a multiple of the median interval, dimensionless.
        "ArtifactCorrectionOptions.DropoutMedianMultiple",
        // Iteration limit of the correction.
        "ArtifactCorrectionOptions.MaxPasses",
        // Coefficient of determination of a fit, dimensionless.
        "MonoExponentialFit.RSquared", "DfaThresholdFit.RSquared", "HeartRateRecoveryResult.T30RSquared",
        // α1-versus-intensity line: slope and intercept in α1 per intensity unit (bpm or W, by the fit).
        "DfaThresholdFit.Slope", "DfaThresholdFit.Intercept",
        // Threshold intensity and its standard error, in the unit of the fitted intensity (bpm or W).
        "DfaThresholdEstimate.Value", "DfaThresholdEstimate.StandardError",
        // Workload in the protocol's own unit (W, km/h ...), as given by the caller.
        "ExerciseStage.Load", "ExerciseStageResult.Load", "ExerciseTestOptions.RecoveryLoadLevel",
        // Metabolic–chronotropic relationship (Wilkoff 1989): ratio of reserve fractions, dimensionless.
        "ChronotropicResult.MetabolicChronotropicRelationship", "ExerciseStageResult.MetabolicChronotropicRelationship",
        // Heart rate per load unit (bpm per W for power); the load unit is the caller's.
        "ChronotropicResult.HeartRateLoadSlopeBpmPerLoadUnit",
        // Chronotropic-index cut-off in force (0.80 or 0.62), dimensionless like the index.
        "ChronotropicResult.ChronotropicIndexCutoff",
        // DFA box sizes n, in beats; multiscale-entropy scale factors: integer sizes.
        "DfaFit.BoxSizes", "DfaScalingRange.BoxSizes", "EntropyResult.Scales",
        // Sample numbers of the detected R peaks (divide by the sampling rate for seconds).
        "RPeakResult.PeakSamples",
        // Line numbers of the input whose RR values were rebuilt.
        "RecordingReadReport.RebuiltRrLines",
        // Ordinal numbers (1-based) of a stage or lap, and line numbers in a file.
        "ExerciseStageResult.Number", "DeviceLap.Number", "SkippedLine.Line", "HrDataFormatException.Line",
        // Median correlation of each beat with the template, and the per-beat values: Pearson r, dimensionless.
        "RPeakResult.MedianBeatCorrelation", "RPeakResult.BeatCorrelations",
        // Signal-processing building blocks: FFT length and number of spectrum points, AR coefficients and noise
        // variance (squared input unit), resampled values (input unit).
        "WelchOptions.Nfft", "BurgOptions.FrequencyPoints", "BurgResult.Coefficients", "BurgResult.NoiseVariance",
        "ResampledSeries.Values",
        // Wire and file formats: fields named as in the BLE Heart Rate Measurement and WFDB specifications
        // (RR intervals of a BLE packet in its raw 1/1024 s units).
        "BleHeartRatePacket.RrIntervalsRaw",
        "WfdbHeader.*", "WfdbSignalInfo.*", "WfdbAnnotation.*", "SecondOrderSection.*",
        // LF/HF before and while standing and its change: dimensionless, like FrequencyDomainResult.LfHfRatio.
        "ActiveStandResult.LfHfBefore", "ActiveStandResult.LfHfStanding", "ActiveStandResult.LfHfChange",
        // The CLI's JSON summary of an input (moving to the CLI, issue 13): keys are part of the CLI's output.
        "InputSummary.Beats", "InputSummary.HrSamples",
    };

    private static IEnumerable<Type> PublicTypes() =>
        new[] { typeof(RrIntervals).Assembly, typeof(ChartOptions).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t));

    private static bool IsNumeric(Type t)
    {
        t = Nullable.GetUnderlyingType(t) ?? t;
        if (t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long) || t == typeof(decimal)) return true;
        if (t.IsArray) return IsNumeric(t.GetElementType()!);
        return t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsNumeric(t.GetGenericArguments()[0]);
    }

    private static bool Complies(Type type, PropertyInfo p) =>
        AllowList.Contains($"{type.Name}.{p.Name}") || AllowList.Contains($"{type.Name}.*") ||
        UnitSuffixes.Any(s => p.Name.EndsWith(s, StringComparison.Ordinal) && char.IsUpper(s[0]));

    [Test]
    public void PublicTypes_EveryNumericProperty_NamesItsUnitOrIsAllowListed()
    {
        var types = PublicTypes().ToList();
        Assert.That(types, Has.Count.GreaterThan(50), "the reflection finds the library's types");

        var offenders = types
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => IsNumeric(p.PropertyType) && !Complies(t, p))
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToList();

        Assert.That(offenders, Is.Empty,
            "Name the unit (Ms, Bpm, Seconds, Hz, Ms2, Nu, Percent, Fraction, AgeYears, Count ...) or, for a dimensionless " +
            "number, add it to the commented allow-list in ApiNamingConventionTests.");
    }

    [Test]
    public void AllowList_EveryEntry_NamesAnExistingPublicProperty()
    {
        var types = PublicTypes().ToDictionary(t => t.Name, t => t, StringComparer.Ordinal);
        var stale = AllowList.Where(entry =>
        {
            var (typeName, member) = (entry[..entry.IndexOf('.', StringComparison.Ordinal)], entry[(entry.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            if (!types.TryGetValue(typeName, out var type)) return typeName != "InputSummary"; // InputSummary may move to the CLI
            return member != "*" && type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance) is null;
        }).ToList();

        Assert.That(stale, Is.Empty, "allow-list entries must name existing public properties; remove stale ones");
    }

    [Test]
    public void UnitSuffixRule_PropertyWithoutUnit_IsReported()
    {
        // The rule itself can fail: a made-up record property without a unit is not accepted.
        var property = typeof(Probe).GetProperty(nameof(Probe.Duration))!;
        Assert.That(Complies(typeof(Probe), property), Is.False);
        Assert.That(Complies(typeof(Probe), typeof(Probe).GetProperty(nameof(Probe.DurationSeconds))!), Is.True);
    }

    private sealed record Probe(double Duration, double DurationSeconds);
}
