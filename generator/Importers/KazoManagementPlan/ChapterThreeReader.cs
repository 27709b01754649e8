using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// Reads chapter 3 (第３章 目標の実現に向けた取組項目) into the five-level tree. Headings are told apart
/// by their printed marks: ≪視点≫, 「１ 目標」, 「（１） 施策」, 「① 群」, 「取組項目-n 名称」. Inside a card
/// (from its header to its 担当課 line) no heading is recognised, because the 備考 of items 63 and 73
/// number their lists with the same circled digits.
/// </summary>
public static partial class ChapterThreeReader
{
    public static IReadOnlyList<ViewpointNode> Read(IReadOnlyList<KazoLine> lines, KazoCuration curation)
    {
        int start = IndexOf(lines, l => l.Text.StartsWith("第３章", StringComparison.Ordinal), "the heading 「第３章 …」");
        int end = IndexOf(lines, l => l.Text.StartsWith("第４章", StringComparison.Ordinal), "the heading 「第４章 …」");

        var viewpoints = new List<(KazoLine Line, string Name, List<Goal> Goals)>();
        Goal? goal = null;
        Policy? policy = null;
        Group? group = null;
        List<KazoLine>? card = null;

        for (int i = start + 1; i < end; i++)
        {
            var line = lines[i];
            string text = line.Text;
            if (card is not null)
            {
                card.Add(line);
                if (CardReader.IsOwnersLine(text))
                {
                    var item = CardReader.Read(card, curation);
                    (group ?? throw Error(card[0], "a 取組項目 before any 取組項目群 (①…)")).Items.Add(item);
                    card = null;
                }
                continue;
            }
            Match m;
            if ((m = ViewpointHeading().Match(text)).Success)
            {
                viewpoints.Add((line, m.Groups[1].Value, new List<Goal>()));
                goal = null; policy = null; group = null;
            }
            else if ((m = GoalHeading().Match(text)).Success)
            {
                if (viewpoints.Count == 0) throw Error(line, "a 基本目標 before any 視点 (≪…≫)");
                goal = new Goal(line, KazoText.ParseNumber(m.Groups[1].Value), m.Groups[2].Value.Trim());
                viewpoints[^1].Goals.Add(goal);
                policy = null; group = null;
            }
            else if ((m = PolicyHeading().Match(text)).Success)
            {
                policy = new Policy(line, KazoText.ParseNumber(m.Groups[1].Value), m.Groups[2].Value.Trim());
                (goal ?? throw Error(line, "a 施策 （n） before any 基本目標")).Policies.Add(policy);
                group = null;
            }
            else if ((m = GroupHeading().Match(text)).Success)
            {
                string mark = m.Groups[1].Value;
                group = new Group(line, mark[0] - '①' + 1, mark, m.Groups[2].Value.Trim());
                (policy ?? throw Error(line, "a 取組項目群 (①…) before any 施策")).Groups.Add(group);
            }
            else if (CardReader.IsHeader(text))
            {
                card = [line];
            }
            else if (text.StartsWith("■関連するＳＤＧｓ", StringComparison.Ordinal))
            {
                // The SDG icons did not survive the text extraction; only the label is left.
            }
            else if (group is not null) group.Text.Add(text);
            else if (policy is not null) policy.Text.Add(text);
            else throw Error(line, $"text 「{text}」 outside any 施策 or 取組項目群");
        }
        if (card is not null)
            throw Error(card[0], "this 取組項目 has no 担当課 line, which closes every card");

        return viewpoints.Select(v => new ViewpointNode(v.Line.Number, v.Name, v.Goals.Select(g => new GoalNode(g.Line.Number, g.Number, g.Name,
            g.Policies.Select(p => new PolicyNode(p.Line.Number, p.Number, p.Name, KazoText.Paragraphs(p.Text),
                p.Groups.Select(gr => new GroupNode(gr.Line.Number, gr.Number, gr.Mark, gr.Name, KazoText.Paragraphs(gr.Text), gr.Items.ToArray()))
                    .ToArray())).ToArray())).ToArray())).ToArray();
    }

    internal static int IndexOf(IReadOnlyList<KazoLine> lines, Func<KazoLine, bool> predicate, string what)
    {
        for (int i = 0; i < lines.Count; i++)
            if (predicate(lines[i])) return i;
        throw new InvalidDataException($"the seed has no {what}");
    }

    internal static InvalidDataException Error(KazoLine line, string message) => new($"line {line.Number}: {message}");

    private sealed record Goal(KazoLine Line, int Number, string Name) { public List<Policy> Policies { get; } = []; }
    private sealed record Policy(KazoLine Line, int Number, string Name) { public List<Group> Groups { get; } = []; public List<string> Text { get; } = []; }
    private sealed record Group(KazoLine Line, int Number, string Mark, string Name) { public List<ItemCard> Items { get; } = []; public List<string> Text { get; } = []; }

    [GeneratedRegex(@"^≪(.+)≫$")]
    private static partial Regex ViewpointHeading();

    [GeneratedRegex(@"^([１-９])\s+(\S.*)$")]
    private static partial Regex GoalHeading();

    [GeneratedRegex(@"^（([１-９])）\s*(\S.*)$")]
    private static partial Regex PolicyHeading();

    // A space after the circled digit: the lists inside 備考 have none (「①図書館の…」).
    [GeneratedRegex(@"^([①-⑳])\s+(\S.*)$")]
    private static partial Regex GroupHeading();
}
