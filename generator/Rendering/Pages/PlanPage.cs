using PlanSite.Model;
using PlanSite.Rendering.Markdown;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

public sealed record PlanView(
    PageFrame Page,
    PlanHeader Plan,
    HtmlMarkup? Narrative,
    GradeOverview? Grades,
    IReadOnlyList<GradeBadge> Scale,
    IReadOnlyList<MeasureNode> Tree,
    TreeFilter? Filter,
    IReadOnlyList<NoteView> Notes,
    string? NoReviews,
    CostSummaryView? Costs = null) : IPageView
{
    /// <summary>Links to the plan's own chapters (its background, philosophy, glossary …).</summary>
    public IReadOnlyList<Link> Chapters { get; init; } = Array.Empty<Link>();

    /// <summary>この年度の変化: the latest two reviews compared; null with fewer than two.</summary>
    public YearChangesView? Changes { get; init; }

    /// <summary>The index of the departments that own measures, when the plan names any.</summary>
    public Link? Departments { get; init; }
}

public sealed record PlanHeader(
    string Title, string? TitleNote, string Municipality, string Period, string? AsOf, string? Summary,
    string SourceTitle, string? SourceFile, string? SourcePublisher, string? SourceUrl, string? SourceNote,
    string Levels, int MeasureCount, int IndicatorCount);

/// <summary>How grades are spread: the chart for the latest year and a table over all years.</summary>
public sealed record GradeOverview(string Subject, string LatestYear, HtmlMarkup Chart, IReadOnlyList<string> Columns, IReadOnlyList<GradeYearRow> Years);

public sealed record GradeYearRow(string Year, IReadOnlyList<int> Counts, int Total);

public sealed record MeasureNode(
    string Code, string Title, string Href, string Level, string? Owners, GradeBadge? Grade, string? GradeYear,
    IReadOnlyList<GradeBadge> IndicatorGrades, int IndicatorCount, string? Status, IReadOnlyList<MeasureNode> Children)
{
    /// <summary>For the tree filter: see <see cref="TreeFilter.GradeKeys"/>.</summary>
    public string FilterGrades => TreeFilter.GradeKeys(Grade, IndicatorGrades);

    /// <summary>For the tree filter: the departments, separated by a character no department name contains.</summary>
    public string FilterOwners { get; init; } = "";
}

public sealed record NoteView(string Text, int? SourceLine);

/// <summary>The plan overview page.</summary>
public static class PlanPage
{
    public static (string Path, PlanView View) Build(SiteContent site, PlanQueries queries)
    {
        var plan = queries.Plan;
        string path = SiteUrls.Plan(plan);
        string root = SiteUrls.RootFrom(path);
        var header = new PlanHeader(
            plan.Title, plan.TitleNote, plan.Municipality.Display, plan.Period.Display, plan.AsOf, plan.Summary,
            plan.Source.Title, plan.Source.File, plan.Source.Publisher, plan.Source.Url, plan.Source.Note,
            string.Join(" → ", plan.LevelNames), plan.AllMeasures.Count(m => m.RepeatOf is null), plan.AllIndicators.Count());
        var frame = new PageFrame(plan.Title, site.Info.Title, root, new[] { new Link("ホーム", root) },
            $"{plan.Municipality.Display}「{plan.Title}」の進み具合", queries.UpdatedText);
        var tree = plan.Measures.Select(m => Node(queries, m, root)).ToArray();
        var view = new PlanView(
            frame,
            header,
            plan.Narrative is null ? null : MarkdownRenderer.ToHtml(plan.Narrative),
            GradeOverviewFor(queries),
            plan.Grades.Grades.Select(g => Display.Badge(g)!).ToArray(),
            tree,
            TreeFilter.For(plan, tree),
            plan.Notes.Select(n => new NoteView(n.Text, n.SourceLine)).ToArray(),
            Display.NoReviews(plan),
            CostSummary.Build(plan, root))
        {
            Chapters = plan.Chapters.Select(c => new Link(c.Title, root + SiteUrls.Chapter(plan, c))).ToArray(),
            Changes = YearChanges.For(plan, root),
            Departments = Pages.Departments.Of(plan) is { Count: > 0 } departments
                ? new Link($"担当部署の一覧（{departments.Count}部署）", root + SiteUrls.Departments(plan))
                : null,
        };
        return (path, view);
    }

    private static MeasureNode Node(PlanQueries queries, Measure measure, string root)
    {
        var plan = queries.Plan;
        var latest = queries.LatestGrade(measure);
        var latestIndicatorGrades = Array.Empty<GradeBadge>();
        if (latest is null && measure.Indicators.Count > 0)
        {
            var review = plan.Reviews.LastOrDefault(r => measure.Indicators.Any(i => r.Indicators.GetValueOrDefault(i.Id)?.Grade is not null));
            if (review is not null)
                latestIndicatorGrades = measure.Indicators
                    .Select(i => Display.Badge(review.Indicators.GetValueOrDefault(i.Id)?.Grade))
                    .OfType<GradeBadge>().ToArray();
        }
        string? gradeYear = latest?.Year.Display
            ?? (latestIndicatorGrades.Length > 0 ? plan.Reviews.Last(r => measure.Indicators.Any(i => r.Indicators.GetValueOrDefault(i.Id)?.Grade is not null)).FiscalYear.Display : null);
        return new MeasureNode(
            measure.Code, measure.Title, root + SiteUrls.Measure(plan, MeasurePage.LinkTarget(queries, measure)), plan.LevelName(measure.Depth),
            Display.Owners(measure.Owners), Display.Badge(latest?.Grade), gradeYear, latestIndicatorGrades,
            measure.Indicators.Count, measure.Status?.Raw ?? (measure.RepeatOf is null ? null : "再掲"),
            measure.Children.Select(c => Node(queries, c, root)).ToArray())
        {
            FilterOwners = string.Join('|', measure.Owners),
        };
    }

    /// <summary>
    /// Grades of measures where the plan grades measures, else grades of indicators: whichever the
    /// source actually gives. Nothing is computed; only counted.
    /// </summary>
    private static GradeOverview? GradeOverviewFor(PlanQueries queries)
    {
        var plan = queries.Plan;
        var latest = queries.LatestGradedReview;
        if (latest is null || plan.Grades.Grades.Count == 0) return null;
        bool byMeasure = plan.Reviews.Any(r => r.Measures.Values.Any(m => m.Grade is not null));
        string subject = byMeasure ? plan.LevelNames[^1] : "指標";

        IReadOnlyList<Grade?> GradesIn(Review review) => byMeasure
            ? review.Measures.Values.Select(m => m.Grade).ToArray()
            : review.Indicators.Values.Select(i => i.Grade).ToArray();

        var rows = plan.Reviews.Where(r => GradesIn(r).Any(g => g is not null)).Select(r =>
        {
            var grades = GradesIn(r);
            var counts = plan.Grades.Grades.Select(g => grades.Count(x => x == g)).Append(grades.Count(x => x is null)).ToArray();
            return new GradeYearRow(r.FiscalYear.Display, counts, grades.Count);
        }).ToArray();

        var latestGrades = GradesIn(latest);
        var chartInput = plan.Grades.Grades.Select(g => (g, latestGrades.Count(x => x == g))).ToList();
        string title = $"{latest.FiscalYear.Display}の{subject}の評価の分布";
        var chart = PageCharts.GradeDistribution(chartInput, title, "grades", latestGrades.Count(g => g is null));
        return new GradeOverview(subject, latest.FiscalYear.Display, new HtmlMarkup(chart),
            plan.Grades.Grades.Select(g => $"{g.Key}（{g.Label}）").Append("評価なし").ToArray(), rows);
    }
}
