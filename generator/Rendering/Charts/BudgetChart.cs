using System.Globalization;

namespace PlanSite.Rendering.Charts;

/// <summary>One fiscal year's budget and settlement for the chart; null when not given or not determinable.</summary>
public sealed record BudgetBar(string Year, decimal? Budget, decimal? Settlement, string BudgetText, string SettlementText);

/// <summary>
/// Budget beside settlement per fiscal year as horizontal bars: the budget a dashed outline (like a target),
/// the settlement a solid fill (like an actual), each labelled with its amount as text, so neither colour
/// nor length carries the meaning alone. A figure that is missing gets no bar, only its text.
/// </summary>
public static class BudgetChart
{
    private const decimal Width = 480;
    private const decimal FontSize = 13;
    private const decimal BarHeight = 14;
    private const decimal YearGap = 12;

    public static string Render(IReadOnlyList<BudgetBar> years, string title, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(years);
        string desc = string.Join("。", years.Select(y => $"{y.Year}：予算現額 {y.BudgetText}、決算額 {y.SettlementText}")) + "。";
        if (years.Count == 0)
            return NoDataChart.Render(Width, false, idPrefix, title, desc, "budget-chart no-data");

        decimal largest = Math.Max(1, years.SelectMany(y => new[] { y.Budget ?? 0, y.Settlement ?? 0 }).Max());
        var labels = years.SelectMany(y => new[] { $"{y.Year} 予算現額", $"{y.Year} 決算額" }).ToArray();
        decimal labelWidth = labels.Max(l => TextMetrics.Width(l, FontSize));
        decimal valueWidth = years.SelectMany(y => new[] { y.BudgetText, y.SettlementText }).Max(t => TextMetrics.Width(t, FontSize));
        decimal barLeft = 8 + labelWidth + 8;
        decimal barMax = Math.Max(40, Width - 8 - valueWidth - 6 - barLeft);
        decimal rowHeight = BarHeight + 6;
        decimal height = 6 + years.Count * (2 * rowHeight + YearGap);

        var w = SvgWriter.Rent();
        Svg.Root(w, Width, height, idPrefix, "budget-chart", title, desc);
        decimal y = 6;
        foreach (var year in years)
        {
            y = Row(w, y, $"{year.Year} 予算現額", year.Budget, year.BudgetText, isBudget: true, barLeft, barMax, largest, rowHeight);
            y = Row(w, y, $"{year.Year} 決算額", year.Settlement, year.SettlementText, isBudget: false, barLeft, barMax, largest, rowHeight);
            y += YearGap;
        }
        Svg.Line(w, barLeft, 4, barLeft, height - YearGap, "zero-line", ChartPalette.Axis);
        return w.Finish();
    }

    private static decimal Row(SvgWriter w, decimal top, string label, decimal? amount, string text, bool isBudget,
        decimal barLeft, decimal barMax, decimal largest, decimal rowHeight)
    {
        decimal middle = top + rowHeight / 2;
        decimal baseline = middle + FontSize * 0.35m;
        Svg.Text(w, barLeft - 8, baseline, label, "budget-label", FontSize, ChartPalette.Text, "end");
        decimal barWidth = amount is { } a ? barMax * a / largest : 0;
        if (barWidth > 0)
        {
            string tooltip = $"{label} {text}";
            if (isBudget)
                Svg.Rect(w, barLeft, middle - BarHeight / 2, barWidth, BarHeight, "bar budget", "none", ChartPalette.Target, 1.5m,
                    ChartPalette.TargetDash, tooltip);
            else
                Svg.Rect(w, barLeft, middle - BarHeight / 2, barWidth, BarHeight, "bar settlement", ChartPalette.Actual,
                    tooltip: tooltip);
        }
        Svg.Text(w, barLeft + barWidth + 6, baseline, text, "budget-value", FontSize, ChartPalette.Text);
        return top + rowHeight;
    }

    public static string Amount(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);
}
