using PlanSite.Model;

namespace PlanSite.Reviews.Diff;

/// <summary>The change report as staff read it in a terminal: one section per kind of change, ids first so they can find the row in the sheet.</summary>
public static class ReviewDiffText
{
    public static string Write(ReviewComparison diff)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"{diff.PlanTitle}（{diff.PlanId}）");
        text.AppendLine($"{diff.From.Display} → {diff.To.Display}の変化：指標 {diff.IndicatorsCompared} 件・施策 {diff.MeasuresCompared} 件を比較");
        if (diff.IsEmpty)
        {
            text.AppendLine("変化はありません");
            return text.ToString();
        }
        Section(text, DiffWords.IndicatorGrades, diff.IndicatorGrades, Grade);
        Section(text, DiffWords.WorseActuals, diff.WorseActuals, d =>
            $"{d.Id} {d.Name}：{DiffWords.Value(d.From, d.Unit)} → {DiffWords.Value(d.To, d.Unit)}" +
            $"（差 {DiffWords.Difference(d.Difference, d.Unit)}{(d.Percent is null ? "" : "、増減率 " + DiffWords.Percent(d.Percent))}、{DiffWords.Direction(d.Direction)}）");
        Section(text, DiffWords.Actuals, diff.Actuals, a =>
            $"[{DiffWords.Change(a.Change)}] {a.Id} {a.Name}：{DiffWords.Value(a.From, a.Unit)} → {DiffWords.Value(a.To, a.Unit)}");
        Section(text, DiffWords.MeasureGrades, diff.MeasureGrades, Grade);
        Section(text, DiffWords.Measures, diff.Measures, m =>
            $"[{DiffWords.Entry(m.Added)}] {m.Level} {m.Id} {m.Title}（{(m.Added ? diff.To : diff.From).EraName}のみ）");
        return text.ToString();
    }

    private static string Grade(GradeChange g) =>
        $"[{DiffWords.Move(g.Move)}] {g.Id} {g.Name}：{DiffWords.Grade(g.From)} → {DiffWords.Grade(g.To)}";

    private static void Section<T>(System.Text.StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        text.AppendLine();
        text.AppendLine($"■ {title}（{items.Count}件）");
        if (items.Count == 0)
            text.AppendLine("  " + DiffWords.None);
        foreach (var item in items)
            text.AppendLine("  " + line(item));
    }
}
