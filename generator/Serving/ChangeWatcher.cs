namespace PlanSite.Serving;

/// <summary>
/// Watches content/ and templates/ and calls back once a burst of changes has settled (an editor's
/// save is often several file events; a sheet import writes a temp file and renames it).
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet, Action onChange)
    {
        _quiet = quiet;
        _timer = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += Touch;
            watcher.Created += Touch;
            watcher.Deleted += Touch;
            watcher.Renamed += Touch;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Touch(object sender, FileSystemEventArgs e) => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
