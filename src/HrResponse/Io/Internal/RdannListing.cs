using System.Globalization;
using System.Text;

namespace HrResponse.Io.Internal;

/// <summary>
/// The text listing of a WFDB annotation file as PhysioNet's <c>rdann</c> and the PhysioBank ATM print it: a header
/// line <c>Time   Sample #  Type  Sub Chan  Num [Aux]</c>, then one annotation a line (elapsed time <c>[h:]mm:ss.sss</c>,
/// sample number, mnemonic, subtype, channel, number, optional aux text). It is turned into the annotation table
/// <c>sample,time_s,symbol</c> that <see cref="RecordingCsvReader"/> reads as annotated beats, with each time the
/// sample number over the sampling rate, which the listing does not state but its sample numbers and times give.
/// </summary>
internal static class RdannListing
{
    /// <summary>True when the first content line is the listing's column header.</summary>
    public static bool LooksLike(string firstContentLine)
    {
        var words = firstContentLine.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 6 && words[0] == "Time" && words[1] == "Sample" && words[2] == "#" && words[3] == "Type";
    }

    /// <summary>
    /// The listing as CSV text <c>sample,time_s,symbol</c>, and a note saying where the sampling rate came from.
    /// </summary>
    /// <exception cref="HrDataFormatException">A line is not an annotation line (the message names it), or there are fewer than two annotations.</exception>
    public static (string Csv, string Note) ToCsv(string text, string source)
    {
        var rows = new List<(long Sample, double Seconds, string Symbol, int Line)>();
        var lineNo = 0;
        var headerSeen = false;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line[0] == '#') continue;
            if (!headerSeen)
            {
                headerSeen = LooksLike(line);
                if (headerSeen) continue;
            }

            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3 || !ElapsedTime.TryParse(words[0], out var seconds)
                || !long.TryParse(words[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sample))
            {
                throw new HrDataFormatException(source, lineNo, null, line,
                    "An rdann annotation line is 'time sample type [sub chan num [aux]]' with the time as [h:]mm:ss.sss and a whole sample number.");
            }

            rows.Add((sample, seconds, words[2], lineNo));
        }

        if (rows.Count < 2)
            throw new HrDataFormatException(source, null, null, null, "The rdann listing holds fewer than two annotations: no interval between beats.");
        var (fs, note) = SamplingRate(rows, source);
        var csv = new StringBuilder("sample,time_s,symbol\n");
        foreach (var (sample, _, symbol, _) in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{sample},{(sample / fs).ToString("R", CultureInfo.InvariantCulture)},{symbol}\n");
        return (csv.ToString(), note);
    }

    /// <summary>
    /// The sampling rate from the first and last annotations: (last sample − first) / (last time − first), rounded to a
    /// whole number of Hz when within 0.01 % of one (the printed times have millisecond resolution).
    /// </summary>
    private static (double Hz, string Note) SamplingRate(List<(long Sample, double Seconds, string Symbol, int Line)> rows, string source)
    {
        var first = rows[0];
        var last = rows[^1];
        var samples = last.Sample - first.Sample;
        var seconds = last.Seconds - first.Seconds;
        if (samples <= 0 || !(seconds > 0))
        {
            throw new HrDataFormatException(source, last.Line, null, null,
                "The rdann listing's first and last annotations are at the same sample or time, so its sampling rate cannot be told.");
        }

        var fs = samples / seconds;
        var whole = Math.Round(fs);
        if (whole > 0 && Math.Abs(fs - whole) <= 1e-4 * whole) fs = whole;
        return (fs, string.Create(CultureInfo.InvariantCulture,
            $"Read as a WFDB annotation listing (rdann); sampling rate {fs:0.###} Hz from its sample numbers and times (not stated in the listing), each time = sample / rate."));
    }
}
