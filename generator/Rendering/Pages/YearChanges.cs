using PlanSite.Model;
using PlanSite.Reviews.Diff;

namespace PlanSite.Rendering.Pages;

/// <summary>「この年度の変化」 on a plan page: the change report (<see cref="ReviewDiff"/>) of the latest two reviews.</summary>
public sealed record YearChangesView(string FromYear, string ToYear, string Scale, IReadOnlyList<string> Counts, IReadOnlyList<YearChangeRow> Rows);

public sealed record YearChangeRow(Link Item, string Change, string From, string To);

public static class YearChanges
{
    /// <summary>Null for a plan with fewer than two reviews. Rows are the grades that went up, down or changed and the
    /// actuals that got worse; grades given or withdrawn and actuals in one year only are counted, not listed, so
    /// a year whose first grades arrive all at once does not fill the page.</summary>
    public static YearChangesView? For(Plan plan, string root)
    {
        if (plan.Reviews.Count < 2) return null;
        var diff = ReviewDiff.Compare(plan, plan.Reviews[^2], plan.Reviews[^1]);
        var indicators = plan.AllIndicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var measures = plan.AllMeasures.ToDictionary(m => m.Id, StringComparer.Ordinal);

        Link IndicatorLink(string id)
        {
            var indicator = indicators[id];
            var target = indicator.RepeatOf is { } original && indicators.TryGetValue(original, out var found) ? found : indicator;
            return new Link(indicator.Name, root + SiteUrls.Indicator(plan, target));
        }
        Link MeasureLink(string id)
        {
            var measure = measures[id];
            var target = measure.RepeatOf is { } original && measures.TryGetValue(original, out var found) ? found : measure;
            return new Link($"{plan.LevelName(measure.Depth)} {measure.Code} {measure.Title}", root + SiteUrls.Measure(plan, target));
        }
        static bool Ranked(GradeChange g) => g.Move is GradeMove.Better or GradeMove.Worse or GradeMove.Changed;

        var rows = diff.IndicatorGrades.Where(Ranked).Select(g => new YearChangeRow(IndicatorLink(g.Id), "評価が" + DiffWords.Move(g.Move), DiffWords.Grade(g.From), DiffWords.Grade(g.To)))
            .Concat(diff.WorseActuals.Select(d => new YearChangeRow(IndicatorLink(d.Id),
                $"実績が悪化（差 {DiffWords.Difference(d.Difference, d.Unit)}{(d.Percent is null ? "" : "、増減率 " + DiffWords.Percent(d.Percent))}、{DiffWords.Direction(d.Direction)}）",
                DiffWords.Value(d.From, d.Unit), DiffWords.Value(d.To, d.Unit))))
            .Concat(diff.MeasureGrades.Where(Ranked).Select(g => new YearChangeRow(MeasureLink(g.Id), "評価が" + DiffWords.Move(g.Move), DiffWords.Grade(g.From), DiffWords.Grade(g.To))))
            .ToArray();

        var counts = new List<string>();
        void Count(string what, int n) { if (n > 0) counts.Add($"{what}：{n}件"); }
        Count("評価が上がった指標", diff.IndicatorGrades.Count(g => g.Move == GradeMove.Better));
        Count("評価が下がった指標", diff.IndicatorGrades.Count(g => g.Move == GradeMove.Worse));
        Count("評価が変わった指標（評価対象外との間）", diff.IndicatorGrades.Count(g => g.Move == GradeMove.Changed));
        Count("評価が新たに付いた指標", diff.IndicatorGrades.Count(g => g.Move == GradeMove.Given));
        Count("評価がなくなった指標", diff.IndicatorGrades.Count(g => g.Move == GradeMove.Withdrawn));
        Count("実績が悪化した指標", diff.WorseActuals.Count);
        Count("実績が新たに載った指標", diff.Actuals.Count(a => a.Change == Presence.New));
        Count("実績が載らなくなった指標", diff.Actuals.Count(a => a.Change != Presence.New));
        Count("評価が上がった" + plan.LevelNames[^1], diff.MeasureGrades.Count(g => g.Move == GradeMove.Better));
        Count("評価が下がった" + plan.LevelNames[^1], diff.MeasureGrades.Count(g => g.Move == GradeMove.Worse));
        Count("評価が新たに付いた" + plan.LevelNames[^1], diff.MeasureGrades.Count(g => g.Move == GradeMove.Given));
        Count("評価がなくなった" + plan.LevelNames[^1], diff.MeasureGrades.Count(g => g.Move == GradeMove.Withdrawn));

        string scale = string.Join("、", plan.Grades.Grades.Where(g => g.Tone != GradeTone.None).Select(g => g.Key));
        return new YearChangesView(diff.From.Display, diff.To.Display, scale, counts, rows);
    }
}
