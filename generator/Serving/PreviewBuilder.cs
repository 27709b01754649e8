using PlanSite.Checking;
using PlanSite.Site;

namespace PlanSite.Serving;

/// <summary>
/// Rebuilds the site in memory with exactly the build's checks. A failed rebuild keeps the previous
/// files and records its errors; it never throws, so a content mistake cannot stop the server.
/// </summary>
public sealed class PreviewBuilder(string contentDir, string templatesDir, TextWriter log)
{
    private readonly object _gate = new();
    private PreviewState _state = PreviewState.Empty;

    public PreviewState State => Volatile.Read(ref _state);

    public PreviewState Rebuild()
    {
        lock (_gate)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var previous = State;
            PreviewState next;
            try
            {
                var report = SiteCheck.Run(contentDir, templatesDir, new BuildOptions(), keepFiles: true);
                next = report.Ok
                    ? new PreviewState(report.Site!.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal), [], previous.Version + 1, report.Summary)
                    : previous with { Errors = report.Errors, Version = previous.Version + 1, Summary = report.Summary };
                foreach (var error in report.Errors) log.WriteLine(error);
                foreach (var warning in report.Warnings) log.WriteLine($"warning: {warning}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file caught mid-save by an editor: report it and wait for the next change.
                var error = new Content.ContentError(contentDir, 0, 0, "(file)", e.Message);
                log.WriteLine(error);
                next = previous with { Errors = [error], Version = previous.Version + 1, Summary = "1 error" };
            }
            log.WriteLine($"[{DateTime.Now:HH:mm:ss}] rebuilt in {clock.ElapsedMilliseconds} ms: {next.Summary}" +
                          (next.HasErrors && next.Files is not null ? " (still serving the last good build)" : ""));
            Volatile.Write(ref _state, next);
            return next;
        }
    }
}
