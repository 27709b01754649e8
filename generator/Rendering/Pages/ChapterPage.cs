using PlanSite.Model;
using PlanSite.Rendering.Markdown;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

public sealed record ChapterView(PageFrame Page, string Title, Link Plan, HtmlMarkup Body, IReadOnlyList<ChapterLink> Chapters) : IPageView;

/// <summary>A chapter in the plan's list of chapters; Current marks the page being shown.</summary>
public sealed record ChapterLink(string Text, string Href, bool Current);

/// <summary>One chapter of a plan's own text, rendered from Markdown (raw HTML disabled).</summary>
public static class ChapterPage
{
    public static (string Path, ChapterView View) Build(SiteContent site, PlanQueries queries, PlanChapter chapter)
    {
        var plan = queries.Plan;
        string path = SiteUrls.Chapter(plan, chapter);
        string root = SiteUrls.RootFrom(path);
        var planLink = new Link(plan.Title, root + SiteUrls.Plan(plan));
        var frame = new PageFrame(chapter.Title, site.Info.Title, root,
            [new Link("ホーム", root), planLink],
            $"{plan.Municipality.Display}「{plan.Title}」の{chapter.Title}", queries.UpdatedText);
        var chapters = plan.Chapters.Select(c => new ChapterLink(c.Title, root + SiteUrls.Chapter(plan, c), c == chapter)).ToArray();
        return (path, new ChapterView(frame, chapter.Title, planLink, MarkdownRenderer.ToHtml(chapter.Markdown), chapters));
    }
}
