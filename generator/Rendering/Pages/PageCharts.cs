using PlanSite.Model;
using PlanSite.Rendering.Charts;

namespace PlanSite.Rendering.Pages;

/// <summary>The charts pages embed, behind one seam so page code does not depend on chart internals.</summary>
public static class PageCharts
{
    public static string Indicator(IndicatorSeries series, bool compact, string idPrefix) =>
        IndicatorChart.Render(series, new ChartOptions { Compact = compact, IdPrefix = idPrefix });

    public static string GradeDistribution(IReadOnlyList<(Grade Grade, int Count)> counts, string title, string idPrefix, int ungraded) =>
        GradeDistributionChart.Render(counts, title, idPrefix, ungraded > 0 ? ungraded : null);
}
