using System.Xml.Linq;

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

    /// <summary>Lays out the items from (x, y) as the top-left corner; returns the group and its bottom edge.</summary>
    public static (XElement Group, decimal Bottom) Layout(IReadOnlyList<LegendItem> items, decimal x, decimal y,
        decimal maxWidth, decimal fontSize)
    {
        var group = Svg.Group("legend");
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
            var entry = Svg.Group("legend-item " + item.CssClass);
            if (item.Swatch != LegendSwatch.None)
            {
                entry.Add(Swatch(item.Swatch, cursor, middle, fontSize));
                cursor += SwatchWidth + SwatchGap;
            }
            entry.Add(Svg.Text(cursor, middle + fontSize * 0.35m, item.Text, "legend-label", fontSize, item.Fill));
            group.Add(entry);
            cursor += TextMetrics.Width(item.Text, fontSize) + ItemGap;
        }
        return (group, rowTop + rowHeight);
    }

    public static XElement Swatch(LegendSwatch swatch, decimal x, decimal middle, decimal fontSize)
    {
        decimal h = Math.Round(fontSize * 0.8m);
        return swatch switch
        {
            LegendSwatch.Target => Svg.Rect(x + 0.75m, middle - h / 2, SwatchWidth - 1.5m, h, "swatch target",
                ChartPalette.Background, ChartPalette.Target, 1.5m, ChartPalette.TargetDash),
            LegendSwatch.Actual => Svg.Rect(x, middle - h / 2, SwatchWidth, h, "swatch actual", ChartPalette.Actual),
            LegendSwatch.Baseline => Svg.Line(x, middle, x + SwatchWidth, middle, "swatch baseline",
                ChartPalette.Baseline, 2, ChartPalette.BaselineDash),
            _ => throw new ArgumentOutOfRangeException(nameof(swatch)),
        };
    }
}
