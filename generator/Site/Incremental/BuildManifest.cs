using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace PlanSite.Site.Incremental;

/// <summary>A written file: who produced it (a plan id, or "-" for the site), its content hash and size.</summary>
public sealed record FileRecord(string Owner, string Hash, long Size);

/// <summary>
/// output/.plansite-build: what the last successful build wrote, and from which inputs. The next
/// build skips plans whose inputs are unchanged and rewrites only files whose bytes changed.
/// One section per owner (a plan, or a group of site-wide files), owners in order:
/// <code>
/// owner &lt;id&gt; &lt;fingerprint or -&gt; &lt;bundle part or -&gt;
/// &lt;hash&gt; &lt;size&gt; &lt;path&gt;      (one line per file, paths in order)
/// </code>
/// A section is read only when its owner is rebuilt (or asked about), and a kept owner's section
/// is copied into the next manifest as it is: an edit to one plan of 1,000 does not parse and
/// rewrite 600,000 file records. Every line is still checked when the manifest is loaded.
/// </summary>
public sealed class BuildManifest
{
    public const string FileName = ".plansite-build";

    /// <summary>
    /// The first line. v2: XXH3 file hashes (v1 had truncated SHA-256) and one section per owner; a
    /// manifest of another version is not read, so the next build starts over.
    /// </summary>
    public const string Header = "# PlanSite build manifest v2: inputs and outputs of the last build (used to rebuild only what changed). Safe to delete.";

    private const string None = "-";

    public string SiteFingerprint { get; }

    /// <summary>Owner → fingerprint of the inputs its files were made from (owners without one are not listed).</summary>
    public IReadOnlyDictionary<string, string> PlanFingerprints { get; }

    /// <summary>Owner → hash of its bundled files' paths and hashes (<see cref="InputFingerprint.BundlePart"/>); owners with bundled files only.</summary>
    public IReadOnlyDictionary<string, string> BundleParts { get; }

    private readonly string _text;
    private readonly Dictionary<string, Section> _sections;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, FileRecord>> _parsed = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, FileRecord>? _all;

    /// <summary>Where an owner's file lines are in the manifest's text, and what they add up to.</summary>
    /// <param name="Pages">Files named index.html (<see cref="OutputKinds.IsPage"/>).</param>
    /// <param name="DataFiles">CSV, JSON and ZIP files (<see cref="OutputKinds.IsDataFile"/>).</param>
    public readonly record struct Section(int Start, int Length, int FileCount, long Bytes, int Pages, int DataFiles);

    private BuildManifest(string siteFingerprint, Dictionary<string, string> fingerprints, Dictionary<string, string> bundleParts, string text,
        Dictionary<string, Section> sections)
    {
        SiteFingerprint = siteFingerprint;
        PlanFingerprints = fingerprints;
        BundleParts = bundleParts;
        _text = text;
        _sections = sections;
    }

    /// <summary>Every owner with a section.</summary>
    public IEnumerable<string> Owners => _sections.Keys;

    public bool HasOwner(string owner) => _sections.ContainsKey(owner);

    /// <summary>What an owner's files add up to, without reading them one by one.</summary>
    public Section SectionOf(string owner) => _sections.TryGetValue(owner, out var section) ? section : default;

    /// <summary>An owner's file lines exactly as written, to carry into the next manifest unchanged.</summary>
    public ReadOnlySpan<char> LinesOf(string owner) =>
        _sections.TryGetValue(owner, out var section) ? _text.AsSpan(section.Start, section.Length) : default;

    /// <summary>The files one owner produced, path → record; read from the manifest the first time they are asked for (thread-safe).</summary>
    public IReadOnlyDictionary<string, FileRecord> FilesOf(string owner) =>
        _parsed.GetOrAdd(owner, o => Parse(o, LinesOf(o)));

    /// <summary>Every file of the previous build. Reads every section: for tests and tools, not for the build itself.</summary>
    public IReadOnlyDictionary<string, FileRecord> Files =>
        _all ??= _sections.Keys.SelectMany(FilesOf).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

    /// <summary>The files of one owner as spans (path, hash, size) without making strings: for kept owners' bundled files.</summary>
    public FileLines LinesOfFiles(string owner) => new(LinesOf(owner));

    /// <summary>The previous build's manifest, or null (no previous build, or a manifest that does not parse: then everything is rebuilt).</summary>
    public static BuildManifest? Load(string outDir)
    {
        string path = Path.Combine(outDir, FileName);
        if (!File.Exists(path)) return null;
        string text = File.ReadAllText(path, Encoding.UTF8);
        return Parse(text);
    }

    private static BuildManifest? Parse(string text)
    {
        var rest = text.AsSpan();
        if (!TakeLine(ref rest, out var header) || !header.SequenceEqual(Header)) return null; // another version (or not a manifest)
        if (!TakeLine(ref rest, out var siteLine) || !siteLine.StartsWith("site ") || siteLine.Length == 5 || siteLine[5..].Contains(' ')) return null;
        string site = siteLine[5..].ToString();

        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        var bundleParts = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        string? owner = null;
        int start = 0, count = 0, pages = 0, data = 0;
        long bytes = 0;
        void Close(int end)
        {
            if (owner is not null)
                sections[owner] = new Section(start, end - start, count, bytes, pages, data);
        }
        while (true)
        {
            int at = text.Length - rest.Length;
            if (!TakeLine(ref rest, out var line)) { Close(at); break; }
            if (line.StartsWith("owner "))
            {
                Close(at);
                var fields = line[6..];
                var id = Next(ref fields);
                var fingerprint = Next(ref fields);
                var part = Next(ref fields);
                if (id.IsEmpty || fingerprint.IsEmpty || part.IsEmpty || !fields.IsEmpty) return null;
                owner = id.ToString();
                if (sections.ContainsKey(owner)) return null;
                if (!fingerprint.SequenceEqual(None)) fingerprints[owner] = fingerprint.ToString();
                if (!part.SequenceEqual(None)) bundleParts[owner] = part.ToString();
                start = text.Length - rest.Length;
                count = pages = data = 0;
                bytes = 0;
                sections[owner] = default; // so an owner listed twice is caught even when its first section is empty
                continue;
            }
            if (owner is null || !TryFileLine(line, out var file)) return null;
            count++;
            bytes += file.Size;
            if (OutputKinds.IsPage(file.Path)) pages++;
            if (OutputKinds.IsDataFile(file.Path)) data++;
        }
        return new BuildManifest(site, fingerprints, bundleParts, text, sections);
    }

    private static IReadOnlyDictionary<string, FileRecord> Parse(string owner, ReadOnlySpan<char> lines)
    {
        var files = new Dictionary<string, FileRecord>(StringComparer.Ordinal);
        foreach (var (path, hash, size) in new FileLines(lines))
            files[path.ToString()] = new FileRecord(owner, hash.ToString(), size);
        return files;
    }

    /// <summary>One file line: hash, size and path (a path may contain spaces, so it is the rest of the line).</summary>
    private static bool TryFileLine(ReadOnlySpan<char> line, out FileLine file)
    {
        var hash = Next(ref line);
        var sizeText = Next(ref line);
        bool ok = long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out long size);
        file = new FileLine(line, hash, size);
        return ok && !hash.IsEmpty && !line.IsEmpty;
    }

    private static bool TakeLine(scoped ref ReadOnlySpan<char> rest, out ReadOnlySpan<char> line)
    {
        if (rest.IsEmpty) { line = default; return false; }
        int end = rest.IndexOf('\n');
        line = end < 0 ? rest : rest[..end];
        rest = end < 0 ? default : rest[(end + 1)..];
        return true;
    }

    /// <summary>The text up to the next space; <paramref name="rest"/> becomes what follows it.</summary>
    private static ReadOnlySpan<char> Next(scoped ref ReadOnlySpan<char> rest)
    {
        int space = rest.IndexOf(' ');
        if (space < 0)
        {
            var all = rest;
            rest = default;
            return all;
        }
        var part = rest[..space];
        rest = rest[(space + 1)..];
        return part;
    }

    /// <summary>The file lines of one section, already checked when the manifest was loaded.</summary>
    public ref struct FileLines(ReadOnlySpan<char> lines)
    {
        private ReadOnlySpan<char> _rest = lines;

        public FileLine Current { get; private set; }

        public readonly FileLines GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!TakeLine(ref _rest, out var line)) return false;
            TryFileLine(line, out var file); // checked when the manifest was loaded
            Current = file;
            return true;
        }
    }

    /// <summary>One file line's fields, as spans into the manifest's text.</summary>
    public readonly ref struct FileLine(ReadOnlySpan<char> path, ReadOnlySpan<char> hash, long size)
    {
        public ReadOnlySpan<char> Path { get; } = path;
        public ReadOnlySpan<char> Hash { get; } = hash;
        public long Size { get; } = size;

        public void Deconstruct(out ReadOnlySpan<char> path, out ReadOnlySpan<char> hash, out long size)
        {
            path = Path;
            hash = Hash;
            size = Size;
        }
    }

    /// <summary>
    /// Writes a new manifest: each owner's new files in path order, and the sections of
    /// <paramref name="keptOwners"/> copied from <paramref name="previous"/> as they are. Written line
    /// by line: at 100,000 indicators the manifest is ~50 MB, too much to build as one string first.
    /// </summary>
    /// <param name="fingerprints">Owner → input fingerprint (plans and site-file groups).</param>
    /// <param name="bundleParts">Owner → bundle part, for owners with new files; kept owners keep theirs.</param>
    public static void Write(string path, string siteFingerprint, IReadOnlyDictionary<string, string> fingerprints,
        IReadOnlyDictionary<string, string> bundleParts, IReadOnlyDictionary<string, FileRecord> files,
        IReadOnlyCollection<string> keptOwners, BuildManifest? previous)
    {
        var byOwner = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (relative, file) in files)
        {
            if (!byOwner.TryGetValue(file.Owner, out var paths))
                byOwner[file.Owner] = paths = [];
            paths.Add(relative);
        }
        var kept = keptOwners.ToHashSet(StringComparer.Ordinal);
        var owners = byOwner.Keys.Concat(kept).Concat(fingerprints.Keys).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(owners, StringComparer.Ordinal);

        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        writer.Write("site ");
        writer.WriteLine(siteFingerprint);
        foreach (var owner in owners)
        {
            bool isKept = kept.Contains(owner);
            writer.Write("owner ");
            writer.Write(owner);
            writer.Write(' ');
            writer.Write(fingerprints.GetValueOrDefault(owner) ?? (isKept ? previous!.PlanFingerprints.GetValueOrDefault(owner) : null) ?? None);
            writer.Write(' ');
            writer.WriteLine((isKept ? previous!.BundleParts.GetValueOrDefault(owner) : bundleParts.GetValueOrDefault(owner)) ?? None);
            if (isKept)
            {
                var lines = previous!.LinesOf(owner);
                writer.Write(lines);
                if (!lines.IsEmpty && lines[^1] != '\n') writer.WriteLine();
                continue;
            }
            if (!byOwner.TryGetValue(owner, out var paths)) continue;
            var sorted = paths.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            foreach (var relative in sorted)
            {
                var file = files[relative];
                writer.Write(file.Hash);
                writer.Write(' ');
                writer.Write(file.Size.ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.WriteLine(relative);
            }
        }
    }
}
