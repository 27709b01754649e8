namespace PlanSite.Rendering.Charts;

internal enum LegendSwatch { None, Target, Actual, Baseline }

internal sealed record LegendItem(LegendSwatch Swatch, string Text, string CssClass, string Fill = ChartPalette.Text);

/// <summary>The in-SVG legend: swatches that repeat the series' shapes (dashed outline, solid fill,
/// dash-dot line) followed by their names, flowing onto further rows when the width runs out.</summary>
internal static class ChartLegend
{
    private const decimal SwatchWidth = 18;
    private const decimal SwatchGap = 5;
    private const decimal ItemGap = 16;

    /// <summary>Writes the items from (x, y) as the top-left corner; returns the legend's bottom edge, where the
    /// plot can start.</summary>
    public static decimal Write(SvgWriter w, IReadOnlyList<LegendItem> items, decimal x, decimal y,
        decimal maxWidth, decimal fontSize)
    {
        using var group = Svg.Group(w, "legend");
        decimal rowHeight = fontSize + 6;
        decimal cursor = x;
        decimal rowTop = y;
        foreach (var original in items)
        {
            // An item never needs more than a row: overly long text (a long unit) is shortened with "…".
            decimal swatchRoom = original.Swatch == LegendSwatch.None ? 0 : SwatchWidth + SwatchGap;
            var item = original with { Text = TextMetrics.Wrap(original.Text, fontSize, maxWidth - swatchRoom, 1)[0] };
            decimal itemWidth = (item.Swatch == LegendSwatch.None ? 0 : SwatchWidth + SwatchGap)
                                + TextMetrics.Width(item.Text, fontSize);
            if (cursor > x && cursor + itemWidth > x + maxWidth)
            {
                cursor = x;
                rowTop += rowHeight;
            }
            decimal middle = rowTop + rowHeight / 2;
            using (Svg.Group(w, "legend-item " + item.CssClass))
            {
                if (item.Swatch != LegendSwatch.None)
                {
                    Swatch(w, item.Swatch, cursor, middle, fontSize);
                    cursor += SwatchWidth + SwatchGap;
                }
                Svg.Text(w, cursor, middle + fontSize * 0.35m, item.Text, "legend-label", fontSize, item.Fill);
            }
            cursor += TextMetrics.Width(item.Text, fontSize) + ItemGap;
        }
        return rowTop + rowHeight;
    }

    public static void Swatch(SvgWriter w, LegendSwatch swatch, decimal x, decimal middle, decimal fontSize)
    {
        decimal h = Math.Round(fontSize * 0.8m);
        switch (swatch)
        {
            case LegendSwatch.Target:
                Svg.Rect(w, x + 0.75m, middle - h / 2, SwatchWidth - 1.5m, h, "swatch target",
                    ChartPalette.Background, ChartPalette.Target, 1.5m, ChartPalette.TargetDash);
                break;
            case LegendSwatch.Actual:
                Svg.Rect(w, x, middle - h / 2, SwatchWidth, h, "swatch actual", ChartPalette.Actual);
                break;
            case LegendSwatch.Baseline:
                Svg.Line(w, x, middle, x + SwatchWidth, middle, "swatch baseline",
                    ChartPalette.Baseline, 2, ChartPalette.BaselineDash);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(swatch));
        }
    }
}
