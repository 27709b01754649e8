using System.Collections.Concurrent;
using PlanSite.Rendering;
using PlanSite.Rendering.Data;

namespace PlanSite.Site.Incremental;

/// <summary>
/// Collects a build's files in a staging folder beside the output and publishes them only when the
/// whole build succeeded, so a failed build never touches the published site.
/// Without a previous build manifest every file is staged and the staging folder replaces the
/// output in one directory swap (as before). With one, only files whose bytes changed are staged;
/// publishing then renames each over its old version (atomic per file), deletes files no longer
/// produced and writes the new manifest. Unchanged files keep their bytes and timestamps.
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _retired;
    private readonly BuildManifest? _previous;
    private readonly ConcurrentDictionary<string, FileRecord> _files = new(StringComparer.Ordinal);
    // Files staged in an incremental build. Without a previous build every file is staged, so none are
    // recorded here: at 100,000 indicators that was 610,000 entries the collector scanned on every pass.
    private readonly ConcurrentDictionary<string, bool> _staged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _keptOwners = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outDir, BuildManifest? previous)
    {
        _target = Path.GetFullPath(outDir);
        string parent = Path.GetDirectoryName(_target)!;
        string name = Path.GetFileName(_target);
        _staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        _retired = Path.Combine(parent, $".{name}.previous-{Environment.ProcessId}");
        _previous = Directory.Exists(_target) ? previous : null;
        DeleteIfExists(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The files put in this build, and those kept one by one; not those of owners kept whole (<see cref="KeepOwner"/>).</summary>
    public IReadOnlyDictionary<string, FileRecord> Files => _files;

    /// <summary>Owners whose files were all carried over from the previous build (<see cref="KeepOwner"/>).</summary>
    public IReadOnlyCollection<string> KeptOwners => (IReadOnlyCollection<string>)_keptOwners.Keys;

    /// <summary>Files whose bytes changed (or are new) and are written when the build is published.</summary>
    public int StagedCount => _previous is null ? _files.Count : _staged.Count;

    private bool IsStaged(string path) => _previous is null || _staged.ContainsKey(path);

    /// <summary>Records a file of the new site; stages it unless the previous build wrote these exact bytes.</summary>
    public void Put(string owner, OutputFile file)
    {
        var record = new FileRecord(owner, InputFingerprint.OfBytes(file.Bytes), file.Bytes.Length);
        if (!_files.TryAdd(file.Path, record))
            throw new InvalidOperationException($"two outputs claim the same path '{file.Path}'");
        if (WrittenBefore(owner, file.Path, record))
            return;
        File.WriteAllBytes(StagingPath(file.Path), file.Bytes);
        if (_previous is not null)
            _staged[file.Path] = true;
    }

    /// <summary>Streams a file into staging, hashing it on the way; dropped again if the previous build wrote the same bytes.</summary>
    public void Put(string owner, string path, Action<Stream> write)
    {
        string staged = StagingPath(path);
        FileRecord record;
        using (var file = new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hashing = new FingerprintingStream(file))
        {
            write(hashing);
            record = new FileRecord(owner, hashing.Fingerprint(), hashing.Length);
        }
        if (!_files.TryAdd(path, record))
            throw new InvalidOperationException($"two outputs claim the same path '{path}'");
        if (WrittenBefore(owner, path, record))
            File.Delete(staged);
        else if (_previous is not null)
            _staged[path] = true;
    }

    /// <summary>
    /// Whether the previous build published these exact bytes at this path for the same owner (only
    /// that owner's section of the manifest is read; a file that changed owner is simply written again).
    /// </summary>
    private bool WrittenBefore(string owner, string path, FileRecord record) =>
        _previous is not null && _previous.HasOwner(owner) && _previous.FilesOf(owner).TryGetValue(path, out var old)
        && old.Hash == record.Hash && old.Size == record.Size;

    private string StagingPath(string relative)
    {
        string path = Path.Combine(_staging, relative);
        string dir = Path.GetDirectoryName(path)!;
        // The value is stored only once the folder exists, so a thread writing into the same folder
        // (one plan's files are written side by side) never finds it claimed but not yet made.
        _directories.GetOrAdd(dir, static d => Directory.CreateDirectory(d) is not null);
        return path;
    }

    /// <summary>Carries files of the previous build over unchanged (their inputs did not change).</summary>
    public void Keep(IEnumerable<KeyValuePair<string, FileRecord>> files)
    {
        foreach (var (path, record) in files)
            if (!_files.TryAdd(path, record))
                throw new InvalidOperationException($"two outputs claim the same path '{path}'");
    }

    /// <summary>
    /// Carries all of an owner's files over from the previous build unchanged (its inputs did not
    /// change). Its records are not read: its section of the manifest is copied into the next one.
    /// </summary>
    public void KeepOwner(string owner)
    {
        if (_previous is null || !_previous.HasOwner(owner))
            throw new InvalidOperationException($"'{owner}' has no files in the previous build to keep");
        _keptOwners[owner] = true;
    }

    public (string Owner, byte[] Bytes)? Find(string path)
    {
        if (_files.TryGetValue(path, out var record))
            return (record.Owner, Current(path));
        return KeptOwnerOf(path) is { } owner ? (owner, File.ReadAllBytes(Path.Combine(_target, path))) : null;
    }

    /// <summary>The kept owner of a path: its plan (from plans/&lt;id&gt;/… or plans/&lt;id&gt;.…) first, then any other (rare: only redirects ask).</summary>
    private string? KeptOwnerOf(string path)
    {
        if (_keptOwners.IsEmpty) return null;
        if (path.StartsWith("plans/", StringComparison.Ordinal))
        {
            var rest = path.AsSpan(6);
            int end = rest.IndexOfAny('/', '.');
            string guess = (end < 0 ? rest : rest[..end]).ToString();
            if (_keptOwners.ContainsKey(guess) && _previous!.FilesOf(guess).ContainsKey(path))
                return guess;
        }
        return _keptOwners.Keys.FirstOrDefault(owner => _previous!.FilesOf(owner).ContainsKey(path));
    }

    /// <summary>The bytes a file will have once published (staged, else the unchanged published copy).</summary>
    public byte[] Current(string path) =>
        File.ReadAllBytes(Path.Combine(IsStaged(path) ? _staging : _target, path));

    /// <summary>Each owner's share of the data bundle (<see cref="InputFingerprint.BundlePart"/>): computed for owners with files in this build, the previous build's for kept owners.</summary>
    public IReadOnlyDictionary<string, string> BundleParts()
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in _files.Where(f => DataFiles.IsBundleMember(f.Key)).GroupBy(f => f.Value.Owner, StringComparer.Ordinal))
            parts[group.Key] = InputFingerprint.BundlePart(group.Select(f => (f.Key, f.Value.Hash)));
        foreach (var owner in _keptOwners.Keys)
            if (_previous!.BundleParts.TryGetValue(owner, out var part))
                parts[owner] = part;
        return parts;
    }

    /// <summary>
    /// Publishes the build and writes its manifest (<paramref name="fingerprints"/>: owner → input
    /// fingerprint; <paramref name="bundleParts"/>: <see cref="BundleParts"/> as the bundle was decided on).
    /// </summary>
    public void Commit(string siteFingerprint, IReadOnlyDictionary<string, string> fingerprints, IReadOnlyDictionary<string, string> bundleParts)
    {
        void WriteManifest(string path) =>
            BuildManifest.Write(path, siteFingerprint, fingerprints, bundleParts, _files, KeptOwners, _previous);
        if (_previous is null)
        {
            WriteManifest(Path.Combine(_staging, BuildManifest.FileName));
            DeleteIfExists(_retired);
            if (Directory.Exists(_target))
                Directory.Move(_target, _retired);
            Directory.Move(_staging, _target);
            DeleteIfExists(_retired);
        }
        else
        {
            // Without a manifest the next build starts over with a full swap, so a build killed
            // half-way through publishing is repaired by the next one rather than trusted.
            string manifestPath = Path.Combine(_target, BuildManifest.FileName);
            File.Delete(manifestPath);
            foreach (var path in _staged.Keys)
            {
                string to = Path.Combine(_target, path);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Move(Path.Combine(_staging, path), to, overwrite: true);
            }
            // Files of the previous build that no owner produced this time (a kept owner's files are all still there).
            foreach (var owner in _previous.Owners.Where(o => !_keptOwners.ContainsKey(o)))
                foreach (var path in _previous.FilesOf(owner).Keys.Where(p => !_files.ContainsKey(p)))
                    DeleteFileAndEmptyParents(path);
            string temporary = Path.Combine(_staging, BuildManifest.FileName);
            WriteManifest(temporary);
            File.Move(temporary, manifestPath, overwrite: true);
            DeleteIfExists(_staging);
        }
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed) DeleteIfExists(_staging);
    }

    private void DeleteFileAndEmptyParents(string relative)
    {
        string path = Path.Combine(_target, relative);
        if (File.Exists(path)) File.Delete(path);
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > _target.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
            Directory.Delete(dir);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
