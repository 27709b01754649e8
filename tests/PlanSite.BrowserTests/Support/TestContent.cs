using PlanSite.Content.Loading;
using PlanSite.Model;

namespace PlanSite.BrowserTests.Support;

/// <summary>
/// The repository's content/ loaded once through the real loader, so the tests follow the content:
/// expected values and the pages to scan come from the same model the site is built from.
/// </summary>
public static class TestContent
{
    private static readonly Lazy<SiteContent> SiteLazy = new(() => ContentLoader.LoadOrThrow(RepoPaths.Content));

    public static SiteContent Site => SiteLazy.Value;

    public static Plan Plan(string id) =>
        Site.Plans.FirstOrDefault(p => p.Id == id)
        ?? throw new InvalidOperationException($"content/plans/{id}/ is not in the loaded content (plans: {string.Join(", ", Site.Plans.Select(p => p.Id))}).");

    public static Measure Measure(Plan plan, string id) =>
        plan.AllMeasures.FirstOrDefault(m => m.Id == id)
        ?? throw new InvalidOperationException($"Measure {id} is not in plan {plan.Id}.");

    public static Indicator Indicator(Plan plan, string id) =>
        plan.AllIndicators.FirstOrDefault(i => i.Id == id)
        ?? throw new InvalidOperationException($"Indicator {id} is not in plan {plan.Id}.");

    /// <summary>From the top-level measure down to the measure itself.</summary>
    public static IReadOnlyList<Measure> PathTo(Plan plan, Measure measure)
    {
        var byId = plan.AllMeasures.ToDictionary(m => m.Id);
        var chain = new List<Measure> { measure };
        for (var id = measure.ParentId; id is not null && byId.TryGetValue(id, out var parent); id = parent.ParentId)
            chain.Insert(0, parent);
        return chain;
    }

    /// <summary>The series an indicator page shows: a 再掲 row shows its original's numbers.</summary>
    public static IndicatorSeries Series(Plan plan, Indicator indicator)
    {
        var source = indicator.RepeatOf is { } id ? plan.AllIndicators.FirstOrDefault(i => i.Id == id) ?? indicator : indicator;
        return IndicatorSeries.For(plan, source);
    }

    /// <summary>How a value reads on a page: as the source wrote it (numbers with thousands separators), plus its own unit.</summary>
    public static string? Shown(Value? value) => value is null ? null : value.Display + value.Unit;

    public static string PlanUrl(Plan plan) => $"plans/{plan.Id}/";

    public static string MeasureUrl(Plan plan, Measure measure) => $"plans/{plan.Id}/measures/{measure.Id}/";

    public static string IndicatorUrl(Plan plan, Indicator indicator) => $"plans/{plan.Id}/indicators/{indicator.Id}/";

    public static string ContentPageUrl(ContentPage page) => $"pages/{page.Slug}/";
}
