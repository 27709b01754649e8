using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// Targets and actuals as grouped bars per fiscal year: the target a dashed outline on the left, the
/// actual a solid bar on the right, the baseline a dash-dot line across. Bars start at zero. Words and
/// numbers in another unit are written as text at their place, never drawn as bars; missing years stay empty.
/// </summary>
internal static class NumericIndicatorChart
{
    private enum Kind { Target, Actual }

    private sealed record Layout(
        decimal PlotLeft, decimal PlotRight, decimal PlotTop, decimal PlotBottom,
        decimal SlotWidth, decimal GroupWidth, decimal BarWidth, decimal Gap, AxisScale Scale)
    {
        public decimal Y(decimal value) => PlotBottom - Scale.Fraction(value) * (PlotBottom - PlotTop);
    }

    public static string Render(IndicatorSeries series, ChartOptions options)
    {
        var indicator = series.Indicator;
        var baselineValue = indicator.Baseline?.Value is { } b && ValueText.IsPlottable(b, indicator) ? b : null;
        var baselineYear = baselineValue is null ? null : indicator.Baseline!.FiscalYear;
        var years = WithBaselineYears(ChartSummary.YearsOf(series), baselineYear);
        bool compact = options.Compact;
        decimal width = options.ViewWidth;
        decimal height = options.ViewHeight;
        decimal fontSize = compact ? 10 : 14;
        decimal smallSize = compact ? 9 : 12;

        var root = Svg.Root(width, height, options.IdPrefix, "indicator-chart numeric",
            ChartSummary.Title(series), ChartSummary.Describe(series));

        var plotted = years
            .SelectMany(y => new[] { y.Target, y.Actual })
            .Append(baselineValue)
            .Where(v => ValueText.IsPlottable(v, indicator))
            .Select(v => v!.Number!.Value);
        var scale = AxisScale.For(plotted, compact ? 2 : 5);

        // Legend across the top.
        // No 実績 key for bars that are not there; a plan that publishes no reviews says so instead.
        var legendItems = new List<LegendItem> { new(LegendSwatch.Target, "目標", "target") };
        if (years.Any(y => y.Actual is not null))
            legendItems.Add(new(LegendSwatch.Actual, "実績", "actual"));
        else if (!series.HasReviews)
            legendItems.Add(new(LegendSwatch.None, "実績の公表なし", "no-actuals", ChartPalette.MutedText));
        if (baselineValue is not null)
            legendItems.Add(new(LegendSwatch.Baseline, "基準値", "baseline"));
        if (ChartSummary.DirectionNote(indicator.Direction) is { } direction)
            legendItems.Add(new(LegendSwatch.None, direction, "direction", ChartPalette.Text));
        if (!string.IsNullOrEmpty(indicator.Unit))
            legendItems.Add(new(LegendSwatch.None, $"単位：{indicator.Unit}", "unit", ChartPalette.MutedText));
        var (legend, legendBottom) = ChartLegend.Layout(legendItems, 4, 2, width - 8, fontSize);

        // Plot area.
        var ticks = compact
            ? new[] { scale.Min, 0m, scale.Max }.Distinct().Order().ToList()
            : scale.Ticks.ToList();
        decimal tickLabelWidth = ticks.Max(t => TextMetrics.Width(AxisScale.FormatTick(t), smallSize));
        bool gradeRow = !compact && years.Any(y => y.Grade is not null);
        decimal rowHeight = fontSize + 6;
        decimal plotLeft = Math.Max(4 + tickLabelWidth + 6, gradeRow ? 4 + TextMetrics.Width("評価", fontSize) + 6 : 0);
        decimal plotRight = width - 6;
        decimal plotTop = legendBottom + (compact ? 8 : 16);
        decimal plotBottom = height - 4 - rowHeight - (gradeRow ? rowHeight : 0);
        if (plotBottom - plotTop < 24 || plotRight - plotLeft < 12 * years.Count)
            throw new ArgumentException($"Chart size {width}×{height} is too small for {years.Count} fiscal years.", nameof(options));

        decimal slotWidth = (plotRight - plotLeft) / years.Count;
        decimal groupWidth = slotWidth * 0.72m;
        decimal gap = Math.Min(4, slotWidth * 0.06m);
        decimal barWidth = (groupWidth - gap) / 2;
        var layout = new Layout(plotLeft, plotRight, plotTop, plotBottom, slotWidth, groupWidth, barWidth, gap, scale);

        root.Add(legend);
        root.Add(Axis(layout, ticks, smallSize));

        var (showTargetLabels, showActualLabels) = ValueLabelsFit(years, indicator, layout, smallSize, compact);
        var bars = Svg.Group("series");
        for (int i = 0; i < years.Count; i++)
        {
            var year = years[i];
            decimal slotLeft = plotLeft + i * slotWidth;
            decimal groupLeft = slotLeft + (slotWidth - groupWidth) / 2;
            var group = new XElement(Svg.Ns + "g",
                new XAttribute("class", "year"),
                new XAttribute("data-fiscal-year", year.FiscalYear.StartYear.ToString(CultureInfo.InvariantCulture)));
            if (year.FiscalYear == baselineYear)
                AddBaselineBar(group, year, baselineValue!, slotLeft + (slotWidth - barWidth) / 2, layout, indicator, smallSize, !compact);
            AddValue(group, year, Kind.Target, year.Target, groupLeft, layout, indicator, smallSize, showTargetLabels);
            AddValue(group, year, Kind.Actual, year.Actual, groupLeft + barWidth + gap, layout, indicator, smallSize, showActualLabels);
            bars.Add(group);
        }
        root.Add(bars);

        if (baselineValue is not null)
            // With its own bar the baseline is already labelled; a second label would crowd the target.
            root.Add(BaselineLine(indicator, baselineValue, layout, smallSize, labelled: !compact && !years.Any(y => y.FiscalYear == baselineYear)));

        root.Add(YearLabels(years, layout, fontSize));
        if (gradeRow)
            root.Add(GradeRow(years, layout, fontSize, plotBottom + rowHeight));

        return Svg.Serialize(root);
    }

    private static XElement Axis(Layout layout, IReadOnlyList<decimal> ticks, decimal smallSize)
    {
        var axis = Svg.Group("axis");
        foreach (var tick in ticks)
        {
            decimal y = layout.Y(tick);
            if (tick != 0)
                axis.Add(Svg.Line(layout.PlotLeft, y, layout.PlotRight, y, "grid", ChartPalette.Grid));
            axis.Add(Svg.Text(layout.PlotLeft - 6, y + smallSize * 0.35m, AxisScale.FormatTick(tick), "tick",
                smallSize, ChartPalette.MutedText, "end"));
        }
        decimal zero = layout.Y(0);
        axis.Add(Svg.Line(layout.PlotLeft, zero, layout.PlotRight, zero, "zero-line", ChartPalette.Axis));
        return axis;
    }

    /// <summary>Value labels are drawn only when none of them can collide: targets' labels need room
    /// beside the actuals'; in compact charts none are drawn (the text alternative has every value).</summary>
    private static (bool Targets, bool Actuals) ValueLabelsFit(IReadOnlyList<IndicatorYear> years, Indicator indicator,
        Layout layout, decimal smallSize, bool compact)
    {
        if (compact)
            return (false, false);
        decimal Widest(Func<IndicatorYear, Value?> pick) => years
            .Select(pick)
            .Where(v => ValueText.IsPlottable(v, indicator))
            .Select(v => TextMetrics.Width(ValueText.Short(v!), smallSize))
            .DefaultIfEmpty(0)
            .Max();
        decimal target = Widest(y => y.Target);
        decimal actual = Widest(y => y.Actual);
        bool actuals = actual <= layout.SlotWidth - 4;
        decimal pair = (target + actual) / 2 + 3;
        bool targets = target <= layout.SlotWidth - 4
                       && pair <= layout.BarWidth + layout.Gap
                       && pair <= layout.SlotWidth - layout.BarWidth - layout.Gap;
        return (targets, actuals);
    }

    /// <summary>
    /// A baseline measured before the plan period (坂戸市: H27末 for a plan from H29) gets its own place on
    /// the fiscal-year axis, so baseline → current → target read as points in time, spaced as they were.
    /// </summary>
    private static IReadOnlyList<IndicatorYear> WithBaselineYears(IReadOnlyList<IndicatorYear> years, FiscalYear? baselineYear)
    {
        if (baselineYear is not { } from || years.Count == 0 || from.StartYear >= years[0].FiscalYear.StartYear)
            return years;
        return Enumerable.Range(from.StartYear, years[0].FiscalYear.StartYear - from.StartYear)
            .Select(y => new IndicatorYear(new FiscalYear(y), null, null, null, null))
            .Concat(years)
            .ToList();
    }

    private static void AddBaselineBar(XElement group, IndicatorYear year, Value value, decimal x, Layout layout,
        Indicator indicator, decimal smallSize, bool showLabel)
    {
        decimal number = value.Number!.Value;
        decimal top = layout.Y(Math.Max(number, 0));
        decimal bottom = layout.Y(Math.Min(number, 0));
        var mark = Svg.Rect(x, top, layout.BarWidth, Math.Max(bottom - top, 0.5m), "baseline bar", ChartPalette.Baseline);
        string when = indicator.Baseline!.Label ?? year.FiscalYear.EraName;
        mark.Add(Svg.Tooltip($"基準値（{when}） {ValueText.Format(value, indicator.Unit)}"));
        group.Add(mark);
        if (showLabel)
            group.Add(Svg.Text(x + layout.BarWidth / 2, number >= 0 ? top - 3 : bottom + smallSize + 1, ValueText.Short(value),
                "value-label baseline", smallSize, ChartPalette.Baseline, "middle", halo: true));
    }

    private static void AddValue(XElement group, IndicatorYear year, Kind kind, Value? value, decimal x, Layout layout,
        Indicator indicator, decimal smallSize, bool showLabel)
    {
        if (value is null)
            return;
        string name = kind == Kind.Target ? "目標" : "実績";
        string cls = kind == Kind.Target ? "target" : "actual";
        string colour = kind == Kind.Target ? ChartPalette.Target : ChartPalette.Actual;
        string tooltip = $"{year.FiscalYear.EraName} {name} {ValueText.Format(value, indicator.Unit)}";
        decimal centre = x + layout.BarWidth / 2;

        if (!ValueText.IsPlottable(value, indicator))
        {
            group.Add(WordLabel(value, indicator, cls, colour, centre, layout, smallSize));
            return;
        }

        decimal number = value.Number!.Value;
        decimal top = layout.Y(Math.Max(number, 0));
        decimal bottom = layout.Y(Math.Min(number, 0));
        XElement mark;
        if (bottom - top < 0.5m)
        {
            // A true zero: a thick mark on the zero line instead of an invisible bar.
            decimal zero = layout.Y(0);
            mark = Svg.Line(x, zero, x + layout.BarWidth, zero, $"{cls} bar-zero", colour, 3,
                kind == Kind.Target ? ChartPalette.TargetDash : null);
        }
        else if (kind == Kind.Target)
        {
            mark = Svg.Rect(x + 0.75m, top + 0.75m, layout.BarWidth - 1.5m, Math.Max(bottom - top - 1.5m, 0.5m),
                $"{cls} bar", ChartPalette.Background, colour, 1.5m, ChartPalette.TargetDash);
        }
        else
        {
            mark = Svg.Rect(x, top, layout.BarWidth, bottom - top, $"{cls} bar", colour);
        }
        mark.Add(Svg.Tooltip(tooltip));
        group.Add(mark);

        if (showLabel)
        {
            decimal labelY = number >= 0 ? top - 3 : bottom + smallSize + 1;
            group.Add(Svg.Text(centre, labelY, ValueText.Short(value), $"value-label {cls}", smallSize, colour,
                "middle", halo: true));
        }
    }

    /// <summary>A word (実現, 一部実現, -, 未定 …) written just above the zero line at its year's place;
    /// set vertically, one character per line, when it is wider than the bar's place.</summary>
    private static XElement WordLabel(Value value, Indicator indicator, string cls, string colour, decimal centre,
        Layout layout, decimal smallSize)
    {
        string text = value.IsNumber ? ValueText.Format(value, indicator.Unit) : value.Raw;
        decimal baseY = layout.Y(0) - 6;
        decimal room = layout.BarWidth + layout.Gap - 2; // so the target's and the actual's words never touch
        XElement label;
        if (TextMetrics.Width(text, smallSize) <= room)
        {
            label = Svg.Text(centre, baseY, text, $"word {cls}", smallSize, colour, "middle", halo: true);
        }
        else
        {
            decimal lineHeight = smallSize + 1;
            int maxLines = Math.Max(1, (int)Math.Floor((baseY - layout.PlotTop) / lineHeight));
            var characters = TextMetrics.Characters(text).ToList();
            if (characters.Count > maxLines)
                characters = characters.Take(maxLines - 1).Append("…").ToList();
            decimal firstBaseline = baseY - (characters.Count - 1) * lineHeight;
            label = Svg.VerticalText(centre, firstBaseline, characters, $"word {cls} vertical", smallSize, lineHeight, colour);
        }
        label.AddFirst(Svg.Tooltip($"{(cls == "target" ? "目標" : "実績")} {text}"));
        return label;
    }

    private static XElement BaselineLine(Indicator indicator, Value value, Layout layout, decimal smallSize, bool labelled)
    {
        decimal y = layout.Y(value.Number!.Value);
        var group = Svg.Group("baseline");
        string when = indicator.Baseline!.Label ?? indicator.Baseline.FiscalYear?.EraName ?? "";
        string text = $"基準値 {ValueText.Short(value)}" + (when.Length > 0 ? $"（{when}）" : "");
        var line = Svg.Line(layout.PlotLeft, y, layout.PlotRight, y, "baseline-line", ChartPalette.Baseline, 2,
            ChartPalette.BaselineDash);
        line.Add(Svg.Tooltip(text));
        group.Add(line);
        if (labelled)
        {
            decimal labelY = y - 4 - smallSize < layout.PlotTop ? y + smallSize + 3 : y - 4;
            group.Add(Svg.Text(layout.PlotRight - 2, labelY, text, "baseline-label", smallSize, ChartPalette.Baseline,
                "end", halo: true));
        }
        return group;
    }

    private static XElement YearLabels(IReadOnlyList<IndicatorYear> years, Layout layout, decimal fontSize)
    {
        var group = Svg.Group("year-labels");
        decimal widest = years.Max(y => TextMetrics.Width(y.FiscalYear.ShortLabel, fontSize));
        int every = Math.Max(1, (int)Math.Ceiling((widest + 4) / layout.SlotWidth));
        decimal y0 = layout.PlotBottom + fontSize + 4;
        for (int i = 0; i < years.Count; i += every)
        {
            decimal centre = layout.PlotLeft + (i + 0.5m) * layout.SlotWidth;
            group.Add(Svg.Text(centre, y0, years[i].FiscalYear.ShortLabel, "year-label", fontSize, ChartPalette.Text, "middle"));
        }
        return group;
    }

    private static XElement GradeRow(IReadOnlyList<IndicatorYear> years, Layout layout, decimal fontSize, decimal rowTop)
    {
        var group = Svg.Group("grades");
        decimal baseline = rowTop + fontSize + 4;
        group.Add(Svg.Text(layout.PlotLeft - 6, baseline, "評価", "grade-row-label", fontSize, ChartPalette.MutedText, "end"));
        for (int i = 0; i < years.Count; i++)
        {
            if (years[i].Grade is not { } grade)
                continue;
            decimal centre = layout.PlotLeft + (i + 0.5m) * layout.SlotWidth;
            var text = Svg.Text(centre, baseline, grade.Key, "grade " + ChartPalette.ToneClass(grade.Tone), fontSize,
                ChartPalette.ToneColour(grade.Tone), "middle", bold: true);
            text.AddFirst(Svg.Tooltip($"{years[i].FiscalYear.EraName} 評価{ChartSummary.GradeName(grade)}"));
            group.Add(text);
        }
        return group;
    }
}
