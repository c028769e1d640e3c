using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace HrResponse.Tests.Fuzzing;

/// <summary>
/// Runs FsCheck properties with a fixed seed budget and a time bound proportional to the input size, checked inside the
/// property (a slow case fails as a counterexample, with its size, not as a timed-out test).
/// </summary>
internal static class PropertyCheck
{
    /// <summary>Fixed cost allowed per case, whatever its size: generous for a loaded 2-core CI machine and the first JIT.</summary>
    public static readonly TimeSpan BaseBound = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Checks <paramref name="body"/> (which throws on failure) on <paramref name="cases"/> inputs from
    /// <paramref name="gen"/>; no shrinking, so a failure is reported fast with its original input.
    /// </summary>
    public static void ForAll<T>(Gen<T> gen, int cases, Action<T> body)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true);
        Prop.ForAll(Arb.From(gen, _ => []), body).Check(config);
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
        var watch = Stopwatch.StartNew();
        try
        {
            action();
        }
        catch (Exception ex) when (documented.Any(t => t.IsInstanceOfType(ex)))
        {
            // The documented refusal.
        }
        catch (Exception ex)
        {
            return $"undocumented {ex.GetType().Name} for an input of size {size}: {ex.Message}\n{ex.StackTrace}";
        }

        var bound = BaseBound + (perUnit * size);
        return watch.Elapsed <= bound ? null : $"took {watch.Elapsed.TotalSeconds:0.00} s for an input of size {size}, over the bound {bound.TotalSeconds:0.00} s";
    }
}
