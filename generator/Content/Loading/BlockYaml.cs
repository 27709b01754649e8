using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PlanSite.Content.Loading;

/// <summary>
/// A fast reader for the plain block-style YAML that PlanSite's importers write and staff edit:
/// block mappings and sequences, one-line plain, single- and double-quoted scalars, literal block
/// scalars (|, |-, |+), one-line flow lists and mappings of scalars, and comments. It yields the same parsing events as YamlDotNet's parser
/// (values, styles, flags and start marks; end marks are not reproduced, and nothing reads them),
/// which YamlDotNet's own YamlStream then turns into nodes. Anything else — nested or multi-line flow
/// collections, tags, anchors, folded or multi-line flow scalars, tabs, CR line ends, several documents, any error —
/// makes it give up (null) and the file goes to YamlDotNet's parser as before, so errors and
/// unusual YAML are always YamlDotNet's. Why: YamlDotNet's scanner was 10–11 % of a
/// 10,000-indicator build's CPU (docs/benchmarks.md, seventh session). BlockYamlTests compares the
/// events with YamlDotNet's for every content file and for thousands of mutated ones.
/// </summary>
public sealed class BlockYaml
{
    private readonly string _text;
    private readonly List<ParsingEvent> _events = [];
    private readonly List<Frame> _frames = [];
    private int _lineStart;
    private int _lineNumber = 1;
    private Pending? _pending;

    private enum Kind { Map, Seq }

    /// <summary>An open block collection: its kind and the column (0-based) of its keys or dashes.</summary>
    private readonly record struct Frame(Kind Kind, int Indent, bool Indentless);

    /// <summary>A key or dash whose value starts on a later line (or is empty, a null at <see cref="EmptyAt"/>).</summary>
    private sealed record Pending(bool AfterKey, int Indent, Mark EmptyAt);

    private sealed class GiveUp : Exception;

    private static readonly GiveUp GivingUp = new();

    /// <summary>Where the last TryParse on this thread gave up (1-based line; 0 when it did not): for tests and diagnostics.</summary>
    [ThreadStatic] public static int GaveUpOnLine;

    private GiveUp Unsupported
    {
        get
        {
            GaveUpOnLine = _lineNumber;
            return GivingUp;
        }
    }

    private BlockYaml(string text) => _text = text;

    /// <summary>The file's parsing events, or null when it uses anything beyond the plain block subset (then YamlDotNet parses it).</summary>
    public static IReadOnlyList<ParsingEvent>? TryParse(string text)
    {
        GaveUpOnLine = 0;
        if (!OnlyPlainCharacters(text))
        {
            GaveUpOnLine = 1;
            return null;
        }
        var reader = new BlockYaml(text);
        try
        {
            if (reader.Parse()) return reader._events;
            GaveUpOnLine = reader._lineNumber;
            return null;
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    /// <summary>Replays events to YamlStream.Load as if they came from YamlDotNet's parser.</summary>
    public sealed class Replay(IReadOnlyList<ParsingEvent> events) : IParser
    {
        private int _next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            Current = _next < events.Count ? events[_next++] : null;
            return Current is not null;
        }
    }

    // Line breaks other than \n, control characters, BOMs and surrogates (rare here) are YamlDotNet's to judge.
    private static readonly System.Buffers.SearchValues<char> NotPlain = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7f, 0x9f - 0x7f + 1).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xd800, 0xdfff - 0xd800 + 1).Select(c => (char)c))
        + "\u2028\u2029\ufeff\ufffe\uffff");

    private static bool OnlyPlainCharacters(string text) => !text.AsSpan().ContainsAny(NotPlain);

    private bool Parse()
    {
        var origin = new Mark(0, 1, 1);
        _events.Add(new StreamStart(origin, origin));
        bool started = false;
        for (; _lineStart < _text.Length; NextLine())
        {
            int end = LineEnd(_lineStart);
            int indent = 0;
            while (_lineStart + indent < end && _text[_lineStart + indent] == ' ') indent++;
            int at = _lineStart + indent;
            if (at == end || _text[at] == '#')
                continue; // blank line or comment
            if (!started)
            {
                if (indent != 0 || StartsDocumentMarker(at, end))
                    return false;
                _events.Add(new DocumentStart(null, null, true, MarkAt(at), MarkAt(at)));
                started = true;
            }
            ContentLine(indent, at, end);
        }
        if (!started)
            return false; // an empty file: YamlDotNet reports it
        if (_pending is { } last)
            EmptyScalar(last);
        while (_frames.Count > 0)
            Close();
        var final = MarkAt(_text.Length);
        _events.Add(new DocumentEnd(true, final, final));
        _events.Add(new StreamEnd(final, final));
        return true;
    }

    private void ContentLine(int indent, int at, int end)
    {
        bool item = IsDash(at, end);
        if (_pending is { } pending)
        {
            _pending = null;
            if (indent > pending.Indent)
                Open(item ? Kind.Seq : Kind.Map, indent, at, indentless: false);
            else if (indent == pending.Indent && item && pending.AfterKey)
                Open(Kind.Seq, indent, at, indentless: true); // "key:" then "- item" at the key's column
            else
                EmptyScalar(pending);
        }
        else if (_frames.Count == 0)
        {
            if (_events.Count > 2) throw Unsupported; // a second root node
            Open(item ? Kind.Seq : Kind.Map, indent, at, indentless: false);
        }
        while (_frames.Count > 0 && _frames[^1].Indent > indent)
            Close();
        if (_frames.Count > 0 && _frames[^1] is { Kind: Kind.Seq, Indentless: true } seq && seq.Indent == indent && !item)
            Close();
        if (_frames.Count == 0 || _frames[^1].Indent != indent)
            throw Unsupported; // indented deeper without a key or dash before it: a continuation line, or an error
        if (_frames[^1].Kind == Kind.Map)
        {
            if (item) throw Unsupported;
            Entry(indent, at, end);
        }
        else
        {
            if (!item) throw Unsupported;
            Item(indent, at, end);
        }
    }

    private void Open(Kind kind, int indent, int at, bool indentless)
    {
        var mark = MarkAt(at);
        _events.Add(kind == Kind.Map
            ? new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, mark, mark)
            : new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, mark, mark));
        _frames.Add(new Frame(kind, indent, indentless));
    }

    private void Close()
    {
        var mark = MarkAt(_lineStart);
        _events.Add(_frames[^1].Kind == Kind.Map ? new MappingEnd(mark, mark) : new SequenceEnd(mark, mark));
        _frames.RemoveAt(_frames.Count - 1);
    }

    private void EmptyScalar(Pending pending) =>
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false, pending.EmptyAt, pending.EmptyAt));

    /// <summary>"key: value" or "key:" at <paramref name="at"/> (the key's column is <paramref name="indent"/>).</summary>
    private void Entry(int indent, int at, int end)
    {
        int colon = KeyEnd(at, end);
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text[at..colon], ScalarStyle.Plain, true, false, MarkAt(at), MarkAt(colon), true));
        int value = colon + 1;
        while (value < end && _text[value] == ' ') value++;
        if (value == end || (_text[value] == '#' && value > colon + 1))
            _pending = new Pending(true, indent, MarkAt(colon + 1));
        else
            Value(indent, value, end);
    }

    /// <summary>"- value", "- key: value" (a mapping in the item) or "-" alone.</summary>
    private void Item(int indent, int at, int end)
    {
        int value = at + 1;
        while (value < end && _text[value] == ' ') value++;
        if (value == end)
        {
            if (value != at + 1) throw Unsupported; // "- " with trailing spaces: rare, YamlDotNet's
            _pending = new Pending(false, indent, MarkAt(at + 1));
            return;
        }
        if (_text[value] == '#' || IsDash(value, end))
            throw Unsupported; // "- # comment", "- - nested"
        if (KeyColon(value, end) >= 0)
        {
            int column = value - _lineStart;
            Open(Kind.Map, column, value, indentless: false);
            Entry(column, value, end);
        }
        else
            Value(indent, value, end);
    }

    /// <summary>A value on the same line as its key or dash; <paramref name="parentIndent"/> is that key's or dash's column.</summary>
    private void Value(int parentIndent, int at, int end)
    {
        switch (_text[at])
        {
            case '"' or '\'':
                OnlyCommentAfter(Quoted(at, end, key: false), end);
                break;
            case '|':
                Literal(parentIndent, at, end);
                break;
            case '[' or '{':
                Flow(at, end);
                break;
            default:
                Plain(at, end);
                break;
        }
    }

    private void Plain(int at, int end)
    {
        if (!CanStartPlain(at, end)) throw Unsupported;
        int stop = end;
        for (int i = at + 1; i < end; i++)
        {
            char c = _text[i];
            if (c == '#' && _text[i - 1] == ' ') { stop = i; break; }
            if (c == ':' && (i + 1 == end || _text[i + 1] == ' ')) throw Unsupported; // a mapping here: an error, or YAML we leave to YamlDotNet
        }
        while (_text[stop - 1] == ' ') stop--;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text[at..stop], ScalarStyle.Plain, true, false, MarkAt(at), MarkAt(stop)));
    }

    /// <summary>A one-line "…" or '…' scalar at <paramref name="at"/>; returns the index after its closing quote.</summary>
    private int Quoted(int at, int end, bool key)
    {
        bool doubled = _text[at] == '"';
        int after = doubled ? ReadDoubleQuoted(at, end, out string value) : ReadSingleQuoted(at, end, out value);
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, doubled ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted,
            false, true, MarkAt(at), MarkAt(after), key));
        return after;
    }

    /// <summary>Reads a one-line "…" scalar starting at <paramref name="at"/>; returns the index after its closing quote.</summary>
    private int ReadDoubleQuoted(int at, int end, out string text)
    {
        // Most quoted text has no escapes: then it is the characters between the quotes.
        int close = _text.AsSpan(at + 1, end - at - 1).IndexOfAny('"', '\\');
        if (close >= 0 && _text[at + 1 + close] == '"')
        {
            text = _text.Substring(at + 1, close);
            return at + 2 + close;
        }
        var value = new System.Text.StringBuilder();
        int i = at + 1;
        for (; ; i++)
        {
            if (i >= end) throw Unsupported; // closes on a later line
            char c = _text[i];
            if (c == '"') break;
            if (c != '\\') { value.Append(c); continue; }
            if (++i >= end) throw Unsupported;
            switch (_text[i])
            {
                case '\\': value.Append('\\'); break;
                case '"': value.Append('"'); break;
                case '/': value.Append('/'); break;
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'u' when i + 4 < end && ushort.TryParse(_text.AsSpan(i + 1, 4), System.Globalization.NumberStyles.AllowHexSpecifier, null, out ushort code)
                              && !char.IsSurrogate((char)code):
                    value.Append((char)code);
                    i += 4;
                    break;
                default: throw Unsupported;
            }
        }
        text = value.ToString();
        return i + 1;
    }

    /// <summary>Reads a one-line '…' scalar starting at <paramref name="at"/>; returns the index after its closing quote.</summary>
    private int ReadSingleQuoted(int at, int end, out string text)
    {
        int close = _text.AsSpan(at + 1, end - at - 1).IndexOf('\'');
        if (close >= 0 && (at + 2 + close >= end || _text[at + 2 + close] != '\''))
        {
            text = _text.Substring(at + 1, close);
            return at + 2 + close;
        }
        var value = new System.Text.StringBuilder();
        int i = at + 1;
        for (; ; i++)
        {
            if (i >= end) throw Unsupported;
            char c = _text[i];
            if (c != '\'') { value.Append(c); continue; }
            if (i + 1 < end && _text[i + 1] == '\'') { value.Append('\''); i++; continue; }
            break;
        }
        text = value.ToString();
        return i + 1;
    }

    /// <summary>A one-line flow collection of scalars: [a, "b"], {number: 5534, raw: "約5,534回"}, [] or {}.</summary>
    private void Flow(int at, int end)
    {
        bool map = _text[at] == '{';
        char close = map ? '}' : ']';
        var start = MarkAt(at);
        _events.Add(map
            ? new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, start, start)
            : new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, start, start));
        int i = SkipSpaces(at + 1, end);
        if (i < end && _text[i] == close)
            i++;
        else
            for (; ; )
            {
                if (map)
                {
                    i = FlowScalar(i, end, key: true);
                    if (i + 1 >= end || _text[i] != ':' || _text[i + 1] != ' ') throw Unsupported;
                    i = SkipSpaces(i + 1, end);
                }
                i = SkipSpaces(FlowScalar(i, end, key: false), end);
                if (i >= end) throw Unsupported; // closes on a later line
                if (_text[i] == close) { i++; break; }
                if (_text[i] != ',') throw Unsupported;
                i = SkipSpaces(i + 1, end);
                if (i >= end || _text[i] == close) throw Unsupported; // a trailing comma, or a line break inside
            }
        var closed = MarkAt(i);
        _events.Add(map ? new MappingEnd(closed, closed) : new SequenceEnd(closed, closed));
        OnlyCommentAfter(i, end);
    }

    /// <summary>One scalar inside a flow collection (no nested collections); returns the index after it (before any spaces).</summary>
    private int FlowScalar(int at, int end, bool key)
    {
        if (at >= end) throw Unsupported;
        if (_text[at] is '"' or '\'' && !key)
            return Quoted(at, end, key);
        if (!CanStartPlain(at, end)) throw Unsupported;
        int i = at;
        while (i < end && _text[i] is not (',' or '[' or ']' or '{' or '}' or ':' or '"' or '\'' or '#')) i++;
        if (i < end && _text[i] is '[' or '{' or '"' or '\'' or '#') throw Unsupported;
        if (i < end && _text[i] == ':' && !key) throw Unsupported;
        int after = i;
        while (after > at && _text[after - 1] == ' ') after--;
        if (after == at) throw Unsupported;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text[at..after], ScalarStyle.Plain, true, false, MarkAt(at), MarkAt(after), key));
        return after;
    }

    private int SkipSpaces(int from, int end)
    {
        while (from < end && _text[from] == ' ') from++;
        return from;
    }

    /// <summary>After a closing quote or bracket only spaces and a comment may follow ("key": would be a quoted key).</summary>
    private void OnlyCommentAfter(int from, int end)
    {
        if (from == end) return;
        if (_text[from] != ' ') throw Unsupported;
        from = SkipSpaces(from, end);
        if (from < end && _text[from] != '#') throw Unsupported;
    }

    /// <summary>"|", "|-" or "|+" and the more-indented lines after it.</summary>
    private void Literal(int parentIndent, int at, int end)
    {
        int header = at + 1;
        char chomp = header < end && _text[header] is '-' or '+' ? _text[header++] : ' ';
        if (header != end) throw Unsupported; // indentation indicators, comments after the header
        var start = MarkAt(at);

        // Content lines: the first one fixes the block's indentation; blank lines inside are kept. The
        // loop looks at lines ahead and leaves the reader on the last one it took.
        int blockIndent = -1;
        var lines = new List<string>();
        int trailingBlanks = 0;
        int taken = _lineStart, takenNumber = _lineNumber;
        int lineStart = NextLineStart(_lineStart), lineNumber = _lineNumber + 1;
        for (; lineStart < _text.Length; lineStart = NextLineStart(lineStart), lineNumber++)
        {
            int lineEnd = LineEnd(lineStart);
            int spaces = SkipSpaces(lineStart, lineEnd) - lineStart;
            if (lineStart + spaces == lineEnd)
            {
                if (blockIndent < 0 || spaces > blockIndent) throw Unsupported; // leading blank lines, or spaces kept as content
                trailingBlanks++;
            }
            else
            {
                if (blockIndent < 0)
                {
                    if (spaces <= parentIndent) throw Unsupported; // an empty block scalar
                    blockIndent = spaces;
                }
                else if (spaces < blockIndent)
                    break;
                for (; trailingBlanks > 0; trailingBlanks--) lines.Add(string.Empty);
                lines.Add(_text[(lineStart + blockIndent)..lineEnd]);
            }
            (taken, takenNumber) = (lineStart, lineNumber);
        }
        if (blockIndent < 0) throw Unsupported;
        string value = string.Join('\n', lines) + chomp switch
        {
            '-' => "",
            '+' => new string('\n', 1 + trailingBlanks),
            _ => "\n",
        };
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Literal, false, true, start, new Mark(lineStart, lineNumber, 1)));
        (_lineStart, _lineNumber) = (taken, takenNumber);
    }

    private void NextLine()
    {
        _lineStart = NextLineStart(_lineStart);
        _lineNumber++;
    }

    private int NextLineStart(int from)
    {
        int end = LineEnd(from);
        return end < _text.Length ? end + 1 : _text.Length;
    }

    /// <summary>The colon ending a simple key at <paramref name="at"/>; -1 when the text there is not one (keys with spaces, quotes, comments or flow indicators are YamlDotNet's).</summary>
    private int KeyColon(int at, int end)
    {
        for (int i = at; i < end; i++)
        {
            char c = _text[i];
            if (c == ':' && (i + 1 == end || _text[i + 1] == ' ')) return i;
            if (c is ' ' or '"' or '\'' or '#' or '[' or ']' or '{' or '}' or ',') return -1;
        }
        return -1;
    }

    private int KeyEnd(int at, int end)
    {
        int colon = CanStartPlain(at, end) ? KeyColon(at, end) : -1;
        return colon >= 0 && colon - at <= 1024 ? colon : throw Unsupported;
    }

    /// <summary>Plain scalars may not start with an indicator; '-' only before a digit (negative numbers).</summary>
    private bool CanStartPlain(int at, int end) => _text[at] switch
    {
        '-' => at + 1 < end && char.IsAsciiDigit(_text[at + 1]),
        '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ' => false,
        _ => true,
    };

    private bool IsDash(int at, int end) => _text[at] == '-' && (at + 1 == end || _text[at + 1] == ' ');

    private bool StartsDocumentMarker(int at, int end) =>
        _text[at] == '%' || (end - at >= 3 && (_text.AsSpan(at, 3) is "---" or "..."));

    private int LineEnd(int from)
    {
        int newline = _text.IndexOf('\n', from);
        return newline < 0 ? _text.Length : newline;
    }

    private Mark MarkAt(int index) => new(index, _lineNumber, index - _lineStart + 1);
}
