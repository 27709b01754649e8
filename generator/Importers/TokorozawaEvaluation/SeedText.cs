using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// The seed's lines and the piece grammar the curation uses to point into them:
/// "L72-81" (whole lines), "L54:①5回" (this exact text on the line), "L179>市民意識" (from this text to the
/// end of the line), "L535<ため。" (from the start of the line to the end of this text). The text always
/// comes from the seed; a piece whose text is not on its line is an error naming the sheet and field.
/// </summary>
public sealed partial class SeedText
{
    private readonly string[] _lines;
    public string FileName { get; }

    public SeedText(string path)
    {
        _lines = File.ReadAllLines(path, Encoding.UTF8);
        FileName = Path.GetFileName(path);
    }

    public int LineCount => _lines.Length;

    public string Line(int number) => number >= 1 && number <= _lines.Length
        ? _lines[number - 1]
        : throw new InvalidDataException($"{FileName}: line {number} does not exist (the seed has {_lines.Length} lines)");

    /// <summary>Line numbers whose whole text (trimmed) equals the given text.</summary>
    public IEnumerable<int> LinesEqualTo(string text) =>
        Enumerable.Range(1, _lines.Length).Where(n => _lines[n - 1].Trim() == text);

    public static bool IsUndetermined(string? spec) => spec is not null && spec.TrimStart().StartsWith('?');

    public static string UndeterminedReason(string spec) => spec.TrimStart()[1..].Trim();

    /// <summary>One piece's text and its first line.</summary>
    public (string Text, int Line) Piece(string spec, string where)
    {
        var match = PiecePattern().Match(spec);
        if (!match.Success)
            throw new InvalidDataException($"{where}: '{spec}' is not a piece (L12, L12-14, L12:text, L12>text or L12<text)");
        int first = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        string line = Line(first);
        string op = match.Groups["op"].Value;
        string arg = match.Groups["arg"].Value;
        if (match.Groups["to"].Success)
        {
            int last = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
            if (last < first)
                throw new InvalidDataException($"{where}: range '{spec}' runs backwards");
            return (Join(Enumerable.Range(first, last - first + 1).Select(Line)), first);
        }
        if (op.Length == 0)
            return (line.Trim(), first);
        int at = line.IndexOf(arg, StringComparison.Ordinal);
        if (at < 0)
            throw new InvalidDataException($"{FileName}:{first}: {where}: 「{arg}」 is not on this line (it reads 「{line}」)");
        return op switch
        {
            ":" => (arg, first),
            ">" => (line[at..].Trim(), first),
            _ => (line[..(at + arg.Length)].Trim(), first),
        };
    }

    /// <summary>Pieces joined as wrapped text: no space between Japanese fragments, one between Latin words.</summary>
    public (string Text, int Line) Text(IReadOnlyList<string> pieces, string where)
    {
        if (pieces.Count == 0)
            throw new InvalidDataException($"{where}: no source lines given");
        var parts = pieces.Select(p => Piece(p, where)).ToArray();
        return (Join(parts.Select(p => p.Text)), parts[0].Line);
    }

    /// <summary>Pieces that are separate printed items (one law per line, one figure per line): kept on their own lines.</summary>
    public (string Text, int Line) Items(IReadOnlyList<string> pieces, string where)
    {
        if (pieces.Count == 0)
            throw new InvalidDataException($"{where}: no source lines given");
        var parts = pieces.Select(p => Piece(p, where)).ToArray();
        return (string.Join("\n", parts.Select(p => p.Text)), parts[0].Line);
    }

    public static string Join(IEnumerable<string> fragments)
    {
        var text = new StringBuilder();
        foreach (var raw in fragments)
        {
            string fragment = raw.Trim();
            if (fragment.Length == 0) continue;
            if (text.Length > 0 && IsLatin(text[^1]) && IsLatin(fragment[0]))
                text.Append(' ');
            text.Append(fragment);
        }
        return text.ToString();
    }

    private static bool IsLatin(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    [GeneratedRegex(@"^L(?<from>\d+)(?:-(?<to>\d+)|(?<op>[:><])(?<arg>.+))?$")]
    private static partial Regex PiecePattern();
}
