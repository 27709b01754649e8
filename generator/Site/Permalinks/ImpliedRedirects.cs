using PlanSite.Model;
using PlanSite.Rendering;

namespace PlanSite.Site.Permalinks;

/// <summary>
/// Redirects the content implies without staff declaring them:
/// a moved indicator page takes its embed page with it (people paste the embed URL into other
/// sites, so it is as permanent as the page), and a 再掲 entry's own URL leads to the one page of
/// the measure it repeats, so that its printed number still resolves; so do the pages of its
/// indicator rows that repeat an original indicator (their data files stay: they say what they repeat).
/// </summary>
public static class ImpliedRedirects
{
    private const string Embed = "embed/";

    public static IReadOnlyList<Redirect> Expand(IReadOnlyList<Redirect> declared, IEnumerable<PlanOutline>? plans = null)
    {
        var all = new List<Redirect>(declared);
        var froms = declared.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in declared)
            if (IsIndicatorPage(redirect.From) && IsIndicatorPage(redirect.To) && !froms.Contains(redirect.From + Embed))
                all.Add(redirect with { From = redirect.From + Embed, To = redirect.To + Embed });
        // A 再掲 entry staff redirected themselves keeps their redirect (and its embed goes with it, above).
        foreach (var plan in plans ?? [])
            foreach (var repeat in plan.RepeatRedirects)
                if (!froms.Contains(repeat.Page.From))
                {
                    all.Add(repeat.Page);
                    if (repeat.Embed is { } embed)
                        all.Add(embed);
                }
        return all;
    }

    private static bool IsIndicatorPage(string url)
    {
        var parts = url.TrimEnd('/').Split('/');
        return parts.Length == 4 && parts[0] == "plans" && parts[2] == "indicators";
    }
}
