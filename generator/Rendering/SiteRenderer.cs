using PlanSite.Model;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering;

/// <summary>
/// Renders the HTML pages through the templates. Each page template renders its body; layout.sbn
/// wraps it (except standalone pages: embeds and redirects). Pages come one at a time, per plan or
/// site-wide, so the builder can render plans in parallel and write each page as soon as it exists.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates)
{
    /// <summary>Pages that depend on the whole site (home, 404, free pages, redirects).</summary>
    public IEnumerable<OutputFile> SitePages(SiteContent site, IReadOnlyList<PlanOutline> plans)
    {
        yield return Page(site, "home.sbn", HomePage.Build(site, plans), "website");
        yield return Page(site, "notfound.sbn", SpecialPages.NotFound(site, plans), "website", file: SiteUrls.NotFound);
        foreach (var page in site.Pages)
            yield return Page(site, "page.sbn", ContentPageBuilder.Build(site, page), "article");
        foreach (var redirect in site.Redirects)
            yield return Standalone("redirect.sbn", SpecialPages.Redirect(site, redirect));
    }

    /// <summary>
    /// A plan's pages, which depend only on the plan and the site's settings, as independent renders
    /// (one at a time or side by side, as the caller chooses).
    /// <paramref name="fileSizes"/> gives the sizes of the plan's data files (shown beside the download links).
    /// </summary>
    public IEnumerable<Func<OutputFile>> PlanPages(SiteContent site, PlanQueries q, IReadOnlyDictionary<string, long> fileSizes)
    {
        yield return () => Page(site, "plan.sbn", PlanPage.Build(site, q), "article");
        foreach (var chapter in q.Plan.Chapters)
            yield return () => Page(site, "chapter.sbn", ChapterPage.Build(site, q, chapter), "article");
        foreach (var measure in OwnPages.Measures(q.Plan))
            yield return () => Page(site, "measure.sbn", MeasurePage.Build(site, q, measure), "article");
        var departments = Departments.Of(q.Plan);
        if (departments.Count > 0)
            yield return () => Page(site, "departments.sbn", DepartmentPage.BuildIndex(site, q, departments), "article");
        foreach (var department in departments)
            yield return () => Page(site, "department.sbn", DepartmentPage.Build(site, q, department), "article");
        foreach (var indicator in OwnPages.Indicators(q.Plan))
        {
            yield return () => Page(site, "indicator.sbn", IndicatorPage.Build(site, q, indicator, fileSizes), "article");
            yield return () => Standalone("embed.sbn", IndicatorPage.BuildEmbed(site, q, indicator));
        }
    }

    private OutputFile Page<TView>(SiteContent site, string template, (string Path, TView View) page, string ogType, string? file = null)
        where TView : IPageView
    {
        string? canonical = site.Info.BaseUrl is { } b && file is null ? b + page.Path : null;
        byte[] html = templates.RenderInLayout(template, page.View, "layout.sbn", content => new LayoutView(page.View.Page, content, canonical, ogType));
        return new OutputFile(file ?? SiteUrls.FileFor(page.Path), html);
    }

    private OutputFile Standalone<TView>(string template, (string Path, TView View) page) where TView : IPageView =>
        new(SiteUrls.FileFor(page.Path), templates.RenderUtf8(template, page.View));

    /// <param name="Content">The page template's output (markup, written unescaped).</param>
    private sealed record LayoutView(PageFrame Page, object Content, string? Canonical, string OgType);
}
