using System.IO.Hashing;

namespace PlanSite.Site.Incremental;

/// <summary>
/// Passes writes through to a file and hashes them on the way, so a file streamed to disk gets the
/// same fingerprint as one written from memory (<see cref="InputFingerprint.OfBytes"/>) without being read back.
/// </summary>
internal sealed class FingerprintingStream(Stream inner) : Stream
{
    private readonly XxHash3 _hash = new();
    private long _length;

    public override long Length => _length;

    public string Fingerprint() => InputFingerprint.OfHash(_hash.GetCurrentHash());

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
