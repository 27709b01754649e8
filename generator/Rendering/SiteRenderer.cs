using PlanSite.Model;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering;

/// <summary>
/// Renders every HTML page of the site through the templates. Each page template renders its body;
/// layout.sbn wraps it (except standalone pages: embeds and redirects). Pages render in parallel;
/// the result is ordered by path so output is stable.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates)
{
    public IReadOnlyList<OutputFile> Render(SiteContent site, IReadOnlyDictionary<string, PlanQueries> queries, IReadOnlyDictionary<string, long> fileSizes)
    {
        var jobs = new List<Func<OutputFile>>
        {
            () => Page(site, "home.sbn", HomePage.Build(site), "website"),
            () => Page(site, "notfound.sbn", SpecialPages.NotFound(site), "website", file: SiteUrls.NotFound),
        };
        foreach (var page in site.Pages)
            jobs.Add(() => Page(site, "page.sbn", ContentPageBuilder.Build(site, page), "article"));
        foreach (var redirect in site.Redirects)
            jobs.Add(() => Standalone("redirect.sbn", SpecialPages.Redirect(site, redirect)));
        foreach (var plan in site.Plans)
        {
            var q = queries[plan.Id];
            jobs.Add(() => Page(site, "plan.sbn", PlanPage.Build(site, q), "article"));
            foreach (var chapter in plan.Chapters)
                jobs.Add(() => Page(site, "chapter.sbn", ChapterPage.Build(site, q, chapter), "article"));
            // A 再掲 entry has no page of its own: it links to the one page of the measure it repeats
            // (its own URL redirects there, see ImpliedRedirects).
            foreach (var measure in plan.AllMeasures.Where(m => m.RepeatOf is null))
                jobs.Add(() => Page(site, "measure.sbn", MeasurePage.Build(site, q, measure), "article"));
            foreach (var indicator in plan.AllIndicators)
            {
                jobs.Add(() => Page(site, "indicator.sbn", IndicatorPage.Build(site, q, indicator, fileSizes), "article"));
                jobs.Add(() => Standalone("embed.sbn", IndicatorPage.BuildEmbed(site, q, indicator)));
            }
        }
        var pages = new OutputFile[jobs.Count];
        Parallel.For(0, jobs.Count, i => pages[i] = jobs[i]());
        return pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
    }

    private OutputFile Page<TView>(SiteContent site, string template, (string Path, TView View) page, string ogType, string? file = null)
        where TView : IPageView
    {
        string body = templates.Render(template, page.View);
        string? canonical = site.Info.BaseUrl is { } b && file is null ? b + page.Path : null;
        string html = templates.Render("layout.sbn", new LayoutView(page.View.Page, new HtmlMarkup(body), canonical, ogType));
        return OutputFile.Text(file ?? SiteUrls.FileFor(page.Path), html);
    }

    private OutputFile Standalone<TView>(string template, (string Path, TView View) page) where TView : IPageView =>
        OutputFile.Text(SiteUrls.FileFor(page.Path), templates.Render(template, page.View));

    private sealed record LayoutView(PageFrame Page, HtmlMarkup Content, string? Canonical, string OgType);
}
