using PlanSite.Model;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering;

/// <summary>
/// Renders every page of the site through the templates. Each page template renders its body;
/// layout.sbn wraps it. Pages render in parallel; the result is ordered by path so output is stable.
/// </summary>
public sealed class SiteRenderer(TemplateSet templates)
{
    public IReadOnlyList<RenderedPage> Render(SiteContent site)
    {
        var jobs = new List<Func<RenderedPage>>
        {
            () => Page("home.sbn", HomePage.Build(site)),
        };
        foreach (var page in site.Pages)
            jobs.Add(() => Page("page.sbn", ContentPageBuilder.Build(site, page)));
        foreach (var plan in site.Plans)
        {
            var queries = new PlanQueries(plan);
            jobs.Add(() => Page("plan.sbn", PlanPage.Build(site, queries)));
            foreach (var measure in plan.AllMeasures)
                jobs.Add(() => Page("measure.sbn", MeasurePage.Build(site, queries, measure)));
            foreach (var indicator in plan.AllIndicators)
                jobs.Add(() => Page("indicator.sbn", IndicatorPage.Build(site, queries, indicator)));
        }
        var pages = new RenderedPage[jobs.Count];
        Parallel.For(0, jobs.Count, i => pages[i] = jobs[i]());
        return pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
    }

    private RenderedPage Page<TView>(string template, (string Path, TView View) page) where TView : IPageView
    {
        string body = templates.Render(template, page.View);
        string html = templates.Render("layout.sbn", new LayoutView(page.View.Page, new HtmlMarkup(body)));
        return new RenderedPage(SiteUrls.FileFor(page.Path), html);
    }

    private sealed record LayoutView(PageFrame Page, HtmlMarkup Content);
}
