using BenchmarkDotNet.Running;
using HrResponse.Benchmarks;

if (args.Length > 0 && args[0] == "profile")
{
    Profile.Run(args);
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
