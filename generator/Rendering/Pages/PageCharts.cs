using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>The charts pages embed, behind one seam so page code does not depend on chart internals.</summary>
public static class PageCharts
{
    public static string Indicator(IndicatorSeries series, bool compact, string idPrefix) =>
        "<svg role=\"img\"></svg>";

    public static string Summary(IndicatorSeries series) => "";

    public static string GradeDistribution(IReadOnlyList<(Grade Grade, int Count)> counts, string title, string idPrefix) =>
        "<svg role=\"img\"></svg>";
}
