using PlanSite.Model;
using PlanSite.Rendering.Markdown;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

public sealed record ContentPageView(PageFrame Page, HtmlMarkup Body) : IPageView;

/// <summary>A free page from content/pages/*.md.</summary>
public static class ContentPageBuilder
{
    public static (string Path, ContentPageView View) Build(SiteContent site, ContentPage page)
    {
        string path = SiteUrls.ContentPage(page);
        string root = SiteUrls.RootFrom(path);
        var frame = new PageFrame(page.Title, site.Info.Title, root, new[] { new Link("ホーム", root) }, null);
        return (path, new ContentPageView(frame, MarkdownRenderer.ToHtml(page.Markdown)));
    }
}
