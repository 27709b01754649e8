using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// The appendix's table of changes prints the 3rd plan's counts (施策 17 項目, 取組項目群 52, 取組項目
/// 134), and chapter 3 prints one 【令和元年度：…】 per indicator row: what was read must add up to them.
/// </summary>
public static partial class CountCheck
{
    public sealed record Counts(int Policies, int Groups, int Items, int Indicators, int UniqueIndicators);

    public static Counts Check(IReadOnlyList<KazoLine> lines, IReadOnlyList<ViewpointNode> tree)
    {
        var items = tree.SelectMany(v => v.Goals).SelectMany(g => g.Policies).SelectMany(p => p.Groups).SelectMany(g => g.Items).ToArray();
        var read = new Counts(
            tree.SelectMany(v => v.Goals).Sum(g => g.Policies.Count),
            tree.SelectMany(v => v.Goals).SelectMany(g => g.Policies).Sum(p => p.Groups.Count),
            items.Length,
            items.Sum(i => i.Indicators.Count),
            items.Where(i => i.RepeatOf is null).Sum(i => i.Indicators.Count));

        int chapter3 = ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith("第３章", StringComparison.Ordinal), "the heading 「第３章 …」");
        int chapter4 = ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith("第４章", StringComparison.Ordinal), "the heading 「第４章 …」");
        int baselines = lines.Skip(chapter3).Take(chapter4 - chapter3).Count(l => l.Text.StartsWith("【令和元年度：", StringComparison.Ordinal));

        var problems = new List<string>();
        void Expect(string what, int printed, int counted)
        {
            if (printed != counted) problems.Add($"{what}: the document says {printed}, the import read {counted}");
        }
        Expect("施策 (changes table, ６ 施策)", Printed(lines, PoliciesRow(), "６ 施 策 … 項目"), read.Policies);
        Expect("取組項目群 (changes table, ７)", Printed(lines, GroupsRow(), "取組項目群（n"), read.Groups);
        Expect("取組項目 (changes table, ８)", Printed(lines, ItemsRow(), "８ 取組項目 … 項目"), read.Items);
        Expect("indicator rows (【令和元年度：…】 in chapter 3)", baselines, read.Indicators);
        var numbers = items.Select(i => i.Number).Order().ToArray();
        if (!numbers.SequenceEqual(Enumerable.Range(1, items.Length)))
            problems.Add($"取組項目 are not numbered 1–{items.Length} once each");
        if (problems.Count > 0)
            throw new InvalidDataException("the counts do not add up:\n  " + string.Join("\n  ", problems));
        return read;
    }

    private static int Printed(IReadOnlyList<KazoLine> lines, Regex pattern, string what)
    {
        var match = lines.Select(l => pattern.Match(l.Text)).FirstOrDefault(m => m.Success)
            ?? throw new InvalidDataException($"the changes table has no row 「{what}」");
        return int.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex(@"^６\s*施\s*策\s+\d+\s*項目\s+(\d+)\s*項目")]
    private static partial Regex PoliciesRow();

    [GeneratedRegex(@"取組項目群（(\d+)")]
    private static partial Regex GroupsRow();

    [GeneratedRegex(@"^８\s*取組項目\s+\d+\s*項目\s+(\d+)\s*項目")]
    private static partial Regex ItemsRow();
}
