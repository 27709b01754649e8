using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PlanSite.Model;

namespace PlanSite.Content.Caching;

/// <summary>
/// Validated plans from earlier builds, so a rebuild after editing one review file parses and checks
/// only that plan. An entry is keyed by a hash of every file in the plan's folder and of the
/// generator itself, so it can only ever be used for exactly the input it was made from; a missing,
/// unreadable or stale entry just means the plan is read from its YAML again. Only plans that loaded
/// without any error are stored, so an error is reported on every build until it is fixed.
/// </summary>
public sealed class PlanCache
{
    // Part of every key: bump when the cache's layout changes in a way the generator's own identity would not show.
    private const string Format = "plansite-plan-cache/1";
    private static readonly string GeneratorId = typeof(PlanCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly string _folder;

    public PlanCache(string folder) => _folder = Path.GetFullPath(folder);

    /// <summary>The cache beside an output folder (.output.cache for output/), never inside what gets published.</summary>
    public static PlanCache Beside(string outDir)
    {
        string target = Path.GetFullPath(outDir);
        return new PlanCache(Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.cache"));
    }

    public string Folder => _folder;

    /// <summary>Hash of the generator and of every file under the plan folder (names and bytes).</summary>
    public static string KeyOf(string planDir)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Format);
        Append(hash, GeneratorId);
        foreach (var file in Directory.GetFiles(planDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Append(hash, Path.GetRelativePath(planDir, file).Replace('\\', '/'));
            byte[] bytes = File.ReadAllBytes(file);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The plan stored under this key, or null when there is none (or it cannot be read).</summary>
    public Plan? TryGet(string planId, string key)
    {
        string path = PathOf(planId);
        if (!File.Exists(path)) return null; // the usual case on a first build: not worth an exception per plan
        // An entry for other inputs (the plan was edited) is told by its first bytes: reading it whole
        // only to compare keys cost an edit rebuild ~250 ms (a 200 KB entry, the model's JSON code cold).
        if (!Has(planId, key)) return null;
        try
        {
            using var stream = File.OpenRead(path);
            var entry = JsonSerializer.Deserialize(stream, ModelJson.Entry);
            return entry is not null && entry.Key == key && entry.Plan.Id == planId ? entry.Plan : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether an entry for exactly this key is there, without reading the plan: the key is the
    /// entry's first member, so the first bytes tell. (Reading the plan later still checks it whole.)
    /// </summary>
    public bool Has(string planId, string key)
    {
        string path = PathOf(planId);
        Span<byte> head = stackalloc byte[128];
        try
        {
            using var file = File.OpenHandle(path);
            int read = RandomAccess.Read(file, head, 0);
            return head[..read].StartsWith(Encoding.UTF8.GetBytes($"{{\"{nameof(PlanCacheEntry.Key)}\":\"{key}\""));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Stores a plan that loaded without errors; written to a temporary file and renamed, so a reader never sees half an entry.</summary>
    public void Put(string planId, string key, Plan plan)
    {
        Directory.CreateDirectory(_folder);
        string path = PathOf(planId);
        string temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = File.Create(temporary))
            JsonSerializer.Serialize(stream, new PlanCacheEntry(key, plan), ModelJson.Entry);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes entries of plans that no longer exist.</summary>
    public void Retain(IReadOnlyCollection<string> planIds) => RetainEntries(_folder, planIds);

    /// <summary>In a folder of &lt;plan id&gt;.json entries, deletes every file that is not the entry of one of these plans.</summary>
    public static void RetainEntries(string folder, IEnumerable<string> planIds)
    {
        if (!Directory.Exists(folder)) return;
        var keep = planIds.Select(id => Path.Combine(folder, id + ".json")).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder))
            if (!keep.Contains(file))
                File.Delete(file);
    }

    private string PathOf(string planId) => Path.Combine(_folder, planId + ".json");

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
