using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Feeds;

/// <summary>
/// Atom feeds (RFC 4287), one entry per fiscal review published: per plan and site-wide. Entry
/// dates come from the content (review published date, else the end of the fiscal year reviewed).
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile ForPlan(PlanOutline plan, string baseUrl) =>
        Write(plan.Feed, $"{plan.Municipality}「{plan.Title}」の評価の更新", baseUrl + plan.Path,
            baseUrl, Entries(plan, baseUrl).ToArray());

    public static OutputFile ForSite(SiteContent site, IReadOnlyList<PlanOutline> plans, string baseUrl) =>
        Write(SiteUrls.SiteFeed, $"{site.Info.Title}：評価の更新", baseUrl, baseUrl,
            plans.SelectMany(p => Entries(p, baseUrl)).OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray());

    private sealed record Entry(string Id, string Title, string Link, DateOnly Updated, string Summary);

    private static IEnumerable<Entry> Entries(PlanOutline plan, string baseUrl)
    {
        string planUrl = baseUrl + plan.Path;
        return plan.Reviews.Select(r => new Entry($"{planUrl}#{r.Anchor}", r.Title, planUrl, r.Updated, r.Summary));
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+09:00";

    private static OutputFile Write(string path, string title, string alternate, string baseUrl, IReadOnlyList<Entry> entries)
    {
        // A feed with no reviews yet still needs an <updated>; it takes the epoch of the period rather than the clock.
        var updated = entries.Count == 0 ? new DateOnly(2000, 1, 1) : entries.Max(e => e.Updated);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "ja"),
            new XElement(Atom + "id", baseUrl + path),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + path)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", alternate)),
            new XElement(Atom + "author", new XElement(Atom + "name", "PlanSite")),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "id", e.Id),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", e.Link)),
                new XElement(Atom + "updated", Stamp(e.Updated)),
                new XElement(Atom + "summary", e.Summary))));
        return OutputFile.Text(path, new XDeclaration("1.0", "utf-8", null) + "\n" + feed.ToString() + "\n");
    }
}
