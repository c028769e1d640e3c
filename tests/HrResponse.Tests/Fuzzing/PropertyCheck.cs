using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace HrResponse.Tests.Fuzzing;

/// <summary>
/// Runs FsCheck properties with a fixed seed budget and a time bound proportional to the input size, checked inside the
/// property (a slow case fails as a counterexample, with its size, not as a timed-out test).
/// </summary>
internal static class PropertyCheck
{
    /// <summary>Fixed cost allowed per case, whatever its size: generous for a loaded 2-core CI machine and the first JIT.</summary>
    public static readonly TimeSpan BaseBound = TimeSpan.FromSeconds(3);

    /// <summary>Seed of every property run unless <c>HRR_PROPERTY_SEED</c> says otherwise: CI sees the same inputs each run.</summary>
    public const ulong DefaultSeed = 20_261_202;

    /// <summary>
    /// Checks <paramref name="body"/> (which throws on failure) on <paramref name="cases"/> inputs from
    /// <paramref name="gen"/>; no shrinking, so a failure is reported fast with its original input. The inputs come
    /// from <see cref="DefaultSeed"/>; set <c>HRR_PROPERTY_SEED</c> to a number for other ones, or to <c>random</c> to
    /// explore (FsCheck then prints the seed of a failure).
    /// </summary>
    public static void ForAll<T>(Gen<T> gen, int cases, Action<T> body)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
        if (Seed() is { } seed) config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed), FSharpOption<int>.None)));
        Prop.ForAll(Arb.From(gen, _ => []), body).Check(config);
    }

    private static ulong? Seed()
    {
        var text = Environment.GetEnvironmentVariable("HRR_PROPERTY_SEED");
        if (string.IsNullOrWhiteSpace(text)) return DefaultSeed;
        if (text.Equals("random", StringComparison.OrdinalIgnoreCase)) return null;
        return ulong.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Fails with <paramref name="problem"/> when it is not null.</summary>
    public static void Ok(string? problem)
    {
        if (problem is not null) throw new NUnit.Framework.AssertionException(problem);
    }

    /// <summary>
    /// Runs <paramref name="action"/> and returns null when it ended within <c>BaseBound + perUnit × size</c> without an
    /// exception outside <paramref name="documented"/>, else what went wrong.
    /// </summary>
    public static string? Within(int size, TimeSpan perUnit, Action action, params Type[] documented)
    {
        var bound = BaseBound + (perUnit * size);
        var watch = Stopwatch.StartNew();
        // On a worker, so that a hang fails this case (with its input) instead of stalling the whole test run.
        var run = Task.Run(action);
        if (!((IAsyncResult)run).AsyncWaitHandle.WaitOne(HangFactor * bound))
        {
            return $"did not end within {(HangFactor * bound).TotalSeconds:0} s for an input of size {size} (a hang; the worker is left running)";
        }

        if (run.Exception?.InnerException is { } ex && !documented.Any(t => t.IsInstanceOfType(ex)))
        {
            return $"undocumented {ex.GetType().Name} for an input of size {size}: {ex.Message}\n{ex.StackTrace}";
        }

        return watch.Elapsed <= bound ? null : $"took {watch.Elapsed.TotalSeconds:0.00} s for an input of size {size}, over the bound {bound.TotalSeconds:0.00} s";
    }

    /// <summary>How many times the time bound a case may run before it is reported as a hang.</summary>
    private const int HangFactor = 5;
}
