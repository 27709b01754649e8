using System.Text;
using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// 第１章第２節's two tables on the 2nd plan, flattened in the text: ≪評価≫ (one row per 基本目標, the
/// 視点 printed on its own line before the rows it spans, or in front of the row) and ≪総合評価≫ (four
/// 区分 rows; the merged 総合評価 cells 「78.6」「成果があった」「21.4」 land on lines of their own and go to
/// the row they follow). The pie chart's labels after them repeat the table and are left out.
/// Columns carry no alignment: Markdig writes it as an inline style, which the site's CSP forbids.
/// </summary>
public static partial class EvaluationTables
{
    /// <summary>Writes both tables from line <paramref name="start"/>; returns the index of the last line consumed.</summary>
    public static int Render(IReadOnlyList<KazoLine> lines, int start, StringBuilder markdown, string headingMarks)
    {
        var heading = Heading().Match(lines[start].Text);
        markdown.Append(headingMarks).Append(' ').Append(heading.Groups[1].Value).Append("\n\n");
        if (heading.Groups[2].Value.Length > 0)
            markdown.Append(NarrativeReader.Escape(heading.Groups[2].Value)).Append("\n\n");

        int i = start + 1;
        var header = lines[i++].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (header.Length != 5 || header[0] != "視点")
            throw ChapterThreeReader.Error(lines[i - 1], $"the ≪評価≫ table header reads 「{lines[i - 1].Text}」, not 視点 基本目標 取組項目数 … 該当項目数");
        markdown.Append("| ").Append(string.Join(" | ", header)).Append(" |\n|---|---|---|---|---|\n");
        string viewpoint = "";
        int rows = 0;
        for (; i < lines.Count && !lines[i].Text.StartsWith("≪", StringComparison.Ordinal); i++)
        {
            Match m;
            if (Viewpoint().IsMatch(lines[i].Text)) viewpoint = lines[i].Text;
            else if ((m = GoalRow().Match(lines[i].Text)).Success)
            {
                if (m.Groups["view"].Success) viewpoint = m.Groups["view"].Value;
                markdown.Append($"| {viewpoint} | {m.Groups["goal"].Value} {m.Groups["name"].Value} | {m.Groups["count"].Value} | {m.Groups["rating"].Value} {m.Groups["pct"].Value} | {m.Groups["hits"].Value} |\n");
                rows++;
            }
            else throw ChapterThreeReader.Error(lines[i], $"≪評価≫ table: cannot read 「{lines[i].Text}」");
        }
        if (rows == 0) throw ChapterThreeReader.Error(lines[start], "the ≪評価≫ table has no rows");
        markdown.Append('\n');

        // ≪総合評価≫
        markdown.Append(headingMarks).Append(' ').Append(lines[i++].Text).Append("\n\n");
        var totalHeader = lines[i++].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (totalHeader.Length != 4 || totalHeader[0] != "区分")
            throw ChapterThreeReader.Error(lines[i - 1], $"the ≪総合評価≫ table header reads 「{lines[i - 1].Text}」");
        var table = new List<string[]>();
        for (; i < lines.Count && !PieLabel().IsMatch(lines[i].Text); i++)
        {
            Match m;
            if ((m = TotalRow().Match(lines[i].Text)).Success)
                table.Add([m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, ""]);
            else if (table.Count > 0)
                table[^1][3] = (table[^1][3] + " " + lines[i].Text).Trim();
            else throw ChapterThreeReader.Error(lines[i], $"≪総合評価≫ table: cannot read 「{lines[i].Text}」");
        }
        markdown.Append("| ").Append(string.Join(" | ", totalHeader)).Append(" |\n|---|---|---|---|\n");
        foreach (var row in table)
            markdown.Append("| ").Append(string.Join(" | ", row.Select(NarrativeReader.EscapeInline))).Append(" |\n");
        markdown.Append('\n');

        // The pie chart's labels run up to its title line; the next section heading follows.
        while (i < lines.Count && !lines[i].Text.StartsWith("第２次行政経営プラン総合評価", StringComparison.Ordinal)) i++;
        return i;
    }

    [GeneratedRegex(@"^(≪[^≫]+≫)\s*(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(市役所力|市民力|協働力)$")]
    private static partial Regex Viewpoint();

    [GeneratedRegex(@"^(?:(?<view>市役所力|市民力|協働力)\s+)?(?<goal>【\d】)\s+(?<name>\S+)\s+(?<count>\d+)\s+(?<rating>\S+)\s+(?<pct>[\d.]+)\s+(?<hits>\d+)$")]
    private static partial Regex GoalRow();

    [GeneratedRegex(@"^(\d\.\S+)\s+(\d+)\s+([\d.]+)$")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^[１-９]\s+\S")]
    private static partial Regex PieLabel();
}
