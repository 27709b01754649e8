using System.Text.RegularExpressions;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// Reads the 目標指標 rows of one box from what the label reader left. A row is a name, a baseline
/// (value and year, or ―), five yearly targets (one line of tokens, or one paragraph per text cell) and a
/// free-text final target. Rows are found by their baseline anchors and their final-target wording,
/// not by position. A target plus final target printed apart from its row (the extraction moves the
/// last column to the top of the next region) is put back on the one row that lacks them.
/// </summary>
public sealed partial class IndicatorTableReader
{
    public const int YearCount = 5;

    private sealed class Row
    {
        public List<string> Name { get; } = new();
        public int NameLine;
        public Cell? Baseline;
        public List<Cell> Targets { get; } = new();
        public Cell? Final;
        public bool Complete => Final is not null;
    }

    private readonly string _code;
    private readonly List<Row> _rows = new();
    private readonly List<(Cell? Value, Cell Final)> _orphans = new();
    private Row? _current;

    private IndicatorTableReader(string code) => _code = code;

    /// <summary>The rows, or an error naming the lines that do not read as a complete row.</summary>
    public static IReadOnlyList<IndicatorDraft> Read(string code, IReadOnlyList<SeedLine> table)
    {
        var reader = new IndicatorTableReader(code);
        var paragraphs = Paragraphs(table).ToArray();
        for (int p = 0; p < paragraphs.Length; p++)
            reader.Paragraph(paragraphs[p], p + 1 < paragraphs.Length ? paragraphs[p + 1] : null);
        return reader.Finish();
    }

    private IReadOnlyList<IndicatorDraft> Finish()
    {
        foreach (var orphan in _orphans)
        {
            var open = _rows.Where(r => r.Final is null && r.Targets.Count == YearCount - (orphan.Value is null ? 0 : 1)).ToArray();
            if (open.Length != 1)
                throw Error(orphan.Final.Line, $"a final target 「{orphan.Final.Text}」 printed apart from its row fits {open.Length} rows");
            if (orphan.Value is { } v) open[0].Targets.Add(v);
            open[0].Final = orphan.Final;
        }
        var drafts = new List<IndicatorDraft>();
        foreach (var row in _rows)
        {
            if (row.Baseline is null || row.Final is null || row.Targets.Count != YearCount || row.Name.Count == 0)
                throw Error(row.NameLine, $"row 「{string.Concat(row.Name)}」 reads as baseline {row.Baseline?.Text ?? "none"}, {row.Targets.Count} targets, final {row.Final?.Text ?? "none"}");
            var placement = _orphans.Where(o => o.Final == row.Final)
                .Select(o => o.Value is null
                    ? $"最終目標（{o.Final.Line}行目）は行から離れて印刷されているため、この行に戻しました。"
                    : $"令和7年度の目標「{o.Value.Text}」と最終目標（{o.Value.Line}行目）は行から離れて印刷されているため、4年度分しか目標のないこの行に戻しました。")
                .ToArray();
            drafts.Add(new IndicatorDraft(string.Concat(row.Name), row.NameLine, row.Baseline, row.Targets, row.Final) { Placement = placement });
        }
        return drafts;
    }

    private void Paragraph(IReadOnlyList<SeedLine> lines, IReadOnlyList<SeedLine>? next)
    {
        int i = 0;
        while (i < lines.Count)
        {
            string text = lines[i].Trimmed;
            if (IsFinalStart(text))
            {
                var final = new Cell(JoinSentences(lines, i, lines.Count), lines[i].Number);
                if (_current is { Complete: false, Baseline: not null }) _current.Final = final;
                else _orphans.Add((null, final));
                return;
            }
            bool expectingName = _current is null || _current.Complete || _current.Baseline is null;
            if (expectingName && lines.Count - i >= 2 && IsValueToken(text) && IsFinalStart(lines[i + 1].Trimmed))
            {
                // 「19,600人 / 令和７年度までに19,600人」: a last target and final target without their row.
                _orphans.Add((new Cell(text, lines[i].Number), new Cell(JoinSentences(lines, i + 1, lines.Count), lines[i + 1].Number)));
                return;
            }
            if (expectingName && YearLineAfter(lines, i) is int year)
            {
                var row = NamedRow(lines[i].Number);
                int value = FirstValueLine(lines, i, year) ?? i;
                if (value > i) row.Name.AddRange(lines.Skip(i).Take(value - i).Select(l => l.Trimmed));
                if (row.Name.Count == 0)
                    throw Error(lines[i].Number, $"a baseline 「{text}」 without an indicator name before it");
                int end = year + 1;
                while (end < lines.Count && !IsValueLine(lines[end].Trimmed) && !IsFinalStart(lines[end].Trimmed)) end++;
                row.Baseline = new Cell(Join(lines, value, end), lines[value].Number);
                i = end;
                continue;
            }
            if (expectingName && _current is { Baseline: null } named && named.Name.Count > 0 && (text == "―" || text.StartsWith("― ", StringComparison.Ordinal)) && IsValueLine(text))
            {
                named.Baseline = new Cell("―", lines[i].Number);
                AddTokens(named, lines, ref i, skipFirst: true);
                continue;
            }
            if (!expectingName && (IsValueLine(text) || IsWordRow(text, _current!.Targets.Count)))
            {
                AddTokens(_current!, lines, ref i, skipFirst: false);
                continue;
            }
            // A text paragraph right before a dated baseline names the next row, even when this row still
            // lacks cells: those were printed elsewhere and are placed from the orphans at the end.
            if (!expectingName && !(i == 0 && next is not null && IsDatedBaseline(next)))
            {
                // A text target: the whole paragraph up to a final target is one cell.
                int end = i;
                while (end < lines.Count && !IsFinalStart(lines[end].Trimmed)) end++;
                _current!.Targets.Add(new Cell(Join(lines, i, end), lines[i].Number));
                i = end;
                continue;
            }
            // Otherwise the paragraph names a new indicator.
            var named2 = NamedRow(lines[i].Number);
            named2.Name.Add(text);
            i++;
        }
    }

    private Row NamedRow(int line)
    {
        if (_current is { Complete: false, Baseline: null })
            return _current;
        _current = new Row { NameLine = line };
        _rows.Add(_current);
        return _current;
    }

    private static void AddTokens(Row row, IReadOnlyList<SeedLine> lines, ref int i, bool skipFirst)
    {
        var tokens = Tokens(lines[i].Trimmed).Skip(skipFirst ? 1 : 0).ToList();
        int line = lines[i].Number;
        i++;
        // 「1,050,000 / 回」, 「700,000千 / 円」: a number whose unit wrapped onto the next line.
        while (i < lines.Count && UnitOnlyPattern().IsMatch(lines[i].Trimmed) && tokens.Count > 0)
        {
            tokens[^1] += lines[i].Trimmed;
            i++;
        }
        row.Targets.AddRange(tokens.Select(t => new Cell(t, line)));
    }

    /// <summary>「決定 ― ― ― ―」, 「全団体 全団体 …」: one line holding exactly the missing cells, words among them.</summary>
    private static bool IsWordRow(string text, int filled)
    {
        var tokens = Tokens(text).ToArray();
        return tokens.Length > 1 && (tokens.Length == YearCount - filled || tokens.Any(IsValueToken));
    }

    private static bool IsDatedBaseline(IReadOnlyList<SeedLine> paragraph) =>
        !IsFinalStart(paragraph[0].Trimmed) && paragraph.Skip(1).Any(l => YearLinePattern().IsMatch(l.Trimmed));

    private static int? YearLineAfter(IReadOnlyList<SeedLine> lines, int from)
    {
        for (int k = from + 1; k < lines.Count; k++)
        {
            if (YearLinePattern().IsMatch(lines[k].Trimmed)) return k;
            if (IsFinalStart(lines[k].Trimmed)) return null;
        }
        return null;
    }

    private static int? FirstValueLine(IReadOnlyList<SeedLine> lines, int from, int year)
    {
        for (int k = from; k < year; k++)
            if (IsValueToken(lines[k].Trimmed) || Digits.Half(lines[k].Trimmed).StartsWith("･", StringComparison.Ordinal)) return k;
        return null;
    }

    /// <summary>A final target can hold two statements (令和４年度までに… / 令和７年度までに…); each keeps its own line.</summary>
    private static string JoinSentences(IReadOnlyList<SeedLine> lines, int from, int to) =>
        string.Concat(lines.Skip(from).Take(to - from).Select((l, k) => k > 0 && SecondStatementPattern().IsMatch(Digits.Half(l.Trimmed)) ? "\n" + l.Trimmed : l.Trimmed));

    private static string Join(IReadOnlyList<SeedLine> lines, int from, int to) =>
        string.Concat(lines.Skip(from).Take(to - from).Select(l => l.Trimmed));

    private static IEnumerable<IReadOnlyList<SeedLine>> Paragraphs(IReadOnlyList<SeedLine> table)
    {
        var current = new List<SeedLine>();
        foreach (var line in table)
        {
            if (line.IsBlank)
            {
                if (current.Count > 0) yield return current;
                current = new List<SeedLine>();
            }
            else current.Add(line);
        }
        if (current.Count > 0) yield return current;
    }

    private static IEnumerable<string> Tokens(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool IsFinalStart(string text) => FinalStartPattern().IsMatch(Digits.Half(text));

    public static bool IsValueToken(string token) => ValueTokenPattern().IsMatch(Digits.Half(token));

    private static bool IsValueLine(string text) => Tokens(text).All(IsValueToken);

    private InvalidDataException Error(int line, string message) => new($"line {line}: box {_code}: {message}");

    [GeneratedRegex(@"^(令和\d+年度(まで|に|中)|毎年度|検討結果|目標指標|当初予算編成時において)")]
    private static partial Regex FinalStartPattern();

    [GeneratedRegex(@"^(―|\d[\d,]*(\.\d+)?[^\s\d]*)$")]
    private static partial Regex ValueTokenPattern();

    [GeneratedRegex(@"^令和\d+年度までに")]
    private static partial Regex SecondStatementPattern();

    [GeneratedRegex(@"^[（(](令和|平成|R\d)")]
    private static partial Regex YearLinePattern();

    [GeneratedRegex(@"^[^\s\d０-９―･]{1,2}$")]
    private static partial Regex UnitOnlyPattern();
}
