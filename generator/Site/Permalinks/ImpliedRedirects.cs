using PlanSite.Model;
using PlanSite.Rendering.Pages;

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
    private const string RepeatedMeasure = "再掲の項目です。内容は元の項目のページにまとめています";
    private const string RepeatedIndicator = "再掲の指標です。数値は元の指標のページにまとめています";

    public static IReadOnlyList<Redirect> Expand(IReadOnlyList<Redirect> declared, IEnumerable<Plan>? plans = null)
    {
        var all = new List<Redirect>(declared);
        var froms = declared.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in declared)
            if (IsIndicatorPage(redirect.From) && IsIndicatorPage(redirect.To) && !froms.Contains(redirect.From + Embed))
                all.Add(redirect with { From = redirect.From + Embed, To = redirect.To + Embed });
        foreach (var plan in plans ?? [])
        {
            foreach (var repeat in plan.AllMeasures.Where(m => m.RepeatOf is not null))
            {
                string from = SiteUrls.Measure(plan, repeat);
                if (!froms.Contains(from))
                    all.Add(new Redirect(from, SiteUrls.Measure(plan, repeat.RepeatOf!), RepeatedMeasure));
            }
            // The loader has checked that every repeat_of names an indicator of the plan.
            var indicators = plan.AllIndicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
            foreach (var row in OwnPages.RepeatedIndicators(plan))
            {
                var original = indicators[row.RepeatOf!];
                string from = SiteUrls.Indicator(plan, row);
                if (froms.Contains(from)) continue;
                all.Add(new Redirect(from, SiteUrls.Indicator(plan, original), RepeatedIndicator));
                all.Add(new Redirect(SiteUrls.IndicatorEmbed(plan, row), SiteUrls.IndicatorEmbed(plan, original), RepeatedIndicator));
            }
        }
        return all;
    }

    private static bool IsIndicatorPage(string url)
    {
        var parts = url.TrimEnd('/').Split('/');
        return parts.Length == 4 && parts[0] == "plans" && parts[2] == "indicators";
    }
}
