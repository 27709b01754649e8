using System.Collections.Concurrent;
using PlanSite.Rendering;

namespace PlanSite.Site;

/// <summary>A whole rendered site held in memory (validate, serve).</summary>
public sealed class MemoryOutput : ISiteOutput
{
    private readonly ConcurrentDictionary<string, (string Owner, OutputFile File)> _files = new(StringComparer.Ordinal);

    public void Put(string owner, OutputFile file)
    {
        if (!_files.TryAdd(file.Path, (owner, file)))
            throw new InvalidOperationException($"two outputs claim the same path '{file.Path}'");
    }

    public void Put(string owner, string path, Action<Stream> write)
    {
        using var bytes = new MemoryStream();
        write(bytes);
        Put(owner, new OutputFile(path, bytes.ToArray()));
    }

    public (string Owner, byte[] Bytes)? Find(string path) =>
        _files.TryGetValue(path, out var entry) ? (entry.Owner, entry.File.Bytes) : null;

    /// <summary>Every file, ordered by path.</summary>
    public IReadOnlyList<OutputFile> Files =>
        _files.Values.Select(e => e.File).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
}
