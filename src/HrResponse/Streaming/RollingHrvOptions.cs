using HrResponse.Internal;

namespace HrResponse.Streaming;

/// <summary>Settings of <see cref="RollingHrvAnalyzer"/>. Defaults follow FatMaxxer's live DFA α1.</summary>
public sealed record RollingHrvOptions
{
    private readonly TimeSpan _window = TimeSpan.FromSeconds(120);
    private readonly TimeSpan _step = TimeSpan.FromSeconds(20);
    private readonly int _dfaMinBoxBeats = 4;
    private readonly int _dfaMaxBoxBeats = 16;
    private readonly double _lambda = 500;
    private readonly double _threshold = 5;
    private readonly double _minRr = 250;
    private readonly double _maxRr = 2000;

    /// <summary>The defaults: 120-s window every 20 s, DFA α1 over 4–16 beats after smoothness-priors detrending
    /// (λ = 500), FatMaxxer's 5 % successive-difference artifact filter.</summary>
    public static RollingHrvOptions Default { get; } = new();

    /// <summary>
    /// Window length; the snapshot at time <c>T</c> uses beats in <c>(T − Window, T]</c>. Default 120 s (FatMaxxer,
    /// Rogers &amp; Gronwald 2021). At least 10 s.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, below 10 s or above 1 h.</exception>
    public TimeSpan Window
    {
        get => _window;
        init
        {
            Guard.InRange(value.TotalSeconds, 10, 3600, nameof(Window));
            _window = value;
        }
    }

    /// <summary>Time between snapshots. Default 20 s. At least 1 s.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, below 1 s or above 1 h.</exception>
    public TimeSpan Step
    {
        get => _step;
        init
        {
            Guard.InRange(value.TotalSeconds, 1, 3600, nameof(Step));
            _step = value;
        }
    }

    /// <summary>Smallest DFA box in beats (α1 short-term range). Default 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [3, 64].</exception>
    public int DfaMinBoxBeats
    {
        get => _dfaMinBoxBeats;
        init
        {
            Guard.InRange(value, 3, 64, nameof(DfaMinBoxBeats));
            _dfaMinBoxBeats = value;
        }
    }

    /// <summary>Largest DFA box in beats. Default 16. Must exceed <see cref="DfaMinBoxBeats"/> (checked when the analyzer is built).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [4, 256].</exception>
    public int DfaMaxBoxBeats
    {
        get => _dfaMaxBoxBeats;
        init
        {
            Guard.InRange(value, 4, 256, nameof(DfaMaxBoxBeats));
            _dfaMaxBoxBeats = value;
        }
    }

    /// <summary>
    /// Smoothness-priors regularisation λ (Tarvainen et al. 2002) applied to the window's RR series before DFA; 0
    /// turns detrending off. Default 500, as FatMaxxer and Kubios.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, negative or above 1e6.</exception>
    public double SmoothnessPriorsLambda
    {
        get => _lambda;
        init
        {
            Guard.InRange(value, 0, 1e6, nameof(SmoothnessPriorsLambda));
            _lambda = value;
        }
    }

    /// <summary>Live artifact filter. Default <see cref="ArtifactFilter.SuccessiveDifference"/>.</summary>
    public ArtifactFilter ArtifactFilter { get; init; } = ArtifactFilter.SuccessiveDifference;

    /// <summary>Successive-difference threshold in percent of the previous RR. Default 5 (FatMaxxer).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside (0, 100].</exception>
    public double ArtifactThresholdPercent
    {
        get => _threshold;
        init
        {
            Guard.InRange(value, double.Epsilon, 100, nameof(ArtifactThresholdPercent));
            _threshold = value;
        }
    }

    /// <summary>Shortest plausible RR in ms; shorter beats are artifacts when filtering. Default 250 (240 bpm).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [100, 1000].</exception>
    public double MinRrMs
    {
        get => _minRr;
        init
        {
            Guard.InRange(value, 100, 1000, nameof(MinRrMs));
            _minRr = value;
        }
    }

    /// <summary>Longest plausible RR in ms; longer beats are artifacts when filtering. Default 2000 (30 bpm).</summary>
    /// <exception cref="ArgumentOutOfRangeException">On set, outside [1000, 10000].</exception>
    public double MaxRrMs
    {
        get => _maxRr;
        init
        {
            Guard.InRange(value, 1000, 10000, nameof(MaxRrMs));
            _maxRr = value;
        }
    }
}
