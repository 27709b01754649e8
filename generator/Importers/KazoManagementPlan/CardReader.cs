using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// One 取組項目 card: header 「取組項目-n 名称【再掲(-m)】」, then the labels 取組内容, 目標値等, 備  考
/// (optional) and 担 当 課 (always last), each label either alone on its line or followed by its text.
/// </summary>
public static partial class CardReader
{
    public static bool IsHeader(string text) => Header().IsMatch(text);

    public static bool IsOwnersLine(string text) => Owners().IsMatch(text);

    public static ItemCard Read(IReadOnlyList<KazoLine> card, KazoCuration curation)
    {
        var header = Header().Match(card[0].Text);
        int number = KazoText.ParseNumber(header.Groups["no"].Value);
        string title = header.Groups["title"].Value.Trim();
        int? repeatOf = null;
        if (header.Groups["repeat"].Success)
        {
            // Written 【再掲(-62)】, 【再掲（-63）】, 【再掲（‐4）】 (U+2010) or 【再掲-64】: only the digits matter.
            var digits = Regex.Match(header.Groups["repeat"].Value, "[0-9０-９]+");
            if (!digits.Success) throw ChapterThreeReader.Error(card[0], $"the 再掲 mark 「{header.Groups["repeat"].Value}」 names no item number");
            repeatOf = KazoText.ParseNumber(digits.Value);
        }

        int content = Find(card, l => l.Text.StartsWith("取組内容", StringComparison.Ordinal), "取組内容", number);
        int indicators = Find(card, l => l.Text.StartsWith("目標値等", StringComparison.Ordinal), "目標値等", number);
        int remarks = card.ToList().FindIndex(l => Remarks().IsMatch(l.Text));
        int owners = card.Count - 1;
        if (!(content < indicators && indicators < (remarks < 0 ? owners : remarks)))
            throw ChapterThreeReader.Error(card[0], $"取組項目-{number}: the labels 取組内容, 目標値等, 備考, 担当課 are not in this order");

        var contentLines = Labelled(card, content, indicators, "取組内容");
        int indicatorsEnd = remarks < 0 ? owners : remarks;
        string inline = card[indicators].Text["目標値等".Length..].Trim();
        var indicatorLines = (inline.Length > 0 ? [new KazoLine(card[indicators].Number, inline)] : Array.Empty<KazoLine>())
            .Concat(card.Skip(indicators + 1).Take(indicatorsEnd - indicators - 1)).ToArray();
        string? remarksText = null;
        if (remarks >= 0)
        {
            var lines = new[] { Remarks().Match(card[remarks].Text).Groups[1].Value.Trim() }
                .Concat(card.Skip(remarks + 1).Take(owners - remarks - 1).Select(l => l.Text))
                .Where(t => t.Length > 0);
            remarksText = curation.RemarksJoin(number, lines.ToArray());
        }
        var ownerNames = Owners().Match(card[owners].Text).Groups[1].Value
            .Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ownerNames.Length == 0)
            throw ChapterThreeReader.Error(card[owners], $"取組項目-{number}: 担当課 names no department");

        return new ItemCard(
            card[0].Number, number, title, repeatOf,
            KazoText.Paragraphs(contentLines),
            IndicatorBlockReader.Read(indicatorLines, number, curation),
            remarksText, remarks >= 0 ? card[remarks].Number : null, ownerNames);
    }

    /// <summary>The text after a label (inline or on the following lines) up to the next label.</summary>
    private static IReadOnlyList<string> Labelled(IReadOnlyList<KazoLine> card, int from, int to, string label)
    {
        var first = card[from].Text[label.Length..].Trim();
        return new[] { first }.Concat(card.Skip(from + 1).Take(to - from - 1).Select(l => l.Text)).Where(t => t.Length > 0).ToArray();
    }

    private static int Find(IReadOnlyList<KazoLine> card, Predicate<KazoLine> predicate, string label, int number)
    {
        int index = card.ToList().FindIndex(predicate);
        if (index < 0) throw ChapterThreeReader.Error(card[0], $"取組項目-{number} has no 「{label}」 label");
        return index;
    }

    [GeneratedRegex(@"^取組項目[-－]\s*(?<no>[0-9０-９]+)\s+(?<title>.+?)\s*(?<repeat>【再掲[^】]*】)?$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^担\s*当\s*課\s*(.*)$")]
    private static partial Regex Owners();

    [GeneratedRegex(@"^備\s+考\s*(.*)$")]
    private static partial Regex Remarks();
}
