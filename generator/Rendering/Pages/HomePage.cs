using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public sealed record HomeView(PageFrame Page, string? Description, IReadOnlyList<MunicipalityView> Municipalities, IReadOnlyList<Link> Pages) : IPageView;

public sealed record MunicipalityView(string Name, IReadOnlyList<PlanCard> Plans);

public sealed record PlanCard(string Title, string Href, string Period, string? AsOf, int MeasureCount, int IndicatorCount, string? LatestReview);

/// <summary>The home page: every municipality and its plans.</summary>
public static class HomePage
{
    public static (string Path, HomeView View) Build(SiteContent site, IReadOnlyList<PlanOutline> plans)
    {
        string path = SiteUrls.Home;
        string root = SiteUrls.RootFrom(path);
        var municipalities = plans
            .GroupBy(p => p.Municipality)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MunicipalityView(g.Key, g.OrderBy(p => p.PeriodFrom).ThenBy(p => p.Id, StringComparer.Ordinal)
                .Select(p => new PlanCard(p.Title, root + p.Path, p.Period, p.AsOf, p.MeasureCount, p.IndicatorCount, p.LatestReview))
                .ToArray()))
            .ToArray();
        var pages = site.Pages.Select(p => new Link(p.Title, root + SiteUrls.ContentPage(p))).ToArray();
        var frame = new PageFrame(site.Info.Title, site.Info.Title, root, Array.Empty<Link>(), site.Info.Description);
        return (path, new HomeView(frame, site.Info.Description, municipalities, pages));
    }
}
