using System.Runtime.CompilerServices;

namespace HrResponse.Streaming;

/// <summary>Rolling HRV over beat streams: <see cref="IAsyncEnumerable{T}"/> for live sources, <see cref="IEnumerable{T}"/> for replay.</summary>
public static class BeatStreamExtensions
{
    /// <summary>Yields a <see cref="RollingHrvSnapshot"/> for every completed window of a live beat stream.</summary>
    /// <param name="beats">The beats, in time order.</param>
    /// <param name="options">Settings, or <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="ArgumentException">A beat's time does not increase or its RR is invalid.</exception>
    public static async IAsyncEnumerable<RollingHrvSnapshot> RollingHrv(
        this IAsyncEnumerable<Beat> beats, RollingHrvOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(beats);
        var analyzer = new RollingHrvAnalyzer(options);
        var sink = new List<RollingHrvSnapshot>(4);
        await foreach (var beat in beats.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            analyzer.AddCore(beat, sink);
            foreach (var s in sink) yield return s;
            sink.Clear();
        }
    }

    /// <summary>Yields a <see cref="RollingHrvSnapshot"/> for every completed window of recorded beats (replay).</summary>
    /// <param name="beats">The beats, in time order.</param>
    /// <param name="options">Settings, or <c>null</c> for the defaults.</param>
    /// <exception cref="ArgumentException">A beat's time does not increase or its RR is invalid.</exception>
    public static IEnumerable<RollingHrvSnapshot> RollingHrv(this IEnumerable<Beat> beats, RollingHrvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(beats);
        return Iterate(beats, options);

        static IEnumerable<RollingHrvSnapshot> Iterate(IEnumerable<Beat> beats, RollingHrvOptions? options)
        {
            var analyzer = new RollingHrvAnalyzer(options);
            var sink = new List<RollingHrvSnapshot>(4);
            foreach (var beat in beats)
            {
                analyzer.AddCore(beat, sink);
                foreach (var s in sink) yield return s;
                sink.Clear();
            }
        }
    }

    /// <summary>The beats of RR intervals as a sequence: each interval's ending beat time and its length.</summary>
    /// <param name="intervals">The intervals.</param>
    public static IEnumerable<Beat> ToBeats(this RrIntervals intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        return Iterate(intervals);

        static IEnumerable<Beat> Iterate(RrIntervals intervals)
        {
            for (var i = 0; i < intervals.Count; i++)
                yield return new Beat(intervals.BeatTimesSeconds[i], intervals.Milliseconds[i]);
        }
    }
}
