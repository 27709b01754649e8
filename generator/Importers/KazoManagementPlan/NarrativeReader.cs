using System.Text;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// Chapters 1, 2 (§1–§4) and 4 as Markdown pages, words as printed: the chapter title is the page's
/// title, 第n節 → ##, 「１ …」 → one level below the last heading, 【基本目標n】 below that, wrapped lines
/// joined into paragraphs. The 2nd plan's evaluation tables become pipe tables. Flattened figures (the
/// timeline, the concept diagram, the pie-chart labels) carry no sentence of their own and are left
/// out; 第５節 (the tree table) is the plan's measure tree itself, and chapter 3 its measures.
/// </summary>
public static partial class NarrativeReader
{
    public static IReadOnlyList<PlanChapter> Read(IReadOnlyList<KazoLine> lines)
    {
        int chapter1 = Find(lines, "第１章");
        int chapter2 = Find(lines, "第２章");
        int tree = ChapterThreeReader.IndexOf(lines, l => Regex.IsMatch(l.Text, @"^第５節\s*施策の体系"), "the heading 「第５節 施策の体系」");
        int chapter4 = Find(lines, "第４章");
        // Chapter 4 ends where the appendix (the table of changes from the 2nd plan) begins.
        int appendix = ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith("第３次加須市行政経営プランと第２次", StringComparison.Ordinal), "the appendix heading");
        return
        [
            Chapter("chapter-1", lines, chapter1, chapter2),
            Chapter("chapter-2", lines, chapter2, tree),
            Chapter("chapter-4", lines, chapter4, appendix),
            GlossaryReader.Read(lines),
        ];
    }

    private static int Find(IReadOnlyList<KazoLine> lines, string chapter) =>
        ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith(chapter, StringComparison.Ordinal) && Chapter().IsMatch(l.Text), $"the heading 「{chapter} …」");

    private static PlanChapter Chapter(string id, IReadOnlyList<KazoLine> lines, int heading, int end)
    {
        var markdown = new StringBuilder();
        Render(lines.Skip(heading + 1).Take(end - heading - 1).ToArray(), markdown);
        return new PlanChapter(id, Spaced(lines[heading].Text), markdown.ToString().TrimEnd() + "\n");
    }

    private static void Render(IReadOnlyList<KazoLine> lines, StringBuilder markdown)
    {
        var paragraph = new List<string>();
        int level = 1; // of the last heading (the chapter is the page's h1): numbered headings go one below it
        void Flush()
        {
            foreach (var p in KazoText.Paragraphs(paragraph))
                markdown.Append(Escape(p)).Append("\n\n");
            paragraph.Clear();
        }
        void Heading(string marks, string text)
        {
            Flush();
            markdown.Append(marks).Append(' ').Append(Escape(text)).Append("\n\n");
        }

        for (int i = 0; i < lines.Count; i++)
        {
            string text = lines[i].Text;
            Match m;
            if (Section().IsMatch(text)) { level = 2; Heading("##", Spaced(text)); }
            else if (text.StartsWith("≪第２次行政経営プランの評価≫", StringComparison.Ordinal))
            {
                Flush();
                i = EvaluationTables.Render(lines, i, markdown, new string('#', level + 1));
            }
            else if (text.StartsWith("第３次加須市行政経営プランの計画期間", StringComparison.Ordinal)
                     || text.StartsWith("－ 行政経営プランの位置付け［概念図］", StringComparison.Ordinal))
            {
                // A flattened figure: skip to the next heading.
                Flush();
                while (i + 1 < lines.Count && !IsHeading(lines[i + 1].Text)) i++;
            }
            else if ((m = SdgsHeading().Match(text)).Success && i + 2 < lines.Count)
            {
                // 「３ Ｓ Ｄ Ｇ ｓ」 is letter-spaced with its ruby 「エス・ディー・ジーズ」 on the next line and
                // 「との関係」 after it: one heading, the ruby kept in parentheses.
                Heading(new string('#', level + 1), $"{m.Groups[1].Value} ＳＤＧｓ（{lines[i + 1].Text}）{lines[i + 2].Text}");
                i += 2;
            }
            else if (Numbered().IsMatch(text)) Heading(new string('#', level + 1), text);
            else if (GoalHeading().IsMatch(text)) Heading(new string('#', level + 2), text);
            else paragraph.Add(text);
        }
        Flush();
    }

    private static bool IsHeading(string text) => Chapter().IsMatch(text) || Section().IsMatch(text) || Numbered().IsMatch(text);

    /// <summary>「第１章 計画の策定に当たって」: the number and title keep their single space.</summary>
    internal static string Spaced(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>Backslash-escapes ASCII punctuation Markdown would read as syntax; Japanese text is untouched.</summary>
    public static string EscapeInline(string text) => Regex.Replace(text, @"([\\`*_\[\]<>#|~])", @"\$1");

    /// <summary>As <see cref="EscapeInline"/>, and a paragraph opening 「1.」 is not a list.</summary>
    public static string Escape(string text) => Regex.Replace(EscapeInline(text), @"^(\d+)([.)])", @"$1\$2");

    [GeneratedRegex(@"^第[１-９]章\s")]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^第[１-９]節\s")]
    private static partial Regex Section();

    // At least three characters: the flattened timeline has year labels 「２ 年度」 that are no headings.
    [GeneratedRegex(@"^[１-９]\s+[^。\s]{3,40}$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^【基本目標[１-９]】")]
    private static partial Regex GoalHeading();

    [GeneratedRegex(@"^([１-９])\s+Ｓ\s*Ｄ\s*Ｇ\s*ｓ$")]
    private static partial Regex SdgsHeading();
}
