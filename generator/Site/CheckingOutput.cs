using System.Collections.Concurrent;
using PlanSite.Rendering;

namespace PlanSite.Site;

/// <summary>
/// Where `validate` renders to: every file is made (so template errors surface) and its path and
/// owner recorded (for the URL check), but its bytes are dropped, except the few a later step reads
/// back (the data files a redirect copies). Keeping the whole site in memory, as the preview does,
/// needed about a gigabyte at 10,000 indicators and would need ten at 100,000.
/// </summary>
public sealed class CheckingOutput(IReadOnlySet<string> keepBytesOf) : ISiteOutput
{
    private readonly ConcurrentDictionary<string, (string Owner, byte[]? Bytes)> _files = new(StringComparer.Ordinal);

    public void Put(string owner, OutputFile file)
    {
        if (!_files.TryAdd(file.Path, (owner, keepBytesOf.Contains(file.Path) ? file.Bytes : null)))
            throw new InvalidOperationException($"two outputs claim the same path '{file.Path}'");
    }

    public void Put(string owner, string path, Action<Stream> write)
    {
        write(Stream.Null);
        if (!_files.TryAdd(path, (owner, null)))
            throw new InvalidOperationException($"two outputs claim the same path '{path}'");
    }

    public (string Owner, byte[] Bytes)? Find(string path) =>
        _files.TryGetValue(path, out var entry) ? (entry.Owner, entry.Bytes ?? throw new InvalidOperationException($"'{path}' was not kept")) : null;

    public IEnumerable<string> Paths => _files.Keys;
}
