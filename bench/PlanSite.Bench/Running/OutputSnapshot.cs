namespace PlanSite.Bench.Running;

/// <summary>Every file of a built site with its size and last write time, to count what a rebuild touched.</summary>
public sealed record OutputSnapshot(IReadOnlyDictionary<string, (long Size, DateTime Written)> Files)
{
    public long Bytes => Files.Values.Sum(f => f.Size);

    public static OutputSnapshot Take(string dir) => new(
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => { var info = new FileInfo(f); return (info.Length, info.LastWriteTimeUtc); },
            StringComparer.Ordinal));

    /// <summary>Files that are new, gone, or whose timestamp or size changed since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> ChangedSince(OutputSnapshot before) =>
        Files.Where(f => !before.Files.TryGetValue(f.Key, out var old) || old != f.Value).Select(f => f.Key)
            .Concat(before.Files.Keys.Where(k => !Files.ContainsKey(k)))
            .Order(StringComparer.Ordinal).ToArray();
}
