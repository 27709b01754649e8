using System.Diagnostics;
using PlanSite.Site;

namespace PlanSite.Cli;

/// <summary>
/// Prints build progress with the time since the start, at most one line per <paramref name="interval"/>:
/// a build that finishes within the interval prints nothing but its summary, a long one shows it is moving.
/// Thread-safe (plans report from the rendering threads) and synchronous, unlike Progress&lt;T&gt;, so lines
/// come out before the summary.
/// </summary>
public sealed class BuildProgressPrinter(TextWriter writer, TimeSpan interval) : IProgress<BuildProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            var now = _clock.Elapsed;
            if (now - _last < interval) return;
            _last = now;
            writer.WriteLine($"[{now.TotalSeconds:0.0} s] {value}");
        }
    }
}
