using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PlanSite.Rendering.Data;

/// <summary>
/// One compressed member of the data bundle: deflated once, wherever its file was rendered. Members
/// read from the previous bundle are slices of that file's bytes, not copies (200 MB at 100,000 indicators).
/// </summary>
public sealed record ZipMember(string Path, uint Crc, long Size, ReadOnlyMemory<byte> Deflated)
{
    public static ZipMember Compress(OutputFile file)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(file.Bytes);
        return new ZipMember(file.Path, Crc32.Compute(file.Bytes), file.Bytes.Length, buffer.ToArray());
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

    public static byte[] Write(IEnumerable<ZipMember> members)
    {
        var ordered = members.OrderBy(m => m.Path, StringComparer.Ordinal).ToArray();
        var names = ordered.Select(m => Encoding.UTF8.GetBytes(m.Path)).ToArray();
        // The archive's exact size is known up front: one allocation, no growing buffer and no final
        // copy (at 100,000 indicators the bundle is ~200 MB, and each extra copy is a large-object allocation).
        bool zip64 = ordered.Length >= 0xFFFF;
        long size = 22 + (zip64 ? 56 + 20 : 0);
        for (int i = 0; i < ordered.Length; i++)
            size += 30 + 46 + 2L * names[i].Length + ordered[i].Deflated.Length;
        if (size > Array.MaxLength)
            throw new InvalidOperationException("the data bundle passed 2 GB; split it before going further");
        var buffer = new byte[size];
        using var zip = new MemoryStream(buffer);
        var offsets = new long[ordered.Length];
        Span<byte> header = stackalloc byte[30];
        for (int i = 0; i < ordered.Length; i++)
        {
            var m = ordered[i];
            offsets[i] = zip.Position;
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
            zip.Write(m.Deflated.Span);
        }

        long directoryStart = zip.Position;
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
        }
        long directoryEnd = zip.Position;
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
        return buffer;
    }

    /// <summary>
    /// The members of a bundle this class wrote, still compressed; null when the file is not one
    /// (then the caller compresses everything again rather than trusting it).
    /// </summary>
    public static IReadOnlyDictionary<string, ZipMember>? Read(byte[] zip)
    {
        try
        {
            var span = zip.AsSpan();
            int endAt = span.Length - 22;
            if (endAt < 0 || BinaryPrimitives.ReadUInt32LittleEndian(span[endAt..]) != 0x06054b50) return null;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(span[(endAt + 10)..]);
            long directoryStart = BinaryPrimitives.ReadUInt32LittleEndian(span[(endAt + 16)..]);
            if (count == 0xFFFF || directoryStart == uint.MaxValue)
            {
                long end64 = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[(endAt - 20 + 8)..]);
                count = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[(int)(end64 + 32)..]);
                directoryStart = (long)BinaryPrimitives.ReadUInt64LittleEndian(span[(int)(end64 + 48)..]);
            }
            var members = new Dictionary<string, ZipMember>(StringComparer.Ordinal);
            int at = (int)directoryStart;
            for (long i = 0; i < count; i++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(span[at..]) != 0x02014b50) return null;
                uint crc = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 16)..]);
                int compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 20)..]);
                long size = BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 24)..]);
                int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 28)..]);
                int extra = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 30)..]);
                int comment = BinaryPrimitives.ReadUInt16LittleEndian(span[(at + 32)..]);
                int local = (int)BinaryPrimitives.ReadUInt32LittleEndian(span[(at + 42)..]);
                string name = Encoding.UTF8.GetString(span.Slice(at + 46, nameLength));
                int data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 26)..]) + BinaryPrimitives.ReadUInt16LittleEndian(span[(local + 28)..]);
                members[name] = new ZipMember(name, crc, size, zip.AsMemory(data, compressed));
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
