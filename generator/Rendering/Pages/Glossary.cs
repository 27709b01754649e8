using PlanSite.Model;
using PlanSite.Rendering.Markdown;

namespace PlanSite.Rendering.Pages;

/// <summary>A term the plan's glossary explains, and its anchor on the glossary chapter page.</summary>
public sealed record GlossaryTerm(string Term, string Path);

/// <summary>
/// A plan's glossary is its chapter with id <c>glossary</c>; each <c>###</c> heading is one term.
/// The term is the heading up to its first parenthesis (「ＩＣＴ（Information …）（アイ・シー・ティー）」
/// is found in the text as ＩＣＴ). Measure pages list the terms their text uses, linking here;
/// the measure's text itself is left exactly as printed.
/// </summary>
public static class Glossary
{
    public const string ChapterId = "glossary";

    /// <summary>
    /// Longer words that contain a term but mean something else; an occurrence inside one of
    /// them is not the term. 市債権 (the city's receivables) is not 市債 (its bonds).
    /// </summary>
    private static readonly string[] OtherWords = ["市債権"];

    public static IReadOnlyList<GlossaryTerm> Of(Plan plan)
    {
        var chapter = plan.Chapters.FirstOrDefault(c => c.Id == ChapterId);
        if (chapter is null) return Array.Empty<GlossaryTerm>();
        string page = SiteUrls.Chapter(plan, chapter);
        return MarkdownRenderer.Headings(chapter.Markdown, 3)
            .Select(h => (Term: h.Text.Split('（', '(')[0].Trim(), h.Id))
            .Where(h => h.Term.Length > 0)
            .Select(h => new GlossaryTerm(h.Term, page + "#" + Uri.EscapeDataString(h.Id)))
            .ToArray();
    }

    /// <summary>The glossary's terms that occur in the measure's own words, in glossary order.</summary>
    public static IReadOnlyList<GlossaryTerm> UsedBy(IReadOnlyList<GlossaryTerm> glossary, Measure measure)
    {
        if (glossary.Count == 0) return glossary;
        var texts = new[] { measure.Title, measure.Purpose ?? "" }.Concat(measure.Content).Concat(measure.Indicators.Select(i => i.Name)).ToArray();
        return glossary.Where(t => texts.Any(x => Uses(x, t.Term))).ToArray();
    }

    private static bool Uses(string text, string term)
    {
        foreach (var other in OtherWords.Where(w => w.Contains(term, StringComparison.Ordinal)))
            text = text.Replace(other, "", StringComparison.Ordinal);
        return text.Contains(term, StringComparison.Ordinal);
    }
}
