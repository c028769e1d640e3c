using System.Globalization;

namespace HrResponse.Benchmarks;

/// <summary>The real recordings the full-path benchmarks use, read from <c>../shared/data</c> beside the repository.</summary>
public static class BenchmarkData
{
    /// <summary>Recording lengths of the full-path benchmarks.</summary>
    public enum Length
    {
        /// <summary>nsr2db_5min/nsr006_5min.csv (356 beats).</summary>
        FiveMinutes,

        /// <summary>The first 6,067 intervals (just under 1 h) of nsr2db/nsr001.csv, the 1-h series of issue 16.</summary>
        OneHour,

        /// <summary>nsr2db/nsr001.csv, 106,459 intervals (22.5 h).</summary>
        TwentyFourHours,
    }

    /// <summary>Beats of the 1-h series (issue 16 measured NeuroKit2 on it).</summary>
    public const int OneHourBeats = 6_067;

    /// <summary>The RR intervals (ms) of a recording length.</summary>
    public static double[] Rr(Length length) => length switch
    {
        Length.FiveMinutes => ReadRr("nsr2db_5min", "nsr006_5min.csv"),
        Length.OneHour => ReadRr("nsr2db", "nsr001.csv")[..OneHourBeats],
        _ => ReadRr("nsr2db", "nsr001.csv"),
    };

    /// <summary>Reads the single <c>rr_ms</c> column of a shared-data CSV file.</summary>
    public static double[] ReadRr(params string[] parts)
    {
        var path = Path.Combine([SharedData(), "data", .. parts]);
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0)
            .Select(l => double.Parse(l.Split(',')[0], CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>The <c>shared</c> folder beside the repository (found from HrResponse.sln upwards).</summary>
    public static string SharedData()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrResponse.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("HrResponse.sln not found above " + AppContext.BaseDirectory);
        var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        if (!Directory.Exists(shared)) throw new DirectoryNotFoundException("Shared data not found: " + shared);
        return shared;
    }
}
