using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanSite.Content.Caching;
using PlanSite.Rendering;

namespace PlanSite.Site.Incremental;

/// <summary>
/// Plan outlines from earlier builds, in the plan cache's folder (outlines/&lt;plan id&gt;.json) and
/// keyed like it, by the hash of the plan's files and the generator: with its outline at hand, an
/// unchanged plan need not be loaded at all for the site-wide files. A missing or unreadable entry
/// just means the plan is loaded and its outline made again.
/// </summary>
public sealed class OutlineCache(string cacheFolder)
{
    private readonly string _folder = Path.Combine(Path.GetFullPath(cacheFolder), "outlines");

    // Japanese as UTF-8 rather than \uXXXX escapes: half the bytes to read (the cache is never embedded in HTML).
    private static readonly JsonTypeInfo<OutlineCacheEntry> EntryJson = (JsonTypeInfo<OutlineCacheEntry>)new JsonSerializerOptions
    {
        TypeInfoResolver = OutlineJsonContext.Default,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new FiscalYearAsNumber() },
    }.GetTypeInfo(typeof(OutlineCacheEntry));

    public PlanOutline? TryGet(string planId, string key)
    {
        string path = PathOf(planId);
        if (!File.Exists(path)) return null;
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(path), EntryJson);
            return entry is not null && entry.Key == key && entry.Outline.Id == planId ? entry.Outline : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Written to a temporary file and renamed, so a reader never sees half an entry.</summary>
    public void Put(string key, PlanOutline outline)
    {
        Directory.CreateDirectory(_folder);
        string path = PathOf(outline.Id);
        string temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new OutlineCacheEntry(key, outline), EntryJson));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes the outlines of plans that no longer exist.</summary>
    public void Retain(IReadOnlyCollection<string> planIds)
    {
        if (!Directory.Exists(_folder)) return;
        var keep = planIds.Select(PathOf).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(_folder))
            if (!keep.Contains(file))
                File.Delete(file);
    }

    private string PathOf(string planId) => Path.Combine(_folder, planId + ".json");
}

/// <summary>One outline with the key of the input it was made from.</summary>
public sealed record OutlineCacheEntry(string Key, PlanOutline Outline);

/// <summary>Source-generated, like the plan cache's: no reflection at run time.</summary>
[JsonSerializable(typeof(OutlineCacheEntry))]
internal sealed partial class OutlineJsonContext : JsonSerializerContext;
