using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>
/// Builds the levels above the 事業 from their codes: X-Y-Z sits under X-Y under X. The sheet prints
/// no names for those levels, so their titles come from the curation's pattern.
/// </summary>
public static class PlanTreeBuilder
{
    public static IReadOnlyList<Measure> Build(IReadOnlyList<Measure> projects, GroupTitlesEntry titles)
    {
        // GroupBy keeps the order in which keys first appear, which is document order here.
        return projects
            .GroupBy(p => p.Code.Split('-')[0])
            .Select(level1 => Group(level1.Key, 0, titles, level1
                .GroupBy(p => p.ParentId!)
                .Select(level2 => Group(level2.Key, 1, titles, level2.ToArray()))
                .ToArray()))
            .ToArray();
    }

    private static Measure Group(string code, int depth, GroupTitlesEntry titles, IReadOnlyList<Measure> children) => new()
    {
        Id = code,
        Code = code,
        Title = titles.For(depth, code),
        Depth = depth,
        ParentId = depth == 0 ? null : code[..code.LastIndexOf('-')],
        Children = children,
    };
}
