using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// Writes SVG markup straight into a builder reused per thread: elements, attributes and text, escaped
/// byte for byte as <c>XElement.ToString(SaveOptions.DisableFormatting)</c> escapes them, which is what the
/// charts were built with before. A 10,000-indicator build renders ~20,000 charts of a few hundred
/// elements each; building them as XElement trees first (an XElement, XAttributes, XName look-ups and a
/// formatted string per number) was most of the charts' CPU and allocation.
/// </summary>
/// <remarks>
/// Every text and attribute value goes through the escaping here, so callers cannot forget it. An element
/// that gets no content is written self-closed (<c>&lt;g class="a" /&gt;</c>); one that gets text, even
/// empty text, gets an end tag, as XElement does.
/// </remarks>
public sealed class SvgWriter
{
    [ThreadStatic] private static SvgWriter? t_cached;

    // What XmlWriter escapes in attribute values and in text (NewLineHandling.Replace).
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\n\r\t");
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r\n");

    private readonly StringBuilder _out = new(16 * 1024);
    private readonly List<string> _open = new(8);
    private bool _inStartTag;
    private bool _rented;

    /// <summary>A writer for one chart: this thread's cached one when it is free, else a new one.</summary>
    public static SvgWriter Rent()
    {
        var writer = t_cached;
        if (writer is null || writer._rented)
            writer = new SvgWriter();
        writer._out.Clear();
        writer._open.Clear();
        writer._inStartTag = false;
        writer._rented = true;
        return writer;
    }

    /// <summary>Ends the root element and returns the markup; hands the writer back for the thread's next chart.</summary>
    public string Finish()
    {
        if (_open.Count != 1)
            throw new InvalidOperationException(_open.Count == 0 ? "No root element was written." : $"<{_open[^1]}> was not ended.");
        End();
        string markup = _out.ToString();
        _rented = false;
        // An unusually large chart should not pin its buffer for the rest of the build.
        t_cached = _out.Capacity <= 1 << 20 ? this : null;
        return markup;
    }

    public SvgWriter Start(string name)
    {
        CloseStartTag();
        _out.Append('<').Append(name);
        _open.Add(name);
        _inStartTag = true;
        return this;
    }

    /// <summary>Ends the innermost open element.</summary>
    public SvgWriter End()
    {
        if (_open.Count == 0)
            throw new InvalidOperationException("No element is open.");
        string name = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (_inStartTag)
        {
            _out.Append(" />");
            _inStartTag = false;
        }
        else
        {
            _out.Append("</").Append(name).Append('>');
        }
        return this;
    }

    /// <summary>Starts an element and ends it when the returned scope is disposed, so nesting reads as nesting.</summary>
    public Scope Element(string name)
    {
        Start(name);
        return new Scope(this);
    }

    /// <summary>An attribute of the element just started; the value escaped.</summary>
    public SvgWriter Attribute(string name, string value)
    {
        BeginAttribute(name);
        AppendEscaped(value, AttributeSpecials, attribute: true);
        _out.Append('"');
        return this;
    }

    /// <summary>A coordinate or size: invariant culture, rounded half away from zero to at most two decimals
    /// (12, 12.5, 12.35), exactly as <c>Math.Round(value, 2, AwayFromZero).ToString("0.##", Invariant)</c>.</summary>
    public SvgWriter Attribute(string name, decimal value)
    {
        BeginAttribute(name);
        AppendNumber(_out, value);
        _out.Append('"');
        return this;
    }

    public SvgWriter Attribute(string name, int value)
    {
        BeginAttribute(name);
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
        _out.Append(digits[..length]);
        _out.Append('"');
        return this;
    }

    /// <summary>Text content: characters XML 1.0 cannot carry are dropped (<see cref="Clean"/>), the rest escaped.</summary>
    public SvgWriter Text(string text)
    {
        CloseStartTag();
        AppendEscaped(Clean(text), TextSpecials, attribute: false);
        return this;
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        // Everything from U+0020 to U+D7FF is allowed: nearly every string is clean, found so without a copy.
        int first = text.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (first < 0)
            return text;
        bool clean = true;
        for (int i = first; i < text.Length && clean; i++)
            clean = XmlConvert.IsXmlChar(text[i]);
        if (clean)
            return text;

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }
        return builder.ToString();
    }

    /// <summary>The number as attributes write it; see <see cref="Attribute(string, decimal)"/>.</summary>
    public static string FormatNumber(decimal value)
    {
        var builder = new StringBuilder(16);
        AppendNumber(builder, value);
        return builder.ToString();
    }

    private static void AppendNumber(StringBuilder to, decimal value)
    {
        decimal rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        // Positive numbers below a billion (every coordinate) are written from their hundredths, without the
        // general formatter; its "0.##" output is the same digits. Zero, negatives and the rest take the formatter,
        // which alone decides how a negative zero or a huge value is written.
        if (rounded > 0 && rounded < 1_000_000_000)
        {
            long hundredths = (long)(rounded * 100);
            long whole = hundredths / 100;
            int fraction = (int)(hundredths % 100);
            Span<char> digits = stackalloc char[16];
            whole.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
            if (fraction != 0)
            {
                digits[length++] = '.';
                digits[length++] = (char)('0' + fraction / 10);
                if (fraction % 10 != 0)
                    digits[length++] = (char)('0' + fraction % 10);
            }
            to.Append(digits[..length]);
            return;
        }
        Span<char> buffer = stackalloc char[64];
        if (rounded.TryFormat(buffer, out int written, "0.##", CultureInfo.InvariantCulture))
            to.Append(buffer[..written]);
        else
            to.Append(rounded.ToString("0.##", CultureInfo.InvariantCulture));
    }

    private void BeginAttribute(string name)
    {
        if (!_inStartTag)
            throw new InvalidOperationException($"Attribute '{name}' must follow its element's start.");
        _out.Append(' ').Append(name).Append("=\"");
    }

    private void CloseStartTag()
    {
        if (!_inStartTag)
            return;
        _out.Append('>');
        _inStartTag = false;
    }

    // Runs of ordinary characters are copied whole; only the specials are looked at one by one.
    private void AppendEscaped(string value, SearchValues<char> specials, bool attribute)
    {
        var rest = value.AsSpan();
        while (true)
        {
            int next = rest.IndexOfAny(specials);
            if (next < 0)
            {
                _out.Append(rest);
                return;
            }
            _out.Append(rest[..next]);
            char c = rest[next];
            rest = rest[(next + 1)..];
            if (attribute)
            {
                // Line breaks and tabs as character references, so they survive attribute-value normalization.
                _out.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\n' => "&#xA;",
                    '\r' => "&#xD;",
                    _ => "&#x9;",
                });
            }
            else
            {
                switch (c)
                {
                    case '&': _out.Append("&amp;"); break;
                    case '<': _out.Append("&lt;"); break;
                    case '>': _out.Append("&gt;"); break;
                    // \r\n and a lone \r or \n each become the platform newline.
                    case '\r' when rest.Length > 0 && rest[0] == '\n': break;
                    default: _out.Append(Environment.NewLine); break;
                }
            }
        }
    }

    /// <summary>Ends its element when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly SvgWriter _writer;

        internal Scope(SvgWriter writer) => _writer = writer;

        public void Dispose() => _writer.End();
    }
}
