using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;

namespace PlanSite.Rendering.Data;

/// <summary>
/// The data bundle's members while a build runs. Each file is deflated on the thread that rendered it
/// and its compressed bytes go to a temporary file rather than stay in memory (at 100,000 indicators
/// they were 200 MB held to the end of the build, then copied once more into the finished archive);
/// <see cref="ZipBundle.Write"/> streams them from there. Members carried over from the previous
/// bundle stay in that file.
/// </summary>
public sealed class BundleSpool : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly ConcurrentBag<ZipMember> _members = [];
    private long _length;

    [ThreadStatic] private static byte[]? t_buffer;

    /// <param name="folder">Where the temporary file goes (beside the output, never inside it).</param>
    public BundleSpool(string folder)
    {
        string path = Path.Combine(folder, $".plansite-bundle-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        // Unlinked at once where the system allows it, so a killed build leaves nothing behind.
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
    }

    public IReadOnlyCollection<ZipMember> Members => _members;

    /// <summary>Compresses a file into the bundle; safe to call from several threads.</summary>
    public void Add(OutputFile file)
    {
        var buffer = t_buffer ??= new byte[64 * 1024];
        int length = RawDeflate.Compress(file.Bytes, ref buffer);
        long at = Interlocked.Add(ref _length, length) - length;
        RandomAccess.Write(_file, buffer.AsSpan(0, length), at);
        _members.Add(new ZipMember(file.Path, System.IO.Hashing.Crc32.HashToUInt32(file.Bytes), file.Bytes.Length, new FileSlice(_file, at, length)));
        // One unusually large file should not pin its buffer for the rest of the build.
        t_buffer = buffer.Length > 1 << 20 ? null : buffer;
    }

    /// <summary>Takes a member of the previous bundle as it is (its file must stay open until the bundle is written).</summary>
    public void Carry(ZipMember member) => _members.Add(member);

    public void Dispose() => _file.Dispose();
}
