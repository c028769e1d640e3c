using HrResponse.Internal;
using HrResponse.Signal;
using NUnit.Framework;

namespace HrResponse.Tests.Signal;

/// <summary>
/// Issue 15: smoothness-priors detrending and resampling of long series see the analysis's cancellation token inside
/// their loops (the only checks on these paths), so a cancelled analysis stops there instead of finishing them.
/// </summary>
public class LongSeriesCancellationTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private static double[] Wave(int n) => Enumerable.Range(0, n).Select(i => 800 + (40 * Math.Sin(i / 50.0)) + (i % 7)).ToArray();

    [Test]
    public void SmoothnessPriorsTrend_CancelledToken_Throws()
    {
        var x = Wave(1_000_000);
        using var source = new CancellationTokenSource();
        source.Cancel();
        using (AnalysisCancellation.Enter(source.Token))
        {
            Assert.Throws<OperationCanceledException>(() => Detrending.SmoothnessPriorsTrend(x, 500));
            Assert.Throws<OperationCanceledException>(() => Detrending.Detrend(x, DetrendingMethod.SmoothnessPriors));
        }

        // Outside the scope the same call runs to the end.
        Assert.That(Detrending.SmoothnessPriorsTrend(x, 500), Has.Length.EqualTo(x.Length));
    }

    [TestCase(InterpolationMethod.Linear)]
    [TestCase(InterpolationMethod.Quadratic)]
    [TestCase(InterpolationMethod.Cubic)]
    public void Resample_CancelledToken_Throws(InterpolationMethod method)
    {
        var values = Wave(200_000);
        var times = new double[values.Length];
        for (var i = 1; i < times.Length; i++) times[i] = times[i - 1] + (values[i] / 1000);
        using var source = new CancellationTokenSource();
        source.Cancel();
        using (AnalysisCancellation.Enter(source.Token))
        {
            Assert.Throws<OperationCanceledException>(() => Resampling.Resample(times, values, 4, method));
        }

        Assert.That(Resampling.Resample(times, values, 4, method).Values, Is.Not.Empty);
    }

    [Test]
    public void SmoothnessPriorsTrend_CancelledFromAnotherThread_StopsTheRun()
    {
        // Detrends a 4-million-sample series again and again until the token, cancelled from this thread once the
        // work has started, stops it from inside a call.
        var x = Wave(4_000_000);
        using var source = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var run = Task.Run(() =>
        {
            using var scope = AnalysisCancellation.Enter(source.Token);
            started.Set();
            for (var k = 0; k < 10_000; k++) Detrending.SmoothnessPriorsTrend(x, 500);
        });
        Assert.That(started.Wait(HangGuard), Is.True);
        Thread.Sleep(200);
        source.Cancel();
        Assert.That(((IAsyncResult)run).AsyncWaitHandle.WaitOne(HangGuard), Is.True, "the run ended after the cancel");
        Assert.That(run.Exception?.InnerException, Is.InstanceOf<OperationCanceledException>());
    }
}
