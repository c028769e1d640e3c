using System.Diagnostics;
using System.Globalization;

namespace HrResponse.Cli.Batch;

/// <summary>
/// Progress on standard error: a bar redrawn in place with rate and ETA on a terminal; plain lines at most every
/// 5 seconds (and at the end) when standard error is redirected.
/// </summary>
internal sealed class BatchProgress(TextWriter error, bool interactive, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _lastPrinted;

    public void Report(int done, int failed, bool final = false)
    {
        var elapsed = _clock.Elapsed;
        if (!final && _lastPrinted is { } last && elapsed - last < (interactive ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5))) return;
        _lastPrinted = elapsed;
        var rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        var eta = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var inv = CultureInfo.InvariantCulture;
        var text = string.Format(inv, "{0}/{1} files, {2} failed, {3:0.0} files/s, elapsed {4:hh\\:mm\\:ss}, ETA {5:hh\\:mm\\:ss}",
            done, total, failed, rate, elapsed, eta);
        if (interactive)
        {
            const int width = 30;
            var filled = total == 0 ? width : (int)Math.Round(width * (double)done / total);
            error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {text}");
            if (final) error.WriteLine();
        }
        else
        {
            error.WriteLine(text);
        }

        error.Flush();
    }
}
