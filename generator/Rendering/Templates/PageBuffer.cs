using System.Text;
using Scriban.Runtime;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// What a template renders into: one growing character buffer per thread, reused for every page.
/// Rendering through Scriban's default output made each page a string builder, a string, then the
/// layout's builder and string around it, then bytes; now a page is encoded to UTF-8 once, straight
/// from the buffer (10,000 indicators: 5.80 → 5.17 GB allocated, `build --timings`).
/// </summary>
internal sealed class PageBuffer : IScriptOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private char[] _chars = new char[16 * 1024];
    private int _length;

    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

    public int Length => _length;

    public void Clear() => _length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + text.Length));
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public byte[] ToUtf8()
    {
        var bytes = new byte[Utf8.GetByteCount(Text)];
        Utf8.GetBytes(Text, bytes);
        return bytes;
    }

    /// <summary>
    /// Scriban's Template.Render returns its output's ToString(); the renderer reads <see cref="Text"/>
    /// instead, so this returns nothing rather than copy the whole page into a string no one uses.
    /// </summary>
    public override string ToString() => string.Empty;
}

/// <summary>A page template's output handed to the layout as its content: markup, copied from the buffer without becoming a string.</summary>
internal sealed class BufferedMarkup(PageBuffer buffer)
{
    public ReadOnlySpan<char> Text => buffer.Text;

    public override string ToString() => new(buffer.Text);
}
