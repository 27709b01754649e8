using PlanSite.Model;

namespace PlanSite.Site.Permalinks;

/// <summary>
/// A moved indicator page takes its embed page with it: people paste the embed URL into other
/// sites, so it is as permanent as the page, but staff should not have to declare it twice.
/// </summary>
public static class ImpliedRedirects
{
    private const string Embed = "embed/";

    public static IReadOnlyList<Redirect> Expand(IReadOnlyList<Redirect> declared)
    {
        var all = new List<Redirect>(declared);
        var froms = declared.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in declared)
            if (IsIndicatorPage(redirect.From) && IsIndicatorPage(redirect.To) && !froms.Contains(redirect.From + Embed))
                all.Add(redirect with { From = redirect.From + Embed, To = redirect.To + Embed });
        return all;
    }

    private static bool IsIndicatorPage(string url)
    {
        var parts = url.TrimEnd('/').Split('/');
        return parts.Length == 4 && parts[0] == "plans" && parts[2] == "indicators";
    }
}
