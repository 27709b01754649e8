using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public sealed record FilterOption(string Value, string Label);

/// <summary>
/// The plan page's filters (grade, department, level) over the measure tree. The tree is complete
/// in the HTML; a small script (assets/plan-filter.js) reveals the form and hides what does not
/// match, so without JavaScript nothing is lost, only the filtering.
/// </summary>
public sealed record TreeFilter(
    IReadOnlyList<FilterOption> Grades,
    IReadOnlyList<FilterOption> Owners,
    IReadOnlyList<FilterOption> Levels)
{
    /// <summary>The value a node without a grade carries, so 「評価なし」 can be chosen too.</summary>
    public const string Ungraded = "none";

    /// <summary>Null when no facet offers a choice (a short, ungraded, single-department plan).</summary>
    public static TreeFilter? For(Plan plan, IReadOnlyList<MeasureNode> tree)
    {
        var nodes = Flatten(tree).ToArray();
        var usedGrades = nodes.SelectMany(n => n.FilterGrades.Split(' ')).ToHashSet(StringComparer.Ordinal);
        var grades = plan.Grades.Grades
            .Where(g => usedGrades.Contains(g.Key))
            .Select(g => new FilterOption(g.Key, $"{g.Key}（{g.Label}）"))
            .ToList();
        if (grades.Count > 0 && usedGrades.Contains(Ungraded))
            grades.Add(new FilterOption(Ungraded, "評価なし"));
        var owners = plan.AllMeasures.SelectMany(m => m.Owners).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(o => new FilterOption(o, o)).ToArray();
        var levels = nodes.Select(n => n.Level).Distinct(StringComparer.Ordinal).Select(l => new FilterOption(l, l)).ToArray();
        var filter = new TreeFilter(grades.Count > 1 ? grades : [], owners.Length > 1 ? owners : [], levels.Length > 1 ? levels : []);
        return filter.Grades.Count + filter.Owners.Count + filter.Levels.Count == 0 ? null : filter;
    }

    /// <summary>Space-separated grade keys a node answers to: its own latest grade, else its indicators' latest grades.</summary>
    public static string GradeKeys(GradeBadge? grade, IReadOnlyList<GradeBadge> indicatorGrades)
    {
        if (grade is not null) return grade.Key;
        var keys = indicatorGrades.Select(g => g.Key).Distinct(StringComparer.Ordinal).ToArray();
        return keys.Length == 0 ? Ungraded : string.Join(' ', keys);
    }

    private static IEnumerable<MeasureNode> Flatten(IEnumerable<MeasureNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
