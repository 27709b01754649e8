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

    public const string Stylesheet = "assets/site.css";

    /// <summary>The file a page path is written to.</summary>
    public static string FileFor(string pagePath) => pagePath + "index.html";

    /// <summary>"../../" from a page at <paramref name="pagePath"/> back to the site root.</summary>
    public static string RootFrom(string pagePath) =>
        pagePath.Length == 0 ? "./" : string.Concat(Enumerable.Repeat("../", pagePath.Count(c => c == '/')));
}
