using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public static class Breadcrumbs
{
    /// <summary>ホーム › plan › each ancestor › (the measure itself when <paramref name="includeSelf"/>).</summary>
    public static IReadOnlyList<Link> ToMeasure(PlanQueries queries, Measure measure, string root, bool includeSelf)
    {
        var plan = queries.Plan;
        var links = new List<Link> { new("ホーム", root), new(plan.Title, root + SiteUrls.Plan(plan)) };
        var chain = queries.Ancestors(measure).AsEnumerable();
        if (includeSelf) chain = chain.Append(measure);
        links.AddRange(chain.Select(m => new Link($"{m.Code} {m.Title}", root + SiteUrls.Measure(plan, m))));
        return links;
    }
}
