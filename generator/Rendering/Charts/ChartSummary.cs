using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// The Japanese text alternatives of the charts. Used for the SVG &lt;desc&gt; and exposed so a page can
/// print the same sentence beside the chart.
/// </summary>
public static class ChartSummary
{
    /// <summary>Sentence for a plan that has published no results: its charts show targets only.</summary>
    public const string NoReviews = "この計画には実績・評価の公表がまだありません。";

    /// <summary>Short accessible name of an indicator chart: 「{指標名}の目標と実績」 (「…の目標」 for a plan without reviews).</summary>
    public static string Title(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.HasReviews ? $"{series.Indicator.Name}の目標と実績" : $"{series.Indicator.Name}の目標";
    }

    /// <summary>
    /// Every year of the plan period that has anything, in order, e.g.
    /// 「RPAによる職員運用業務の削減（時間）：令和3年度 目標10.8時間・実績5.7時間（評価B）、令和4年度 …。」
    /// The direction (小さいほど良い / 維持が目標), the baseline and the final target are included when
    /// present; words are quoted (目標「実現」); years with nothing are left out.
    /// </summary>
    public static string Describe(IndicatorSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var indicator = series.Indicator;
        string? direction = DirectionNote(indicator.Direction);
        var text = new System.Text.StringBuilder();
        text.Append(indicator.Name);
        if (direction is not null)
            text.Append('（').Append(direction).Append('）');
        text.Append('：');

        if (indicator.Baseline is { } baseline)
        {
            string? when = baseline.Label ?? baseline.FiscalYear?.EraName;
            text.Append("基準値");
            if (!string.IsNullOrEmpty(when))
                text.Append('（').Append(when).Append('）');
            text.Append(Phrase(baseline.Value, indicator.Unit)).Append('。');
        }

        var years = YearsOf(series)
            .Select(y => YearPhrase(y, indicator.Unit))
            .Where(p => p is not null)
            .ToList();
        text.Append(years.Count == 0 ? "目標・実績の記載なし" : string.Join("、", years)).Append('。');

        if (indicator.FinalTarget is { } final)
        {
            text.Append("最終目標");
            if (!string.IsNullOrEmpty(final.Label))
                text.Append('（').Append(final.Label).Append('）');
            text.Append(Phrase(final.Value, indicator.Unit)).Append('。');
        }
        if (!series.HasReviews)
            text.Append(NoReviews);
        return text.ToString();
    }

    /// <summary>「小さいほど良い」 for Decrease, 「維持が目標」 for Maintain, otherwise null (larger is better
    /// is the default reading and is not announced; qualitative indicators have no direction).</summary>
    public static string? DirectionNote(Direction direction) => direction switch
    {
        Direction.Decrease => "小さいほど良い",
        Direction.Maintain => "維持が目標",
        _ => null,
    };

    /// <summary>Text alternative of a grade distribution: 「{title}：A（順調）5件、B（概ね順調）2件、評価なし1件。合計8件。」</summary>
    public static string DescribeGrades(IReadOnlyList<(Grade Grade, int Count)> counts, string title, int? ungraded = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var parts = counts.Select(c => $"{GradeName(c.Grade)}{c.Count}件").ToList();
        if (ungraded is { } u)
            parts.Add($"評価なし{u}件");
        int total = counts.Sum(c => c.Count) + (ungraded ?? 0);
        if (parts.Count == 0)
            return $"{title}：データなし。";
        return $"{title}：{string.Join("、", parts)}。合計{total}件。";
    }

    /// <summary>「A（順調）」, or just the key when the label adds nothing.</summary>
    internal static string GradeName(Grade grade) =>
        string.IsNullOrEmpty(grade.Label) || grade.Label == grade.Key ? grade.Key : $"{grade.Key}（{grade.Label}）";

    /// <summary>The series' entry for every fiscal year of the period, in order (a missing entry is an empty year).</summary>
    internal static IReadOnlyList<IndicatorYear> YearsOf(IndicatorSeries series)
    {
        var byYear = new Dictionary<FiscalYear, IndicatorYear>();
        foreach (var year in series.Years)
            byYear.TryAdd(year.FiscalYear, year);
        return series.Period.Years
            .Select(fy => byYear.TryGetValue(fy, out var y) ? y : new IndicatorYear(fy, null, null, null, null))
            .ToList();
    }

    private static string? YearPhrase(IndicatorYear year, string? unit)
    {
        var parts = new List<string>();
        if (year.Target is { } target)
            parts.Add("目標" + Phrase(target, unit));
        if (year.Actual is { } actual)
            parts.Add("実績" + Phrase(actual, unit));
        string grade = year.Grade is { } g ? $"評価{GradeLabel(g)}" : "";
        if (parts.Count == 0 && grade.Length == 0)
            return null;
        if (parts.Count == 0)
            return $"{year.FiscalYear.EraName} {grade}";
        string phrase = $"{year.FiscalYear.EraName} {string.Join("・", parts)}";
        return grade.Length == 0 ? phrase : $"{phrase}（{grade}）";
    }

    private static string GradeLabel(Grade grade) =>
        string.IsNullOrEmpty(grade.Label) || grade.Label == grade.Key ? grade.Key : $"{grade.Key}：{grade.Label}";

    /// <summary>Numbers with their unit; words quoted as written, so 「-」 or 「実現」 is never read as a number.</summary>
    private static string Phrase(Value value, string? unit)
    {
        if (value.IsNumber)
            return ValueText.Format(value, unit);
        string word = $"「{value.Raw}」";
        return string.IsNullOrEmpty(value.Note) ? word : $"{word}（{value.Note}）";
    }
}
