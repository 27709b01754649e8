using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// Reads a project box by its labels (事業, 再掲先 ５年間の財政効果, 事業課, 事業目的, 事業内容, 目標指標 実績),
/// wherever the extraction put them in the block: boxes come out header-first or table-first.
/// </summary>
public static partial class ProjectBoxReader
{
    public static bool IsProjectBlock(SeedBlock block) => block.Lines.Any(l => HeaderPattern().IsMatch(l.Text));

    public static ProjectBox Read(SeedBlock block)
    {
        var lines = block.Lines;
        var headers = lines.Where(l => HeaderPattern().IsMatch(l.Text)).ToArray();
        if (headers.Length != 1)
            throw new InvalidDataException($"lines {block.FirstLine}-{block.LastLine}: expected one 事業 header in a box, found {headers.Length}");
        var header = HeaderPattern().Match(headers[0].Text);
        string code = header.Groups["code"].Value;
        var consumed = new HashSet<int> { headers[0].Number };

        int Index(Func<SeedLine, bool> match, string label)
        {
            int i = -1;
            for (int k = 0; k < lines.Count; k++)
                if (match(lines[k])) { i = k; break; }
            if (i < 0)
                throw new InvalidDataException($"lines {block.FirstLine}-{block.LastLine}: box {code} has no 「{label}」 label");
            return i;
        }

        int repost = Index(l => RepostPattern().IsMatch(l.Text), "再掲先 ５年間の財政効果");
        consumed.Add(lines[repost].Number);
        string? repostedTo = RepostPattern().Match(lines[repost].Text).Groups["to"] is { Success: true } g ? g.Value : null;

        int ownerLine = Index(l => l.Trimmed.StartsWith("事業課", StringComparison.Ordinal), "事業課");
        consumed.Add(lines[ownerLine].Number);
        var owners = Words(lines[ownerLine].Trimmed["事業課".Length..]).ToList();

        // The fiscal effect is the first token after 事業課; the purpose follows it up to the 事業目的 label.
        int effectLine = NextNonBlank(lines, ownerLine + 1)
            ?? throw new InvalidDataException($"line {lines[ownerLine].Number}: box {code} ends after 事業課");
        var effect = EffectPattern().Match(lines[effectLine].Trimmed);
        if (!effect.Success)
            throw new InvalidDataException($"line {lines[effectLine].Number}: box {code}: expected ５年間の財政効果 (― or …千円) after 事業課, found 「{lines[effectLine].Trimmed}」");
        var purpose = new List<string> { effect.Groups["rest"].Value };
        consumed.Add(lines[effectLine].Number);
        int k2 = effectLine + 1;
        bool closed = purpose[0].EndsWith("事業目的", StringComparison.Ordinal);
        for (; !closed && k2 < lines.Count; k2++)
        {
            consumed.Add(lines[k2].Number);
            if (lines[k2].IsBlank) continue;
            purpose.Add(lines[k2].Trimmed);
            closed = lines[k2].Trimmed.EndsWith("事業目的", StringComparison.Ordinal);
        }
        if (!closed)
            throw new InvalidDataException($"line {lines[effectLine].Number}: box {code}: no 事業目的 label after the purpose");
        string purposeText = string.Concat(purpose);
        purposeText = purposeText[..^"事業目的".Length];

        // A second division, or the whole 事業課 value, can land on its own line just after 事業目的.
        for (int s = k2; s < lines.Count && s < k2 + 4; s++)
        {
            if (lines[s].IsBlank) continue;
            if (!StrayOwnerPattern().IsMatch(lines[s].Trimmed)) break;
            owners.Add(lines[s].Trimmed);
            consumed.Add(lines[s].Number);
        }

        int contentLabel = Index(l => l.Trimmed == "事業内容", "事業内容");
        var content = new List<string>();
        var footnotes = new List<Note>();
        int c = contentLabel;
        consumed.Add(lines[c].Number);
        for (c++; c < lines.Count && !lines[c].Trimmed.StartsWith("目標指標 実績", StringComparison.Ordinal); c++)
        {
            consumed.Add(lines[c].Number);
            if (lines[c].IsBlank) continue;
            string t = lines[c].Trimmed;
            // 「◆…（令和４年度改定）」 is a revision note printed under the content, not part of it.
            if (t.StartsWith('◆'))
            {
                int at = lines[c].Number;
                while (c + 1 < lines.Count && !lines[c + 1].IsBlank && !lines[c + 1].Trimmed.StartsWith("目標指標 実績", StringComparison.Ordinal))
                {
                    consumed.Add(lines[++c].Number);
                    t += lines[c].Trimmed;
                }
                footnotes.Add(new Note(t, at));
                continue;
            }
            if (t.StartsWith('・') || content.Count == 0) content.Add(t);
            else content[^1] += t;
        }
        if (c == lines.Count)
            throw new InvalidDataException($"line {lines[contentLabel].Number}: box {code}: 事業内容 is not followed by the 目標指標 table header");
        foreach (var line in lines)
            if (TableHeaderLines.Contains(line.Trimmed) || line.Trimmed.StartsWith("最終目標令和", StringComparison.Ordinal))
                consumed.Add(line.Number);

        var table = new List<SeedLine>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (consumed.Contains(line.Number) || MarkerPattern().IsMatch(line.Trimmed) || FooterPattern().IsMatch(line.Trimmed))
                continue;
            // A 「※」 paragraph is a footnote; a 「※」 line inside a cell (※54団体) belongs to the cell.
            if (line.Trimmed.StartsWith('※') && (i == 0 || lines[i - 1].IsBlank))
            {
                string note = line.Trimmed;
                int line0 = line.Number;
                while (i + 1 < lines.Count && !lines[i + 1].IsBlank && lines[i + 1].Text.StartsWith('\u3000'))
                    note += lines[++i].Trimmed;
                footnotes.Add(new Note(note, line0));
                continue;
            }
            table.Add(line);
        }
        return new ProjectBox(code, header.Groups["name"].Value.Trim(), headers[0].Number, repostedTo, owners,
            effect.Groups["effect"].Value, purposeText, content, table, footnotes);
    }

    private static readonly HashSet<string> TableHeaderLines = new(StringComparer.Ordinal)
    {
        "目標指標 実績", "各年度の目標 計画期間",
    };

    private static int? NextNonBlank(IReadOnlyList<SeedLine> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
            if (!lines[i].IsBlank) return i;
        return null;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^ ?事業 (?<code>\d{2}-\d-\d-\d{2}) (?<name>.+)$")]
    public static partial Regex HeaderPattern();

    [GeneratedRegex(@"^ ?再掲先 ５年間の財政効果[\s\u3000]*(?<to>\d{2}-\d-\d)?\s*$")]
    private static partial Regex RepostPattern();

    [GeneratedRegex(@"^(?<effect>―|[\d,]+千円)(?<rest>.*)$")]
    private static partial Regex EffectPattern();

    [GeneratedRegex(@"^\S+(部|課)$")]
    private static partial Regex StrayOwnerPattern();

    [GeneratedRegex(@"^[⑴⑵⑶⑷]$")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"^-\d{3}-$")]
    private static partial Regex FooterPattern();
}
