using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public sealed record NotFoundView(PageFrame Page, IReadOnlyList<Link> Plans) : IPageView;

public sealed record RedirectView(PageFrame Page, string TargetHref, string? Canonical, string Reason) : IPageView;

/// <summary>Pages that are not about one plan item: the 404 page and redirects for moved URLs.</summary>
public static class SpecialPages
{
    /// <summary>
    /// A 404 page is served at whatever URL was mistyped, so relative links would break; it links
    /// from the site's own base path instead ("/" when no base URL is configured).
    /// </summary>
    public static (string Path, NotFoundView View) NotFound(SiteContent site, IReadOnlyList<PlanOutline> plans)
    {
        string root = site.Info.BaseUrl is { } b ? new Uri(b).AbsolutePath : "/";
        var frame = new PageFrame("ページが見つかりません", site.Info.Title, root, new[] { new Link("ホーム", root) }, null);
        var links = plans.Select(p => new Link($"{p.Municipality}　{p.Title}", root + p.Path)).ToArray();
        return (SiteUrls.NotFound, new NotFoundView(frame, links));
    }

    public static (string Path, RedirectView View) Redirect(SiteContent site, Redirect redirect)
    {
        string root = SiteUrls.RootFrom(redirect.From);
        var frame = new PageFrame("ページは移動しました", site.Info.Title, root, Array.Empty<Link>(), null);
        return (redirect.From, new RedirectView(frame, root + redirect.To,
            site.Info.BaseUrl is { } b ? b + redirect.To : null, redirect.Reason));
    }
}
