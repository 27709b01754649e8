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
        // Without any actual (a plan that states targets only) the 実績 row is left out, not drawn empty.
        bool actualRow = years.Any(y => y.Actual is not null);
        decimal actualRowHeight = actualRow ? RowHeight(actualLines) : 0;
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

        var w = SvgWriter.Rent();
        Svg.Root(w, width, height, options.IdPrefix, "indicator-chart timeline",
            ChartSummary.Title(series), ChartSummary.Describe(series));

        if (note is not null)
            Svg.Text(w, 4, 4 + smallSize, note, "note", smallSize, ChartPalette.MutedText);

        using (Svg.Group(w, "legend"))
        {
            RowLabel(w, LegendSwatch.Target, "目標", "legend-item target", targetTop, targetRowHeight, fontSize);
            if (actualRow)
                RowLabel(w, LegendSwatch.Actual, "実績", "legend-item actual", actualTop, actualRowHeight, fontSize);
            if (gradeRow)
                RowLabel(w, LegendSwatch.None, "評価", "legend-item grade-row-label", gradeTop, fontSize + 10, fontSize);
        }

        using (Svg.Group(w, "year-labels"))
        {
            decimal widest = years.Max(y => TextMetrics.Width(y.FiscalYear.ShortLabel, fontSize));
            int every = Math.Max(1, (int)Math.Ceiling((widest + 4) / columnWidth));
            for (int i = 0; i < years.Count; i += every)
            {
                Svg.Text(w, gridLeft + (i + 0.5m) * columnWidth, top + fontSize + 2, years[i].FiscalYear.ShortLabel,
                    "year-label", fontSize, ChartPalette.Text, "middle");
            }
        }

        using (Svg.Group(w, "series"))
        {
            for (int i = 0; i < years.Count; i++)
            {
                var year = years[i];
                decimal left = gridLeft + i * columnWidth;
                using var group = Svg.Group(w, "year");
                w.Attribute("data-fiscal-year", year.FiscalYear.StartYear);
                if (targetLines[i] is { } t)
                    Cell(w, left, targetTop, columnWidth, targetRowHeight, t, CellText(year.Target!), isTarget: true, year, smallSize, lineHeight);
                if (actualLines[i] is { } a)
                    Cell(w, left, actualTop, columnWidth, actualRowHeight, a, CellText(year.Actual!), isTarget: false, year, smallSize, lineHeight);
                if (gradeRow && year.Grade is { } grade)
                {
                    Svg.Text(w, left + columnWidth / 2, gradeTop + fontSize + 3, grade.Key,
                        "grade " + ChartPalette.ToneClass(grade.Tone), fontSize, ChartPalette.ToneColour(grade.Tone),
                        "middle", bold: true, tooltip: $"{year.FiscalYear.EraName} 評価{ChartSummary.GradeName(grade)}");
                }
            }
        }
        return w.Finish();
    }

    private static void RowLabel(SvgWriter w, LegendSwatch swatch, string text, string cssClass, decimal rowTop,
        decimal rowHeight, decimal fontSize)
    {
        decimal middle = rowTop + rowHeight / 2;
        using var group = Svg.Group(w, cssClass);
        decimal x = 4;
        if (swatch == LegendSwatch.Target)
            Svg.Rect(w, x + 0.75m, middle - 5, 12.5m, 10, "swatch target", ChartPalette.Background,
                ChartPalette.Target, 1.5m, ChartPalette.TargetDash);
        else if (swatch != LegendSwatch.None)
            Svg.Rect(w, x, middle - 5, 14, 10, "swatch actual", ChartPalette.ActualCellFill, ChartPalette.Actual, 1.5m);
        Svg.Text(w, x + 18, middle + fontSize * 0.35m, text, "legend-label", fontSize,
            swatch == LegendSwatch.None ? ChartPalette.MutedText : ChartPalette.Text);
    }

    private static void Cell(SvgWriter w, decimal left, decimal top, decimal width, decimal height, IReadOnlyList<string> lines,
        string fullText, bool isTarget, IndicatorYear year, decimal smallSize, decimal lineHeight)
    {
        using var group = Svg.Group(w, isTarget ? "cell target" : "cell actual");
        string tooltip = $"{year.FiscalYear.EraName} {(isTarget ? "目標" : "実績")} {fullText}";
        if (isTarget)
            Svg.Rect(w, left + 2.75m, top + 2.75m, width - 5.5m, height - 5.5m, "cell-box target", ChartPalette.Background,
                ChartPalette.Target, 1.5m, ChartPalette.TargetDash, tooltip);
        else
            Svg.Rect(w, left + 2.75m, top + 2.75m, width - 5.5m, height - 5.5m, "cell-box actual", ChartPalette.ActualCellFill,
                ChartPalette.Actual, 1.5m, tooltip: tooltip);
        decimal firstBaseline = top + (height - lines.Count * lineHeight) / 2 + lineHeight * 0.8m;
        Svg.MultilineText(w, left + width / 2, firstBaseline, lines, isTarget ? "word target" : "word actual", smallSize,
            lineHeight, ChartPalette.Text);
    }
}
