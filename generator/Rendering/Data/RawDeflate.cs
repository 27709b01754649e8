using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PlanSite.Rendering.Data;

/// <summary>
/// Deflates one whole file (a data bundle member) at level 6. With the system's libdeflate (Debian:
/// libdeflate0, present wherever libtiff is) it is compressed in one call; without it, through
/// .NET's DeflateStream. libdeflate is made for whole buffers: no stream state to allocate and clear
/// per file (zlib's is ~300 KB, and the bundle has two members per indicator), and a faster matcher.
/// On the 20,330 members of a 10,000-indicator site (117 MB): DeflateStream 1.02–1.08 s of CPU and
/// 16.62 MB, libdeflate 0.69 s and 16.47 MB (docs/benchmarks.md, seventh session). Either output is
/// a valid deflate stream of the same bytes; which one a machine writes is fixed by what it has.
/// </summary>
public static unsafe class RawDeflate
{
    private const int Level = 6;

    private static readonly LibDeflate? Native = LibDeflate.TryLoad();

    /// <summary>"libdeflate" when the system library is used, else "zlib" (.NET's own).</summary>
    public static string Engine => Native is null ? "zlib" : "libdeflate";

    [ThreadStatic] private static nint t_compressor;
    [ThreadStatic] private static MemoryStream? t_stream;

    /// <summary>Deflates <paramref name="input"/> into <paramref name="output"/> (grown as needed, reused by the caller); returns the length written.</summary>
    public static int Compress(ReadOnlySpan<byte> input, ref byte[] output, bool forceManaged = false)
    {
        if (Native is { } lib && !forceManaged)
        {
            // One compressor per thread for the life of the process: libdeflate's are not thread-safe,
            // and a build's threads are pool threads that are reused build after build.
            if (t_compressor == 0)
                t_compressor = lib.Alloc(Level);
            if (t_compressor == 0)
                throw new OutOfMemoryException("libdeflate could not allocate a compressor");
            nuint bound = lib.Bound(t_compressor, (nuint)input.Length);
            if ((nuint)output.Length < bound)
                output = new byte[(int)bound];
            fixed (byte* source = input)
            fixed (byte* target = output)
            {
                nuint written = lib.Compress(t_compressor, source, (nuint)input.Length, target, (nuint)output.Length);
                if (written == 0)
                    throw new InvalidOperationException("libdeflate did not fit its output into its own bound");
                return (int)written;
            }
        }
        var stream = t_stream ??= new MemoryStream();
        stream.SetLength(0);
        using (var deflate = new DeflateStream(stream, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(input);
        int length = (int)stream.Length;
        if (output.Length < length)
            output = new byte[length];
        stream.GetBuffer().AsSpan(0, length).CopyTo(output);
        if (stream.Capacity > 1 << 20)
            t_stream = null; // one unusually large file should not pin its buffer for the rest of the build
        return length;
    }

    /// <summary>The three libdeflate functions used, bound by address (no marshalling: safe under Native AOT).</summary>
    private sealed class LibDeflate(
        delegate* unmanaged<int, nint> alloc,
        delegate* unmanaged<nint, nuint, nuint> bound,
        delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nuint> compress)
    {
        public nint Alloc(int level) => alloc(level);
        public nuint Bound(nint compressor, nuint length) => bound(compressor, length);
        public nuint Compress(nint compressor, byte* input, nuint length, byte* output, nuint available) =>
            compress(compressor, input, length, output, available);

        public static LibDeflate? TryLoad()
        {
            if (Environment.GetEnvironmentVariable("PLANSITE_NO_LIBDEFLATE") == "1")
                return null;
            foreach (string name in new[] { "libdeflate.so.0", "libdeflate.so", "libdeflate.0.dylib", "libdeflate.dylib", "libdeflate" })
            {
                if (!NativeLibrary.TryLoad(name, out nint handle))
                    continue;
                if (NativeLibrary.TryGetExport(handle, "libdeflate_alloc_compressor", out nint a)
                    && NativeLibrary.TryGetExport(handle, "libdeflate_deflate_compress_bound", out nint b)
                    && NativeLibrary.TryGetExport(handle, "libdeflate_deflate_compress", out nint c))
                    return new LibDeflate(
                        (delegate* unmanaged<int, nint>)a,
                        (delegate* unmanaged<nint, nuint, nuint>)b,
                        (delegate* unmanaged<nint, byte*, nuint, byte*, nuint, nuint>)c);
                NativeLibrary.Free(handle);
            }
            return null;
        }
    }
}
