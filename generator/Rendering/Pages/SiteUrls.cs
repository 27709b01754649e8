using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>
/// The URL scheme in one place. Paths are from the site root, without a leading slash, and end in
/// '/' for pages (served from index.html). Pages link relatively, so the site works under any
/// sub-path of a city's web server and from file://.
/// </summary>
public static class SiteUrls
{
    public const string Home = "";

    public static string Plan(Plan plan) => $"plans/{plan.Id}/";

    public static string Measure(Plan plan, Measure measure) => $"plans/{plan.Id}/measures/{measure.Id}/";

    public static string Measure(Plan plan, string measureId) => $"plans/{plan.Id}/measures/{measureId}/";

    public static string Indicator(Plan plan, Indicator indicator) => $"plans/{plan.Id}/indicators/{indicator.Id}/";

    public static string ContentPage(ContentPage page) => $"pages/{page.Slug}/";

    public static string Chapter(Plan plan, PlanChapter chapter) => $"plans/{plan.Id}/chapters/{chapter.Id}/";

    /// <summary>The plan's departments (owners of measures), each with its count of measures.</summary>
    public static string Departments(Plan plan) => $"plans/{plan.Id}/departments/";

    /// <summary>
    /// A department's page: its name as printed is the segment, percent-encoded as URLs are
    /// (業務改善課 → %E6%A5%AD…), so the URL depends on nothing but the name (see DepartmentName).
    /// </summary>
    public static string Department(Plan plan, string department) => $"plans/{plan.Id}/departments/{Uri.EscapeDataString(department)}/";

    /// <summary>Data beside the page, same stem: plans/p/indicators/2-1-3-1.csv next to plans/p/indicators/2-1-3-1/.</summary>
    public static string IndicatorData(Plan plan, Indicator indicator, string extension) => $"plans/{plan.Id}/indicators/{indicator.Id}.{extension}";

    public static string IndicatorChart(Plan plan, Indicator indicator) => $"plans/{plan.Id}/indicators/{indicator.Id}.svg";

    public static string IndicatorEmbed(Plan plan, Indicator indicator) => $"plans/{plan.Id}/indicators/{indicator.Id}/embed/";

    public static string PlanCsv(Plan plan) => $"plans/{plan.Id}.csv";

    public static string PlanJson(Plan plan) => $"plans/{plan.Id}.json";

    public static string PlanFeed(Plan plan) => $"plans/{plan.Id}/feed.xml";

    public const string SiteFeed = "feed.xml";
    public const string DataIndex = "data/index.json";
    public const string Bundle = "data/plansite-data.zip";
    public const string Sitemap = "sitemap.xml";
    public const string NotFound = "404.html";

    public const string Stylesheet = "assets/site.css";

    /// <summary>
    /// The file a page path is written to: the path decoded, as a web server maps a URL to a file
    /// (only department pages have encoded segments; ids and slugs hold no '%').
    /// </summary>
    public static string FileFor(string pagePath) => Uri.UnescapeDataString(pagePath) + "index.html";

    /// <summary>The page path of a page file: the inverse of <see cref="FileFor"/>.</summary>
    public static string PageFor(string pageFile) =>
        string.Join('/', pageFile[..^"index.html".Length].Split('/').Select(Uri.EscapeDataString));

    /// <summary>"../../" from a page at <paramref name="pagePath"/> back to the site root.</summary>
    public static string RootFrom(string pagePath) =>
        pagePath.Length == 0 ? "./" : string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));
}
