using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>A small SVG that says 「データなし」, for indicators with neither targets nor actuals, so the
/// page keeps the same shape and the same accessible name and description as any other chart.</summary>
internal static class NoDataChart
{
    public const string Text = "データなし";

    public static string Render(IndicatorSeries series, ChartOptions options) =>
        Render(options.ViewWidth, options.Compact, options.IdPrefix, ChartSummary.Title(series),
            ChartSummary.Describe(series), "indicator-chart no-data");

    public static string Render(decimal width, bool compact, string idPrefix, string title, string desc, string cssClass)
    {
        decimal fontSize = compact ? 10 : 14;
        decimal height = compact ? 32 : 48;
        var w = SvgWriter.Rent();
        Svg.Root(w, width, height, idPrefix, cssClass, title, desc);
        Svg.Rect(w, 1, 1, width - 2, height - 2, "frame", ChartPalette.Background, ChartPalette.Grid, 1);
        Svg.Text(w, width / 2, height / 2 + fontSize * 0.35m, Text, "no-data-label", fontSize,
            ChartPalette.MutedText, "middle");
        return w.Finish();
    }
}
