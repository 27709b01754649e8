using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// 第２章第４節 describes the two viewpoints (「１ 協働力の向上」, with the definition of 協働力) and
/// each goal (【基本目標n】). The goal numbers restart under each viewpoint, so goals are matched to
/// chapter 3's global numbers by order, never by the printed number.
/// </summary>
public static partial class ViewpointTextReader
{
    public static IReadOnlyList<ViewpointText> Read(IReadOnlyList<KazoLine> lines)
    {
        int start = ChapterThreeReader.IndexOf(lines, l => Regex.IsMatch(l.Text, @"^第４節\s"), "the heading 「第４節 ２つの視点と５つの目標」");
        int end = ChapterThreeReader.IndexOf(lines, l => Regex.IsMatch(l.Text, @"^第５節\s"), "the heading 「第５節 施策の体系」");
        var viewpoints = new List<(KazoLine Line, int Number, string Name, List<string> Text, List<(KazoLine Line, string Name, List<string> Text)> Goals)>();
        for (int i = start + 1; i < end; i++)
        {
            var line = lines[i];
            Match m;
            if ((m = Viewpoint().Match(line.Text)).Success)
                viewpoints.Add((line, KazoText.ParseNumber(m.Groups[1].Value), m.Groups[2].Value, new List<string>(), new List<(KazoLine, string, List<string>)>()));
            else if ((m = Goal().Match(line.Text)).Success)
            {
                if (viewpoints.Count == 0) throw ChapterThreeReader.Error(line, "a 【基本目標】 before any viewpoint heading");
                viewpoints[^1].Goals.Add((line, m.Groups[1].Value, new List<string>()));
            }
            else if (viewpoints.Count == 0) continue; // the section's opening paragraph belongs to the narrative only
            else if (viewpoints[^1].Goals.Count > 0) viewpoints[^1].Goals[^1].Text.Add(line.Text);
            else viewpoints[^1].Text.Add(line.Text);
        }
        return viewpoints.Select(v => new ViewpointText(v.Line.Number, v.Number, v.Name, KazoText.Paragraphs(v.Text),
            v.Goals.Select(g => new GoalText(g.Line.Number, g.Name, KazoText.Paragraphs(g.Text))).ToArray())).ToArray();
    }

    [GeneratedRegex(@"^([１-９])\s+(\S+の向上)$")]
    private static partial Regex Viewpoint();

    [GeneratedRegex(@"^【基本目標[１-９]】\s*(.+)$")]
    private static partial Regex Goal();
}
