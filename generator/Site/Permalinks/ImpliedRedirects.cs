using PlanSite.Model;

namespace PlanSite.Site.Permalinks;

/// <summary>
/// Redirects the content implies without staff declaring them:
/// a moved indicator page takes its embed page with it (people paste the embed URL into other
/// sites, so it is as permanent as the page), and a 再掲 entry's own URL leads to the one page of
/// the measure it repeats, so that its printed number still resolves.
/// </summary>
public static class ImpliedRedirects
{
    private const string Embed = "embed/";

    public static IReadOnlyList<Redirect> Expand(IReadOnlyList<Redirect> declared, IEnumerable<Plan>? plans = null)
    {
        var all = new List<Redirect>(declared);
        var froms = declared.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in declared)
            if (IsIndicatorPage(redirect.From) && IsIndicatorPage(redirect.To) && !froms.Contains(redirect.From + Embed))
                all.Add(redirect with { From = redirect.From + Embed, To = redirect.To + Embed });
        foreach (var plan in plans ?? [])
            foreach (var repeat in plan.AllMeasures.Where(m => m.RepeatOf is not null))
            {
                string from = $"plans/{plan.Id}/measures/{repeat.Id}/";
                if (!froms.Contains(from))
                    all.Add(new Redirect(from, $"plans/{plan.Id}/measures/{repeat.RepeatOf}/", "再掲の項目です。内容は元の項目のページにまとめています"));
            }
        return all;
    }

    private static bool IsIndicatorPage(string url)
    {
        var parts = url.TrimEnd('/').Split('/');
        return parts.Length == 4 && parts[0] == "plans" && parts[2] == "indicators";
    }
}
