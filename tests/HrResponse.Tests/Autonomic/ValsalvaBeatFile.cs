using System.Globalization;

namespace HrResponse.Tests.Autonomic;

/// <summary>The columns of a valsalva/*_beats.csv file, read with plain string splitting (independent of the library's readers).</summary>
internal sealed record ValsalvaBeatFile(double[] TimeSeconds, double[] RrMs, double[] SystolicMmHg, (double Time, string Label)[] Events)
{
    public static ValsalvaBeatFile Load(string path)
    {
        var lines = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToArray();
        static double D(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
        return new ValsalvaBeatFile(
            lines.Select(c => D(c[0])).ToArray(),
            lines.Select(c => D(c[1])).ToArray(),
            lines.Select(c => D(c[3])).ToArray(),
            lines.Where(c => c[5].Length > 0).Select(c => (D(c[0]), c[5])).ToArray());
    }
}
