using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// How many items got each grade of the plan's scale: one horizontal bar per grade, in the order given
/// (the plan's order, best first), each labelled with key, label, count and share as text, so colour
/// (the grade's tone) never carries the meaning alone. An optional 「評価なし」 bucket comes last.
/// </summary>
public static class GradeDistributionChart
{
    private const decimal Width = 480;
    private const decimal FontSize = 14;
    private const decimal RowHeight = 30;
    private const decimal BarHeight = 18;

    /// <param name="counts">Grades with their counts, in display order. Counts must not be negative.</param>
    /// <param name="title">Accessible name, e.g. 「令和4年度の事業の評価の分布」.</param>
    /// <param name="idPrefix">Prefix of the title/desc ids; unique on the page.</param>
    /// <param name="ungraded">Count for a last 「評価なし」 bar; null for no such bar.</param>
    /// <returns>An SVG; when there are no rows at all, one that says 「データなし」.</returns>
    public static string Render(IReadOnlyList<(Grade Grade, int Count)> counts, string title, string idPrefix, int? ungraded = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(title);
        ChartIds.Validate(idPrefix);
        if (counts.Any(c => c.Count < 0) || ungraded < 0)
            throw new ArgumentOutOfRangeException(nameof(counts), "Grade counts must not be negative.");

        string desc = ChartSummary.DescribeGrades(counts, title, ungraded);
        var rows = counts
            .Select(c => (Key: c.Grade.Key, Label: ChartSummary.GradeName(c.Grade), c.Grade.Tone, c.Count))
            .ToList();
        if (ungraded is { } u)
            rows.Add((Key: "", Label: "評価なし", GradeTone.None, u));
        if (rows.Count == 0)
            return NoDataChart.Render(Width, false, idPrefix, title, desc, "grade-chart no-data");

        int total = rows.Sum(r => r.Count);
        int largest = Math.Max(1, rows.Max(r => r.Count));
        string CountText(int count) => total == 0
            ? $"{count}件"
            : $"{count}件（{Math.Round(count * 100m / total, MidpointRounding.AwayFromZero):0}%）";

        decimal labelWidth = rows.Max(r => TextMetrics.Width(r.Label, FontSize));
        decimal countWidth = rows.Max(r => TextMetrics.Width(CountText(r.Count), FontSize));
        decimal barLeft = 8 + labelWidth + 10;
        decimal barMax = Width - 8 - countWidth - 8 - barLeft;
        if (barMax < 40)
            barMax = 40;
        decimal top = 6;
        decimal height = top + rows.Count * RowHeight + FontSize + 14;

        var w = SvgWriter.Rent();
        Svg.Root(w, Width, height, idPrefix, "grade-chart", title, desc);
        Svg.Line(w, barLeft, top, barLeft, top + rows.Count * RowHeight, "zero-line", ChartPalette.Axis);
        using (Svg.Group(w, "series"))
        {
            for (int i = 0; i < rows.Count; i++)
            {
                var (key, label, tone, count) = rows[i];
                string cls = (key.Length == 0 ? "ungraded " : "") + ChartPalette.ToneClass(tone);
                decimal rowTop = top + i * RowHeight;
                decimal middle = rowTop + RowHeight / 2;
                using var row = Svg.Group(w, "grade-row " + cls);
                if (key.Length > 0)
                    w.Attribute("data-grade", key);
                Svg.Text(w, barLeft - 10, middle + FontSize * 0.35m, label, "grade-label", FontSize, ChartPalette.Text, "end");
                decimal barWidth = barMax * count / largest;
                if (count > 0)
                    Svg.Rect(w, barLeft, middle - BarHeight / 2, barWidth, BarHeight, "bar " + cls,
                        ChartPalette.ToneColour(tone), tooltip: $"{label} {CountText(count)}");
                Svg.Text(w, barLeft + barWidth + 6, middle + FontSize * 0.35m, CountText(count), "count", FontSize, ChartPalette.Text);
            }
        }
        Svg.Text(w, 8, top + rows.Count * RowHeight + FontSize + 6, $"合計 {total}件", "total", FontSize, ChartPalette.MutedText);
        return w.Finish();
    }
}
