// AppHrv: what an app developer embeds. Part 1 computes corrected HRV from a double[] of RR intervals in ms; part 2
// streams beats from a Bluetooth heart-rate strap: it decodes Heart Rate Measurement notifications (GATT
// characteristic 0x2A37) with BleHeartRatePacket, pushes each RR interval into a RollingHrvAnalyzer as it arrives and
// prints DFA α1 every 5 s.
//
//   dotnet run samples/AppHrv.cs -- <recording with RR intervals>
//   dotnet run samples/AppHrv.cs -- ../shared/data/fatmaxxer/FatMaxOptimiser.20210606_161059.rr.csv
//
// No strap is attached here: the recording's intervals are sent through the same bytes a strap sends (RR in units of
// 1/1024 s, so each interval arrives rounded to 1/1024 s, exactly as from a real strap).
#:project ../src/HrResponse/HrResponse.csproj

using System.Globalization;
using HrResponse;
using HrResponse.Io;
using HrResponse.Streaming;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run samples/AppHrv.cs -- <recording with RR intervals>");
    return 2;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// In an app the intervals come from your own storage; here they come from a file.
double[] rrMs = RecordingReader.Open(args[0]).Recording.Beats.Milliseconds.ToArray();

// Part 1: corrected HRV from an array. The pipeline corrects artifacts first (Lipponen & Tarvainen 2019 by default)
// and the result says how; HrvAnalysis.Compute on raw intervals would analyse them as given.
var result = RecordingAnalysis.Compute(Recording.Create(RrIntervals.FromMilliseconds(rrMs)));
var hrv = result.Hrv!;
var quality = result.Cleaned!.Quality;
Console.WriteLine($"beats: {rrMs.Length}, corrected: {hrv.IsCorrected} ({quality.Method}, {quality.ArtifactPercent:0.0} % artifacts)");
Console.WriteLine($"time: mean NN {hrv.TimeDomain!.MeanNnMs:0.0} ms, SDNN {hrv.TimeDomain.SdnnMs:0.00} ms, RMSSD {hrv.TimeDomain.RmssdMs:0.00} ms");
Console.WriteLine($"frequency: LF {hrv.FrequencyDomain!.LfPowerMs2:0.0} ms², HF {hrv.FrequencyDomain.HfPowerMs2:0.0} ms²");
Console.WriteLine($"nonlinear: DFA α1 {hrv.Nonlinear!.Dfa.Alpha1.Alpha:0.000}, SD1 {hrv.Nonlinear.Poincare.Sd1Ms:0.00} ms");

// Part 2: live from a strap. Each notification carries the heart rate and zero or more RR intervals; the analyzer
// keeps its own clock from the intervals and returns a snapshot every Step.
var live = new RollingHrvAnalyzer(RollingHrvOptions.Default with { Step = TimeSpan.FromSeconds(5) });
foreach (byte[] notification in StrapNotifications(rrMs))
{
    var packet = BleHeartRatePacket.Parse(notification);
    foreach (var rr in packet.RrIntervalsMs)
    {
        if (live.Add(rr) is { } snapshot)
            Console.WriteLine($"live t={snapshot.EndSeconds:0} s HR {snapshot.HeartRateBpm:0} bpm DFA α1 {snapshot.DfaAlpha1:0.000} artifacts {snapshot.ArtifactPercent:0.0} %");
    }
}

return 0;

// What a strap sends, about once a second: flags (RR present, sensor contact detected), the heart rate as one byte,
// then the RR intervals of the beats since the last notification, each as a little-endian uint16 in 1/1024 s.
static IEnumerable<byte[]> StrapNotifications(double[] rrMs)
{
    var pending = new List<double>();
    foreach (var rr in rrMs)
    {
        pending.Add(rr);
        if (pending.Sum() >= 1000 || pending.Count == 8) yield return Notification(pending);
    }

    if (pending.Count > 0) yield return Notification(pending);
}

static byte[] Notification(List<double> rrMs)
{
    var bytes = new List<byte> { 0x16, (byte)Math.Clamp(Math.Round(60000 / rrMs.Average()), 0, 255) };
    foreach (var rr in rrMs)
    {
        var raw = (ushort)Math.Round(rr * 1.024);
        bytes.Add((byte)(raw & 0xFF));
        bytes.Add((byte)(raw >> 8));
    }

    rrMs.Clear();
    return [.. bytes];
}
