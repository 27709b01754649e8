using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

public sealed record DepartmentIndexView(PageFrame Page, Link Plan, IReadOnlyList<DepartmentRow> Departments, int MeasureCount) : IPageView;

public sealed record DepartmentRow(string Name, string Href, int Count);

/// <summary>ShowGrades is false for a plan no review grades: a column of 評価なし would say nothing.</summary>
public sealed record DepartmentView(PageFrame Page, string Name, Link Plan, Link Index, IReadOnlyList<DepartmentMeasure> Measures,
    bool ShowGrades, string? NoReviews) : IPageView;

public sealed record DepartmentMeasure(string Code, string Title, string Href, string Level, GradeBadge? Grade, string? GradeYear);

/// <summary>
/// "What is my department responsible for": per plan, an index of the departments its measures
/// name as owners, and a page per department listing those measures.
/// </summary>
public static class DepartmentPage
{
    public static (string Path, DepartmentIndexView View) BuildIndex(SiteContent site, PlanQueries queries, IReadOnlyList<Department> departments)
    {
        var plan = queries.Plan;
        string path = SiteUrls.Departments(plan);
        string root = SiteUrls.RootFrom(path);
        var planLink = new Link(plan.Title, root + SiteUrls.Plan(plan));
        var frame = new PageFrame("担当部署の一覧", site.Info.Title, root, [new Link("ホーム", root), planLink],
            $"{plan.Municipality.Display}「{plan.Title}」の項目を担当する部署の一覧", queries.UpdatedText);
        var rows = departments.Select(d => new DepartmentRow(d.Name, root + SiteUrls.Department(plan, d.Name), d.Measures.Count)).ToArray();
        int measures = departments.SelectMany(d => d.Measures).Distinct().Count();
        return (path, new DepartmentIndexView(frame, planLink, rows, measures));
    }

    public static (string Path, DepartmentView View) Build(SiteContent site, PlanQueries queries, Department department)
    {
        var plan = queries.Plan;
        string path = SiteUrls.Department(plan, department.Name);
        string root = SiteUrls.RootFrom(path);
        var planLink = new Link(plan.Title, root + SiteUrls.Plan(plan));
        var index = new Link("担当部署の一覧", root + SiteUrls.Departments(plan));
        var frame = new PageFrame($"{department.Name}が担当する項目", site.Info.Title, root, [new Link("ホーム", root), planLink, index],
            $"{plan.Municipality.Display}「{plan.Title}」で{department.Name}が担当する項目", queries.UpdatedText);
        var measures = department.Measures.Select(m =>
        {
            var latest = queries.LatestGrade(m);
            return new DepartmentMeasure(m.Code, m.Title, root + SiteUrls.Measure(plan, m), plan.LevelName(m.Depth),
                Display.Badge(latest?.Grade), latest?.Year.Display);
        }).ToArray();
        bool graded = plan.Reviews.Any(r => r.Measures.Values.Any(x => x.Grade is not null));
        return (path, new DepartmentView(frame, department.Name, planLink, index, measures, graded, Display.NoReviews(plan)));
    }
}
