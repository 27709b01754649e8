using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>
/// Which measures and indicators get a page of their own. A 再掲 entry (a measure printed again
/// under another heading) does not: the document means the same project, so it links to the one
/// page of the original, and its own URL redirects there (see Site.Permalinks.ImpliedRedirects).
/// Its indicator rows that repeat an original indicator go the same way. Renderer, permanent-URL
/// check and sitemap all ask here, so they cannot disagree.
/// </summary>
public static class OwnPages
{
    public static IEnumerable<Measure> Measures(Plan plan) => plan.AllMeasures.Where(m => m.RepeatOf is null);

    public static IEnumerable<Indicator> Indicators(Plan plan) =>
        plan.AllMeasures.SelectMany(m => m.RepeatOf is null ? m.Indicators : m.Indicators.Where(i => i.RepeatOf is null));

    /// <summary>Indicator rows of 再掲 entries that lead to the original indicator instead of a page.</summary>
    public static IEnumerable<Indicator> RepeatedIndicators(Plan plan) =>
        plan.AllMeasures.Where(m => m.RepeatOf is not null).SelectMany(m => m.Indicators).Where(i => i.RepeatOf is not null);
}
