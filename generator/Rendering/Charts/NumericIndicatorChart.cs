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

        var w = SvgWriter.Rent();
        Svg.Root(w, width, height, options.IdPrefix, "indicator-chart numeric",
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
        // The legend is the root's first drawn child, and its height decides where the plot starts.
        decimal legendBottom = ChartLegend.Write(w, legendItems, 4, 2, width - 8, fontSize);

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

        Axis(w, layout, ticks, smallSize);

        var (showTargetLabels, showActualLabels) = ValueLabelsFit(years, indicator, layout, smallSize, compact);
        using (Svg.Group(w, "series"))
        {
            for (int i = 0; i < years.Count; i++)
            {
                var year = years[i];
                decimal slotLeft = plotLeft + i * slotWidth;
                decimal groupLeft = slotLeft + (slotWidth - groupWidth) / 2;
                using var group = Svg.Group(w, "year");
                w.Attribute("data-fiscal-year", year.FiscalYear.StartYear);
                if (year.FiscalYear == baselineYear)
                    BaselineBar(w, year, baselineValue!, slotLeft + (slotWidth - barWidth) / 2, layout, indicator, smallSize, !compact);
                ValueMark(w, year, Kind.Target, year.Target, groupLeft, layout, indicator, smallSize, showTargetLabels);
                ValueMark(w, year, Kind.Actual, year.Actual, groupLeft + barWidth + gap, layout, indicator, smallSize, showActualLabels);
            }
        }

        if (baselineValue is not null)
            // With its own bar the baseline is already labelled; a second label would crowd the target.
            BaselineLine(w, indicator, baselineValue, layout, smallSize, labelled: !compact && !years.Any(y => y.FiscalYear == baselineYear));

        YearLabels(w, years, layout, fontSize);
        if (gradeRow)
            GradeRow(w, years, layout, fontSize, plotBottom + rowHeight);

        return w.Finish();
    }

    private static void Axis(SvgWriter w, Layout layout, IReadOnlyList<decimal> ticks, decimal smallSize)
    {
        using var axis = Svg.Group(w, "axis");
        foreach (var tick in ticks)
        {
            decimal y = layout.Y(tick);
            if (tick != 0)
                Svg.Line(w, layout.PlotLeft, y, layout.PlotRight, y, "grid", ChartPalette.Grid);
            Svg.Text(w, layout.PlotLeft - 6, y + smallSize * 0.35m, AxisScale.FormatTick(tick), "tick",
                smallSize, ChartPalette.MutedText, "end");
        }
        decimal zero = layout.Y(0);
        Svg.Line(w, layout.PlotLeft, zero, layout.PlotRight, zero, "zero-line", ChartPalette.Axis);
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

    private static void BaselineBar(SvgWriter w, IndicatorYear year, Value value, decimal x, Layout layout,
        Indicator indicator, decimal smallSize, bool showLabel)
    {
        decimal number = value.Number!.Value;
        decimal top = layout.Y(Math.Max(number, 0));
        decimal bottom = layout.Y(Math.Min(number, 0));
        string when = indicator.Baseline!.Label ?? year.FiscalYear.EraName;
        Svg.Rect(w, x, top, layout.BarWidth, Math.Max(bottom - top, 0.5m), "baseline bar", ChartPalette.Baseline,
            tooltip: $"基準値（{when}） {ValueText.Format(value, indicator.Unit)}");
        if (showLabel)
            Svg.Text(w, x + layout.BarWidth / 2, number >= 0 ? top - 3 : bottom + smallSize + 1, ValueText.Short(value),
                "value-label baseline", smallSize, ChartPalette.Baseline, "middle", halo: true);
    }

    /// <summary>The names, classes and colour of a target's or an actual's marks, spelled out once
    /// rather than concatenated for every bar.</summary>
    private sealed record Style(string Name, string Class, string Colour, string Bar, string ZeroBar, string ValueLabel,
        string Word, string VerticalWord)
    {
        public static readonly Style Target = new("目標", "target", ChartPalette.Target,
            "target bar", "target bar-zero", "value-label target", "word target", "word target vertical");
        public static readonly Style Actual = new("実績", "actual", ChartPalette.Actual,
            "actual bar", "actual bar-zero", "value-label actual", "word actual", "word actual vertical");
    }

    private static void ValueMark(SvgWriter w, IndicatorYear year, Kind kind, Value? value, decimal x, Layout layout,
        Indicator indicator, decimal smallSize, bool showLabel)
    {
        if (value is null)
            return;
        var style = kind == Kind.Target ? Style.Target : Style.Actual;
        decimal centre = x + layout.BarWidth / 2;

        if (!ValueText.IsPlottable(value, indicator))
        {
            WordLabel(w, value, indicator, style, centre, layout, smallSize);
            return;
        }

        string tooltip = $"{year.FiscalYear.EraName} {style.Name} {ValueText.Format(value, indicator.Unit)}";
        decimal number = value.Number!.Value;
        decimal top = layout.Y(Math.Max(number, 0));
        decimal bottom = layout.Y(Math.Min(number, 0));
        if (bottom - top < 0.5m)
        {
            // A true zero: a thick mark on the zero line instead of an invisible bar.
            decimal zero = layout.Y(0);
            Svg.Line(w, x, zero, x + layout.BarWidth, zero, style.ZeroBar, style.Colour, 3,
                kind == Kind.Target ? ChartPalette.TargetDash : null, tooltip);
        }
        else if (kind == Kind.Target)
        {
            Svg.Rect(w, x + 0.75m, top + 0.75m, layout.BarWidth - 1.5m, Math.Max(bottom - top - 1.5m, 0.5m),
                style.Bar, ChartPalette.Background, style.Colour, 1.5m, ChartPalette.TargetDash, tooltip);
        }
        else
        {
            Svg.Rect(w, x, top, layout.BarWidth, bottom - top, style.Bar, style.Colour, tooltip: tooltip);
        }

        if (showLabel)
        {
            decimal labelY = number >= 0 ? top - 3 : bottom + smallSize + 1;
            Svg.Text(w, centre, labelY, ValueText.Short(value), style.ValueLabel, smallSize, style.Colour,
                "middle", halo: true);
        }
    }

    /// <summary>A word (実現, 一部実現, -, 未定 …) written just above the zero line at its year's place;
    /// set vertically, one character per line, when it is wider than the bar's place.</summary>
    private static void WordLabel(SvgWriter w, Value value, Indicator indicator, Style style, decimal centre,
        Layout layout, decimal smallSize)
    {
        string text = value.IsNumber ? ValueText.Format(value, indicator.Unit) : value.Raw;
        string tooltip = $"{style.Name} {text}";
        decimal baseY = layout.Y(0) - 6;
        decimal room = layout.BarWidth + layout.Gap - 2; // so the target's and the actual's words never touch
        if (TextMetrics.Width(text, smallSize) <= room)
        {
            Svg.Text(w, centre, baseY, text, style.Word, smallSize, style.Colour, "middle", halo: true, tooltip: tooltip);
            return;
        }
        decimal lineHeight = smallSize + 1;
        int maxLines = Math.Max(1, (int)Math.Floor((baseY - layout.PlotTop) / lineHeight));
        var characters = TextMetrics.Characters(text).ToList();
        if (characters.Count > maxLines)
            characters = characters.Take(maxLines - 1).Append("…").ToList();
        decimal firstBaseline = baseY - (characters.Count - 1) * lineHeight;
        Svg.VerticalText(w, centre, firstBaseline, characters, style.VerticalWord, smallSize, lineHeight, style.Colour, tooltip);
    }

    private static void BaselineLine(SvgWriter w, Indicator indicator, Value value, Layout layout, decimal smallSize, bool labelled)
    {
        decimal y = layout.Y(value.Number!.Value);
        using var group = Svg.Group(w, "baseline");
        string when = indicator.Baseline!.Label ?? indicator.Baseline.FiscalYear?.EraName ?? "";
        string text = $"基準値 {ValueText.Short(value)}" + (when.Length > 0 ? $"（{when}）" : "");
        Svg.Line(w, layout.PlotLeft, y, layout.PlotRight, y, "baseline-line", ChartPalette.Baseline, 2,
            ChartPalette.BaselineDash, text);
        if (labelled)
        {
            decimal labelY = y - 4 - smallSize < layout.PlotTop ? y + smallSize + 3 : y - 4;
            Svg.Text(w, layout.PlotRight - 2, labelY, text, "baseline-label", smallSize, ChartPalette.Baseline,
                "end", halo: true);
        }
    }

    private static void YearLabels(SvgWriter w, IReadOnlyList<IndicatorYear> years, Layout layout, decimal fontSize)
    {
        using var group = Svg.Group(w, "year-labels");
        decimal widest = years.Max(y => TextMetrics.Width(y.FiscalYear.ShortLabel, fontSize));
        int every = Math.Max(1, (int)Math.Ceiling((widest + 4) / layout.SlotWidth));
        decimal y0 = layout.PlotBottom + fontSize + 4;
        for (int i = 0; i < years.Count; i += every)
        {
            decimal centre = layout.PlotLeft + (i + 0.5m) * layout.SlotWidth;
            Svg.Text(w, centre, y0, years[i].FiscalYear.ShortLabel, "year-label", fontSize, ChartPalette.Text, "middle");
        }
    }

    private static void GradeRow(SvgWriter w, IReadOnlyList<IndicatorYear> years, Layout layout, decimal fontSize, decimal rowTop)
    {
        using var group = Svg.Group(w, "grades");
        decimal baseline = rowTop + fontSize + 4;
        Svg.Text(w, layout.PlotLeft - 6, baseline, "評価", "grade-row-label", fontSize, ChartPalette.MutedText, "end");
        for (int i = 0; i < years.Count; i++)
        {
            if (years[i].Grade is not { } grade)
                continue;
            decimal centre = layout.PlotLeft + (i + 0.5m) * layout.SlotWidth;
            Svg.Text(w, centre, baseline, grade.Key, "grade " + ChartPalette.ToneClass(grade.Tone), fontSize,
                ChartPalette.ToneColour(grade.Tone), "middle", bold: true,
                tooltip: $"{years[i].FiscalYear.EraName} 評価{ChartSummary.GradeName(grade)}");
        }
    }
}
