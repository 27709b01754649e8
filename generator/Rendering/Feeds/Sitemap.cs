using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Feeds;

/// <summary>sitemap.xml and robots.txt for search engines; absolute URLs need the site's base URL.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Build(SiteContent site, string baseUrl)
    {
        var urls = new List<(string Path, DateOnly? Modified)> { (SiteUrls.Home, Latest(site.Plans)) };
        urls.AddRange(site.Pages.Select(p => (SiteUrls.ContentPage(p), (DateOnly?)null)));
        foreach (var plan in site.Plans)
        {
            var modified = Latest([plan]);
            urls.Add((SiteUrls.Plan(plan), modified));
            urls.AddRange(plan.Chapters.Select(c => (SiteUrls.Chapter(plan, c), modified)));
            urls.AddRange(OwnPages.Measures(plan).Select(m => (SiteUrls.Measure(plan, m), modified)));
            var departments = Departments.Of(plan);
            if (departments.Count > 0) urls.Add((SiteUrls.Departments(plan), modified));
            urls.AddRange(departments.Select(d => (SiteUrls.Department(plan, d.Name), modified)));
            urls.AddRange(OwnPages.Indicators(plan).Select(i => (SiteUrls.Indicator(plan, i), modified)));
        }
        var doc = new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
            new XElement(Ns + "loc", baseUrl + u.Path),
            u.Modified is { } date ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null)));
        return OutputFile.Text(SiteUrls.Sitemap, new XDeclaration("1.0", "utf-8", null) + "\n" + doc + "\n");
    }

    public static OutputFile Robots(string? baseUrl) => OutputFile.Text("robots.txt",
        "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"Sitemap: {baseUrl}{SiteUrls.Sitemap}\n"));

    private static DateOnly? Latest(IEnumerable<Plan> plans) =>
        plans.SelectMany(p => p.Reviews).Select(r => (DateOnly?)r.EffectiveDate).DefaultIfEmpty(null).Max();
}
