using System.Security.Cryptography;
using System.Text;
using PlanSite.Model;

namespace PlanSite.Site.Incremental;

/// <summary>
/// Hashes of everything an output file can depend on. A plan's pages and data depend on its own
/// files plus the site-wide inputs (site settings, templates, the generator itself); so when both
/// hashes match the previous build, the plan's files are still exactly what it would render.
/// </summary>
public static class InputFingerprint
{
    /// <summary>
    /// Generator build, templates, site.yaml, free pages, redirects and the build's --base-url: all
    /// that the site settings are made of, so it is known before any content is loaded.
    /// </summary>
    public static string Site(string contentDir, string templatesDir, string? baseUrlOverride)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "generator", typeof(InputFingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(hash, "base url", baseUrlOverride ?? "(site.yaml)");
        AddFiles(hash, templatesDir, SearchOption.AllDirectories);
        foreach (var name in new[] { "site.yaml", "redirects.yaml" })
            AddFile(hash, Path.Combine(contentDir, name), name);
        if (Directory.Exists(Path.Combine(contentDir, "pages")))
            AddFiles(hash, Path.Combine(contentDir, "pages"), SearchOption.TopDirectoryOnly);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>The site fingerprint plus the hash of the plan folder's files (plan.yaml and every review file), as the loader computed it.</summary>
    public static string Plan(string siteFingerprint, string planInputHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "site", siteFingerprint);
        Add(hash, "plan", planInputHash);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>What the site-wide files made from outlines depend on: the site fingerprint and each plan's outline, in order.</summary>
    public static string Outlines(string siteFingerprint, IEnumerable<(string PlanId, string OutlineHash)> outlines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "site", siteFingerprint);
        foreach (var (id, outline) in outlines)
            Add(hash, id, outline);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>One owner's share of the data bundle: the path and content hash of each of its bundled files.</summary>
    public static string BundlePart(IEnumerable<(string Path, string FileHash)> members)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, file) in members.OrderBy(m => m.Path, StringComparer.Ordinal))
            Add(hash, path, file);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>
    /// What the data bundle depends on: every owner's bundle part. Kept per owner (in the build manifest)
    /// so a rebuild that keeps a plan need not look at each of its files to know the bundle is unchanged.
    /// </summary>
    public static string Bundle(IEnumerable<(string Owner, string Part)> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (owner, part) in parts.OrderBy(p => p.Owner, StringComparer.Ordinal))
            Add(hash, owner, part);
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>
    /// Content hash of an output file: 64-bit XXH3. It only tells two versions of one file apart (no
    /// one gains by forging a collision with their own earlier output), and every byte of the site goes
    /// through it: SHA-256 took 2.6 % of a full build's CPU, XXH3 is an order of magnitude faster.
    /// </summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => OfHash(System.IO.Hashing.XxHash3.Hash(bytes));

    /// <summary>The same hash, from its bytes (of a file hashed as it was streamed).</summary>
    public static string OfHash(ReadOnlySpan<byte> xxh3) => Convert.ToHexStringLower(xxh3);

    private static void AddFiles(IncrementalHash hash, string dir, SearchOption depth)
    {
        if (!Directory.Exists(dir)) return;
        foreach (var file in Directory.GetFiles(dir, "*", depth).Order(StringComparer.Ordinal))
            AddFile(hash, file, Path.GetRelativePath(dir, file).Replace('\\', '/'));
    }

    private static void AddFile(IncrementalHash hash, string path, string name)
    {
        if (!File.Exists(path)) { Add(hash, name, "(none)"); return; }
        Add(hash, "file", name);
        byte[] bytes = File.ReadAllBytes(path);
        hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
        hash.AppendData(bytes);
    }

    private static void Add(IncrementalHash hash, string key, string value)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(key));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(value));
        hash.AppendData([0]);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
