using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public sealed record HomeView(PageFrame Page, string? Description, IReadOnlyList<MunicipalityView> Municipalities, IReadOnlyList<Link> Pages) : IPageView;

public sealed record MunicipalityView(string Name, IReadOnlyList<PlanCard> Plans);

public sealed record PlanCard(string Title, string Href, string Period, string? AsOf, int MeasureCount, int IndicatorCount, string? LatestReview);

/// <summary>The home page: every municipality and its plans.</summary>
public static class HomePage
{
    public static (string Path, HomeView View) Build(SiteContent site)
    {
        string path = SiteUrls.Home;
        string root = SiteUrls.RootFrom(path);
        var municipalities = site.Plans
            .GroupBy(p => p.Municipality.Display)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MunicipalityView(g.Key, g.OrderBy(p => p.Period.From).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => new PlanCard(
                    p.Title, root + SiteUrls.Plan(p), p.Period.Display, p.AsOf,
                    p.AllMeasures.Count(m => m.RepeatOf is null), p.AllIndicators.Count(),
                    p.Reviews.Count == 0 ? null : p.Reviews[^1].FiscalYear.Display))
                .ToArray()))
            .ToArray();
        var pages = site.Pages.Select(p => new Link(p.Title, root + SiteUrls.ContentPage(p))).ToArray();
        var frame = new PageFrame(site.Info.Title, site.Info.Title, root, Array.Empty<Link>(), site.Info.Description);
        return (path, new HomeView(frame, site.Info.Description, municipalities, pages));
    }
}
