using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>How model values read on a page, in one place so every page says them the same way.</summary>
public static class Display
{
    public static GradeBadge? Badge(Grade? grade) =>
        grade is null ? null : new GradeBadge(grade.Key, grade.Label, Tone(grade.Tone), grade.Description);

    public static string Tone(GradeTone tone) => tone.ToString().ToLowerInvariant();

    /// <summary>The value as the source wrote it (numbers get thousands separators), plus its own unit if any.</summary>
    public static string? Value(Value? value) =>
        value is null ? null : value.Unit is null ? value.Display : value.Display + value.Unit;

    public static string Direction(Direction direction) => direction switch
    {
        Model.Direction.Increase => "大きいほど良い",
        Model.Direction.Decrease => "小さいほど良い",
        Model.Direction.Maintain => "維持が目標",
        _ => "状態で評価（数値ではない目標）",
    };

    /// <summary>The sentence a plan without any review carries on its pages (it promises, it does not report), else null.</summary>
    public static string? NoReviews(Plan plan) => plan.Reviews.Count == 0 ? Charts.ChartSummary.NoReviews : null;

    public static string? Owners(IReadOnlyList<string> owners) => owners.Count == 0 ? null : string.Join("、", owners);

    /// <summary>The source's own wording, which usually names the year already (令和5年度予算：3,146千円).</summary>
    public static string Budget(Budget budget) =>
        budget.FiscalYear is { } year && !budget.Raw.Contains("年度", StringComparison.Ordinal) ? $"{year.Display}：{budget.Raw}" : budget.Raw;
}
