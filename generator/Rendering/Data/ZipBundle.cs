using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PlanSite.Rendering.Data;

/// <summary>
/// One compressed member of the data bundle: deflated once, wherever its file was rendered. Its
/// deflated bytes stay in a file (the build's <see cref="BundleSpool"/>, or the previous bundle when
/// they are carried over), never all in memory: at 100,000 indicators they are 200 MB.
/// </summary>
public sealed record ZipMember(string Path, uint Crc, long Size, FileSlice Deflated);

/// <summary>A run of bytes in an open file.</summary>
public readonly record struct FileSlice(SafeFileHandle File, long Offset, int Length)
{
    public void CopyTo(Stream destination, byte[] buffer)
    {
        long at = Offset;
        for (int left = Length; left > 0;)
        {
            int read = RandomAccess.Read(File, buffer.AsSpan(0, Math.Min(left, buffer.Length)), at);
            if (read == 0) throw new EndOfStreamException($"a data bundle member ends early (at byte {at})");
            destination.Write(buffer, 0, read);
            at += read;
            left -= read;
        }
    }
}

/// <summary>
/// The site's data bundle (data/plansite-data.zip), written by hand rather than through ZipArchive
/// so that members are compressed in parallel as their files are rendered, and an incremental build
/// can copy the still-valid members of the previous bundle without inflating and deflating them
/// again. Output depends only on the members: fixed timestamps, members ordered by path, so the
/// bundle is byte-identical for identical content. Zip64 end records are added past 65,535 members.
/// </summary>
public static class ZipBundle
{
    private const ushort DosTime = 0;
    private const ushort DosDate = (2000 - 1980) << 9 | 1 << 5 | 1; // 2000-01-01, as the bundle always had
    private const ushort Utf8Names = 0x0800;
    private const ushort Deflate = 8;

    /// <summary>Writes the bundle to <paramref name="zip"/>, streaming each member's bytes from where they are kept.</summary>
    public static void Write(IEnumerable<ZipMember> members, Stream zip)
    {
        var ordered = members.OrderBy(m => m.Path, StringComparer.Ordinal).ToArray();
        var names = ordered.Select(m => Encoding.UTF8.GetBytes(m.Path)).ToArray();
        bool zip64 = ordered.Length >= 0xFFFF;
        // Member offsets and sizes are 32-bit in the headers written here (only the counts use Zip64).
        long size = 22 + (zip64 ? 56 + 20 : 0);
        for (int i = 0; i < ordered.Length; i++)
            size += 30 + 46 + 2L * names[i].Length + ordered[i].Deflated.Length;
        if (size > uint.MaxValue)
            throw new InvalidOperationException("the data bundle passed 4 GB; split it before going further");
        var offsets = new long[ordered.Length];
        long position = 0;
        var copyBuffer = new byte[1 << 16];
        Span<byte> header = stackalloc byte[30];
        for (int i = 0; i < ordered.Length; i++)
        {
            var m = ordered[i];
            offsets[i] = position;
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Utf8Names);
            BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflate);
            BinaryPrimitives.WriteUInt16LittleEndian(header[10..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(header[12..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(header[14..], m.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(header[18..], (uint)m.Deflated.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header[22..], (uint)m.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(header[26..], (ushort)names[i].Length);
            BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
            zip.Write(header);
            zip.Write(names[i]);
            m.Deflated.CopyTo(zip, copyBuffer);
            position += 30 + names[i].Length + m.Deflated.Length;
        }

        long directoryStart = position;
        Span<byte> entry = stackalloc byte[46];
        for (int i = 0; i < ordered.Length; i++)
        {
            var m = ordered[i];
            BinaryPrimitives.WriteUInt32LittleEndian(entry, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[6..], 20);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[8..], Utf8Names);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[10..], Deflate);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[12..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[14..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[16..], m.Crc);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[20..], (uint)m.Deflated.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[24..], (uint)m.Size);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[28..], (ushort)names[i].Length);
            entry[30..46].Clear(); // extra, comment, disk, attributes
            BinaryPrimitives.WriteUInt32LittleEndian(entry[42..], (uint)offsets[i]);
            zip.Write(entry);
            zip.Write(names[i]);
            position += 46 + names[i].Length;
        }
        long directoryEnd = position;
        long directorySize = directoryEnd - directoryStart;

        if (zip64)
        {
            Span<byte> end64 = stackalloc byte[56];
            BinaryPrimitives.WriteUInt32LittleEndian(end64, 0x06064b50);
            BinaryPrimitives.WriteUInt64LittleEndian(end64[4..], 44);
            BinaryPrimitives.WriteUInt16LittleEndian(end64[12..], 45);
            BinaryPrimitives.WriteUInt16LittleEndian(end64[14..], 45);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[16..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[20..], 0);
            BinaryPrimitives.WriteUInt64LittleEndian(end64[24..], (ulong)ordered.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(end64[32..], (ulong)ordered.Length);
            BinaryPrimitives.WriteUInt64LittleEndian(end64[40..], (ulong)directorySize);
            BinaryPrimitives.WriteUInt64LittleEndian(end64[48..], (ulong)directoryStart);
            zip.Write(end64);
            Span<byte> locator = stackalloc byte[20];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, 0x07064b50);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[4..], 0);
            BinaryPrimitives.WriteUInt64LittleEndian(locator[8..], (ulong)directoryEnd);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1);
            zip.Write(locator);
        }
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)Math.Min(ordered.Length, 0xFFFF));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)Math.Min(ordered.Length, 0xFFFF));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)Math.Min(directorySize, uint.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], zip64 ? uint.MaxValue : (uint)directoryStart);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        zip.Write(end);
    }

    /// <summary>
    /// The members of a bundle this class wrote, still compressed and left in the file (which must stay
    /// open while they are used); null when the file is not one (then the caller compresses everything
    /// again rather than trusting it). Only the directory and the local headers are read.
    /// </summary>
    public static Dictionary<string, ZipMember>? Read(SafeFileHandle file)
    {
        try
        {
            long length = RandomAccess.GetLength(file);
            if (length < 22) return null;
            Span<byte> end = stackalloc byte[22 + 20];
            int tail = (int)Math.Min(length, end.Length);
            end = end[..tail];
            if (RandomAccess.Read(file, end, length - tail) != tail) return null;
            var endRecord = end[^22..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(endRecord) != 0x06054b50) return null;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(endRecord[10..]);
            long directorySize = BinaryPrimitives.ReadUInt32LittleEndian(endRecord[12..]);
            long directoryStart = BinaryPrimitives.ReadUInt32LittleEndian(endRecord[16..]);
            if (count == 0xFFFF || directoryStart == uint.MaxValue)
            {
                if (tail < 42) return null;
                long end64At = (long)BinaryPrimitives.ReadUInt64LittleEndian(end[8..]);
                Span<byte> end64 = stackalloc byte[56];
                if (RandomAccess.Read(file, end64, end64At) != 56 || BinaryPrimitives.ReadUInt32LittleEndian(end64) != 0x06064b50) return null;
                count = (long)BinaryPrimitives.ReadUInt64LittleEndian(end64[32..]);
                directorySize = (long)BinaryPrimitives.ReadUInt64LittleEndian(end64[40..]);
                directoryStart = (long)BinaryPrimitives.ReadUInt64LittleEndian(end64[48..]);
            }
            if (directoryStart < 0 || directorySize < 0 || directoryStart + directorySize > length || directorySize > Array.MaxLength) return null;
            var directory = new byte[directorySize];
            if (RandomAccess.Read(file, directory, directoryStart) != directory.Length) return null;

            var span = directory.AsSpan();
            var members = new Dictionary<string, ZipMember>((int)Math.Min(count, 1 << 20), StringComparer.Ordinal);
            Span<byte> local = stackalloc byte[30];
            int at = 0;
            for (long i = 0; i < count; i++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) != 0x02014b50) return null;
                uint crc = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 16)..]);
                int compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 20)..]);
                long size = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 24)..]);
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
                int extra = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
                int comment = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
                long localAt = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
                string name = Encoding.UTF8.GetString(span.Slice(at + 46, nameLength));
                if (RandomAccess.Read(file, local, localAt) != 30 || BinaryPrimitives.ReadUInt32LittleEndian(local) != 0x04034b50) return null;
                long data = localAt + 30 + BinaryPrimitives.ReadUInt16LittleEndian(local[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(local[28..]);
                if (compressed < 0 || data + compressed > directoryStart) return null;
                members[name] = new ZipMember(name, crc, size, new FileSlice(file, data, compressed));
                at += 46 + nameLength + extra + comment;
            }
            return members;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
