using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanSite.Content.Caching;
using PlanSite.Rendering;

namespace PlanSite.Site.Incremental;

/// <summary>An outline with a hash of its contents: equal hashes, equal outlines, whatever else changed in the plan.</summary>
public sealed record CachedOutline(PlanOutline Outline, string Hash);

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
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = OutlineJsonContext.Default,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new FiscalYearAsNumber() },
    };
    private static readonly JsonTypeInfo<OutlineCacheEntry> EntryJson = (JsonTypeInfo<OutlineCacheEntry>)Options.GetTypeInfo(typeof(OutlineCacheEntry));
    private static readonly JsonTypeInfo<PlanOutline> OutlineJson = (JsonTypeInfo<PlanOutline>)Options.GetTypeInfo(typeof(PlanOutline));

    public CachedOutline? TryGet(string planId, string key)
    {
        string path = PathOf(planId);
        if (!File.Exists(path)) return null;
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(path), EntryJson);
            return entry is not null && entry.Key == key && entry.Outline.Id == planId ? new CachedOutline(entry.Outline, entry.Hash) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The hash of an outline's contents, as <see cref="Put"/> stores it.</summary>
    public static string HashOf(PlanOutline outline) => Hash(JsonSerializer.SerializeToUtf8Bytes(outline, OutlineJson));

    /// <summary>Stores an outline and returns its hash. Written to a temporary file and renamed, so a reader never sees half an entry.</summary>
    public string Put(string key, PlanOutline outline)
    {
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(outline, OutlineJson);
        string hash = Hash(json);
        Directory.CreateDirectory(_folder);
        string path = PathOf(outline.Id);
        string temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var file = File.Create(temporary))
        {
            // The entry is {"Key":…,"Hash":…,"Outline":…} with the outline's bytes exactly as hashed.
            file.Write(Encoding.UTF8.GetBytes($"{{\"{nameof(OutlineCacheEntry.Key)}\":\"{key}\",\"{nameof(OutlineCacheEntry.Hash)}\":\"{hash}\",\"{nameof(OutlineCacheEntry.Outline)}\":"));
            file.Write(json);
            file.Write("}"u8);
        }
        File.Move(temporary, path, overwrite: true);
        return hash;
    }

    /// <summary>Deletes the outlines of plans that no longer exist.</summary>
    public void Retain(IReadOnlyCollection<string> planIds) => PlanCache.RetainEntries(_folder, planIds);

    private string PathOf(string planId) => Path.Combine(_folder, planId + ".json");

    private static string Hash(byte[] json) => Convert.ToHexStringLower(SHA256.HashData(json));
}

/// <summary>One outline with the key of the input it was made from and the hash of its contents.</summary>
public sealed record OutlineCacheEntry(string Key, string Hash, PlanOutline Outline);

/// <summary>Source-generated, like the plan cache's: no reflection at run time.</summary>
[JsonSerializable(typeof(OutlineCacheEntry))]
[JsonSerializable(typeof(PlanOutline))]
internal sealed partial class OutlineJsonContext : JsonSerializerContext;
