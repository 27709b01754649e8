using System.Globalization;
using System.Text;

namespace PlanSite.Site.Incremental;

/// <summary>A written file: who produced it (a plan id, or "-" for the site), its content hash and size.</summary>
public sealed record FileRecord(string Owner, string Hash, long Size);

/// <summary>
/// output/.plansite-build: what the last successful build wrote, and from which inputs. The next
/// build skips plans whose inputs are unchanged and rewrites only files whose bytes changed.
/// One line per entry (`site fp`, `plan id fp`, `file owner hash size path`): a 100,000-indicator
/// site has ~600,000 files, and a line format reads and writes that in a fraction of a second.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".plansite-build";
    private const string Header = "# PlanSite build manifest v1: inputs and outputs of the last build (used to rebuild only what changed). Safe to delete.";

    public string SiteFingerprint { get; }
    public IReadOnlyDictionary<string, string> PlanFingerprints { get; }
    public IReadOnlyDictionary<string, FileRecord> Files { get; }

    public BuildManifest(string siteFingerprint, IReadOnlyDictionary<string, string> planFingerprints, IReadOnlyDictionary<string, FileRecord> files)
    {
        SiteFingerprint = siteFingerprint;
        PlanFingerprints = planFingerprints;
        Files = files;
    }

    private ILookup<string, KeyValuePair<string, FileRecord>>? _byOwner;

    /// <summary>The files one plan (or "-", the site) produced; indexed once, as a site has thousands of plans.</summary>
    public IEnumerable<KeyValuePair<string, FileRecord>> FilesOf(string owner) =>
        (_byOwner ??= Files.ToLookup(f => f.Value.Owner, StringComparer.Ordinal))[owner];

    /// <summary>The previous build's manifest, or null (no previous build, or a manifest that does not parse: then everything is rebuilt).</summary>
    public static BuildManifest? Load(string outDir)
    {
        string path = Path.Combine(outDir, FileName);
        if (!File.Exists(path)) return null;
        string? site = null;
        var plans = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new Dictionary<string, FileRecord>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split(' ', 5);
            switch (parts[0])
            {
                case "site" when parts.Length == 2: site = parts[1]; break;
                case "plan" when parts.Length == 3: plans[parts[1]] = parts[2]; break;
                case "file" when parts.Length == 5 && long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out long size):
                    files[parts[4]] = new FileRecord(parts[1], parts[2], size); break;
                default: return null;
            }
        }
        return site is null ? null : new BuildManifest(site, plans, files);
    }

    /// <summary>Written line by line: at 100,000 indicators the manifest is ~65 MB, too much to build as one string first.</summary>
    public void WriteTo(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        writer.Write("site ");
        writer.WriteLine(SiteFingerprint);
        foreach (var (id, fingerprint) in PlanFingerprints.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write("plan ");
            writer.Write(id);
            writer.Write(' ');
            writer.WriteLine(fingerprint);
        }
        foreach (var (relative, file) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Write("file ");
            writer.Write(file.Owner);
            writer.Write(' ');
            writer.Write(file.Hash);
            writer.Write(' ');
            writer.Write(file.Size.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.WriteLine(relative);
        }
    }
}
