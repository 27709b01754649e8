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

    public static OutputFile ForPlan(SiteContent site, Plan plan, string baseUrl) =>
        Write(SiteUrls.PlanFeed(plan), $"{plan.Municipality.Display}「{plan.Title}」の評価の更新", baseUrl + SiteUrls.Plan(plan),
            baseUrl, Entries(plan, baseUrl).ToArray());

    public static OutputFile ForSite(SiteContent site, string baseUrl) =>
        Write(SiteUrls.SiteFeed, $"{site.Info.Title}：評価の更新", baseUrl, baseUrl,
            site.Plans.SelectMany(p => Entries(p, baseUrl)).OrderByDescending(e => e.Updated).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray());

    private sealed record Entry(string Id, string Title, string Link, DateOnly Updated, string Summary);

    private static IEnumerable<Entry> Entries(Plan plan, string baseUrl)
    {
        foreach (var review in plan.Reviews)
        {
            string planUrl = baseUrl + SiteUrls.Plan(plan);
            int indicators = review.Indicators.Values.Count(i => i.Actual is not null || i.Grade is not null);
            var grades = review.Measures.Values.Any(m => m.Grade is not null)
                ? review.Measures.Values.Select(m => m.Grade)
                : review.Indicators.Values.Select(i => i.Grade);
            var counts = plan.Grades.Grades.Select(g => (g, grades.Count(x => x == g))).Where(c => c.Item2 > 0)
                .Select(c => $"{c.g.Key}（{c.g.Label}）{c.Item2}件");
            string summary = $"{plan.Municipality.Display}「{plan.Title}」に{review.FiscalYear.Display}の評価を掲載しました。" +
                             $"実績・評価のある指標 {indicators}件" +
                             (review.Measures.Count > 0 ? $"、評価のある取組 {review.Measures.Values.Count(m => m.Grade is not null)}件" : "") +
                             (counts.Any() ? $"。評価の内訳：{string.Join("、", counts)}。" : "。");
            yield return new Entry($"{planUrl}#review-{review.FiscalYear}", $"{plan.Title}：{review.FiscalYear.Display}の評価", planUrl,
                review.EffectiveDate, summary);
        }
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
