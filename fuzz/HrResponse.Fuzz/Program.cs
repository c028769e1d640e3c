using HrResponse.Fuzz;
using SharpFuzz;

// Usage: dotnet HrResponse.Fuzz.dll TARGET            (under afl-fuzz: reads each test case from AFL)
//        dotnet HrResponse.Fuzz.dll TARGET FILE...    (replays files once, e.g. a crash AFL found)
if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: HrResponse.Fuzz TARGET [FILE...]; TARGET is one of {string.Join(", ", FuzzTargets.Names)}");
    return 2;
}

var target = args[0];
if (args.Length > 1)
{
    foreach (var file in args.Skip(1))
        Console.WriteLine($"{file}: {(FuzzTargets.Run(target, File.ReadAllBytes(file)) ? "read" : "refused (format error)")}");
    return 0;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    FuzzTargets.Run(target, copy.ToArray());
});
return 0;
