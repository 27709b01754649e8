using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// For indicators without numbers to plot (qualitative, or only status words): one column per fiscal
/// year with the target word in a dashed cell and the actual word in a solid cell, and the grade below.
/// The row labels, with the same swatches as the bar chart, are the legend. Empty years stay empty.
/// </summary>
internal static class StatusTimelineChart
{
    public static string Render(IndicatorSeries series, ChartOptions options)
    {
        var indicator = series.Indicator;
        var years = ChartSummary.YearsOf(series);
        bool compact = options.Compact;
        decimal width = options.ViewWidth;
        decimal fontSize = compact ? 10 : 14;
        decimal smallSize = compact ? 9 : 12;
        decimal lineHeight = smallSize + 2;
        int maxLines = compact ? 2 : 3;

        decimal swatchWidth = 14;
        decimal labelWidth = 4 + swatchWidth + 4 + TextMetrics.Width("実績", fontSize) + 6;
        decimal gridLeft = labelWidth;
        decimal gridRight = width - 4;
        decimal columnWidth = (gridRight - gridLeft) / years.Count;
        if (columnWidth < 10)
            throw new ArgumentException($"Chart width {width} is too small for {years.Count} fiscal years.", nameof(options));
        decimal textWidth = columnWidth - 10;

        string CellText(Value v) => v.IsNumber ? ValueText.Format(v, indicator.Unit) : v.Raw;
        var targetLines = years.Select(y => y.Target is { } v ? TextMetrics.Wrap(CellText(v), smallSize, textWidth, maxLines) : null).ToList();
        var actualLines = years.Select(y => y.Actual is { } v ? TextMetrics.Wrap(CellText(v), smallSize, textWidth, maxLines) : null).ToList();
        decimal RowHeight(IEnumerable<IReadOnlyList<string>?> cells) =>
            Math.Max(fontSize + 12, cells.Select(c => c?.Count ?? 1).DefaultIfEmpty(1).Max() * lineHeight + 10);
        decimal targetRowHeight = RowHeight(targetLines);
        // A plan without reviews has no actual row at all rather than an empty one.
        decimal actualRowHeight = series.HasReviews ? RowHeight(actualLines) : 0;
        bool gradeRow = !compact && years.Any(y => y.Grade is not null);
        decimal headerHeight = fontSize + 8;

        // A note line above the grid for what has no cell: the baseline and the direction.
        var notes = new List<string>();
        if (indicator.Baseline is { } baseline)
        {
            string when = baseline.Label ?? baseline.FiscalYear?.EraName ?? "";
            notes.Add($"基準値{(when.Length > 0 ? $"（{when}）" : "")}：{CellText(baseline.Value)}");
        }
        if (ChartSummary.DirectionNote(indicator.Direction) is { } direction)
            notes.Add(direction);
        string? note = notes.Count == 0 ? null : TextMetrics.Wrap(string.Join("　", notes), smallSize, width - 8, 1)[0];

        decimal top = 4 + (note is null ? 0 : smallSize + 8);
        decimal targetTop = top + headerHeight;
        decimal actualTop = targetTop + targetRowHeight;
        decimal gradeTop = actualTop + actualRowHeight;
        decimal height = gradeTop + (gradeRow ? fontSize + 10 : 0) + 4;

        var root = Svg.Root(width, height, options.IdPrefix, "indicator-chart timeline",
            ChartSummary.Title(series), ChartSummary.Describe(series));

        if (note is not null)
            root.Add(Svg.Text(4, 4 + smallSize, note, "note", smallSize, ChartPalette.MutedText));

        var legend = Svg.Group("legend");
        legend.Add(RowLabel(LegendSwatch.Target, "目標", "target", targetTop, targetRowHeight, fontSize));
        if (series.HasReviews)
            legend.Add(RowLabel(LegendSwatch.Actual, "実績", "actual", actualTop, actualRowHeight, fontSize));
        if (gradeRow)
            legend.Add(RowLabel(LegendSwatch.None, "評価", "grade-row-label", gradeTop, fontSize + 10, fontSize));
        root.Add(legend);

        var header = Svg.Group("year-labels");
        decimal widest = years.Max(y => TextMetrics.Width(y.FiscalYear.ShortLabel, fontSize));
        int every = Math.Max(1, (int)Math.Ceiling((widest + 4) / columnWidth));
        for (int i = 0; i < years.Count; i += every)
        {
            header.Add(Svg.Text(gridLeft + (i + 0.5m) * columnWidth, top + fontSize + 2, years[i].FiscalYear.ShortLabel,
                "year-label", fontSize, ChartPalette.Text, "middle"));
        }
        root.Add(header);

        var cells = Svg.Group("series");
        for (int i = 0; i < years.Count; i++)
        {
            var year = years[i];
            decimal left = gridLeft + i * columnWidth;
            var group = new XElement(Svg.Ns + "g",
                new XAttribute("class", "year"),
                new XAttribute("data-fiscal-year", year.FiscalYear.StartYear.ToString(CultureInfo.InvariantCulture)));
            if (targetLines[i] is { } t)
                group.Add(Cell(left, targetTop, columnWidth, targetRowHeight, t, CellText(year.Target!), "target", year, smallSize, lineHeight));
            if (actualLines[i] is { } a)
                group.Add(Cell(left, actualTop, columnWidth, actualRowHeight, a, CellText(year.Actual!), "actual", year, smallSize, lineHeight));
            if (gradeRow && year.Grade is { } grade)
            {
                var text = Svg.Text(left + columnWidth / 2, gradeTop + fontSize + 3, grade.Key,
                    "grade " + ChartPalette.ToneClass(grade.Tone), fontSize, ChartPalette.ToneColour(grade.Tone),
                    "middle", bold: true);
                text.AddFirst(Svg.Tooltip($"{year.FiscalYear.EraName} 評価{ChartSummary.GradeName(grade)}"));
                group.Add(text);
            }
            cells.Add(group);
        }
        root.Add(cells);
        return Svg.Serialize(root);
    }

    private static XElement RowLabel(LegendSwatch swatch, string text, string cls, decimal rowTop, decimal rowHeight,
        decimal fontSize)
    {
        decimal middle = rowTop + rowHeight / 2;
        var group = Svg.Group("legend-item " + cls);
        decimal x = 4;
        if (swatch != LegendSwatch.None)
        {
            var mark = swatch == LegendSwatch.Target
                ? Svg.Rect(x + 0.75m, middle - 5, 12.5m, 10, "swatch target", ChartPalette.Background,
                    ChartPalette.Target, 1.5m, ChartPalette.TargetDash)
                : Svg.Rect(x, middle - 5, 14, 10, "swatch actual", ChartPalette.ActualCellFill, ChartPalette.Actual, 1.5m);
            group.Add(mark);
        }
        group.Add(Svg.Text(x + 18, middle + fontSize * 0.35m, text, "legend-label", fontSize,
            swatch == LegendSwatch.None ? ChartPalette.MutedText : ChartPalette.Text));
        return group;
    }

    private static XElement Cell(decimal left, decimal top, decimal width, decimal height, IReadOnlyList<string> lines,
        string fullText, string cls, IndicatorYear year, decimal smallSize, decimal lineHeight)
    {
        var group = Svg.Group("cell " + cls);
        var rect = cls == "target"
            ? Svg.Rect(left + 2.75m, top + 2.75m, width - 5.5m, height - 5.5m, "cell-box target", ChartPalette.Background,
                ChartPalette.Target, 1.5m, ChartPalette.TargetDash)
            : Svg.Rect(left + 2.75m, top + 2.75m, width - 5.5m, height - 5.5m, "cell-box actual", ChartPalette.ActualCellFill,
                ChartPalette.Actual, 1.5m);
        rect.Add(Svg.Tooltip($"{year.FiscalYear.EraName} {(cls == "target" ? "目標" : "実績")} {fullText}"));
        group.Add(rect);
        decimal firstBaseline = top + (height - lines.Count * lineHeight) / 2 + lineHeight * 0.8m;
        group.Add(Svg.MultilineText(left + width / 2, firstBaseline, lines, "word " + cls, smallSize, lineHeight,
            ChartPalette.Text));
        return group;
    }
}
