using System.Text;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// 【用語解説】 (from its heading to 「ＳＤＧｓとは」): 「＜ア行＞」 sections (##) of 「■ 用語」 entries (###),
/// each with its explanation as printed. The hyperlinks that leaked from the PDF as bare URL lines
/// are link targets, not text, and are left out.
/// </summary>
public static partial class GlossaryReader
{
    public static PlanChapter Read(IReadOnlyList<KazoLine> lines)
    {
        int start = ChapterThreeReader.IndexOf(lines, l => l.Text == "【用語解説】", "the glossary heading 「【用語解説】」");
        int end = ChapterThreeReader.IndexOf(lines, l => l.Text.StartsWith("ＳＤＧｓとは", StringComparison.Ordinal), "the heading 「ＳＤＧｓとは」");
        var markdown = new StringBuilder();
        var paragraph = new List<string>();
        int terms = 0;
        void Flush()
        {
            foreach (var p in KazoText.Paragraphs(paragraph))
                markdown.Append(NarrativeReader.Escape(p)).Append("\n\n");
            paragraph.Clear();
        }
        for (int i = start + 1; i < end; i++)
        {
            string text = lines[i].Text;
            Match m;
            if (Url().IsMatch(text)) continue;
            if ((m = Kana().Match(text)).Success)
            {
                Flush();
                markdown.Append("## ").Append(text).Append("\n\n");
            }
            else if ((m = Term().Match(text)).Success)
            {
                Flush();
                markdown.Append("### ").Append(NarrativeReader.EscapeInline(m.Groups[1].Value.Trim())).Append("\n\n");
                terms++;
            }
            else paragraph.Add(text);
        }
        Flush();
        if (terms == 0) throw ChapterThreeReader.Error(lines[start], "the glossary has no 「■ 用語」 entries");
        return new PlanChapter("glossary", "用語解説", markdown.ToString().TrimEnd() + "\n");
    }

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex Url();

    [GeneratedRegex(@"^＜.+行＞$")]
    private static partial Regex Kana();

    [GeneratedRegex(@"^■\s*(.+)$")]
    private static partial Regex Term();
}
