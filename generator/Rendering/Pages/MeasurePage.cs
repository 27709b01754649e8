using PlanSite.Model;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

public sealed record MeasureView(
    PageFrame Page,
    string Code, string Title, string Level, string PlanTitle, string PlanHref,
    string? Owners, string? Budget, string? Status, Link? RepeatOf, IReadOnlyList<Fact> Facts,
    string? Purpose, IReadOnlyList<string> Content, string ContentHeading,
    RoadmapView? Roadmap,
    IReadOnlyList<AnnualPlanView> AnnualPlans,
    IReadOnlyList<MeasureReviewView> Reviews,
    IReadOnlyList<Link> Children, string? ChildLevel,
    IReadOnlyList<IndicatorCard> Indicators,
    IReadOnlyList<NoteView> Notes,
    string? Source,
    string? NoReviews,
    CostView? Costs = null) : IPageView
{
    /// <summary>Each owner, linked to its department page (every owner of a measure with a page has one).</summary>
    public IReadOnlyList<Link> OwnerLinks { get; init; } = Array.Empty<Link>();

    /// <summary>Terms of the plan's glossary that this measure's text uses, linked to their explanation.</summary>
    public IReadOnlyList<Link> Terms { get; init; } = Array.Empty<Link>();
}

public sealed record RoadmapView(IReadOnlyList<string> Years, IReadOnlyList<RoadmapRow> Rows);

/// <summary>Marks is one entry per plan year; Placed is false when the source's marks cannot be put on years.</summary>
public sealed record RoadmapRow(string Task, bool Placed, IReadOnlyList<bool> Marks, string? Note);

public sealed record AnnualPlanView(string Year, IReadOnlyList<string> Actions, IReadOnlyList<ScheduleRow> Schedule);

public sealed record ScheduleRow(string Task, string Months);

public sealed record MeasureReviewView(string Year, GradeBadge? Grade, IReadOnlyList<Commentary> Commentary,
    string? Evaluator = null, string? TargetStatus = null, IReadOnlyList<ActivityView>? Activities = null, SdgView? Sdgs = null);

public sealed record IndicatorCard(string Name, string Href, string? Unit, HtmlMarkup Chart, string? LatestText, GradeBadge? LatestGrade);

/// <summary>One page per measure at any level.</summary>
public static class MeasurePage
{
    private static readonly int[] FiscalMonths = { 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 };

    public static (string Path, MeasureView View) Build(SiteContent site, PlanQueries queries, Measure measure)
    {
        var plan = queries.Plan;
        string path = SiteUrls.Measure(plan, measure);
        string root = SiteUrls.RootFrom(path);
        string level = plan.LevelName(measure.Depth);
        var frame = new PageFrame($"{measure.Code} {measure.Title}", site.Info.Title, root,
            Breadcrumbs.ToMeasure(queries, measure, root, includeSelf: false),
            $"{plan.Municipality.Display}「{plan.Title}」の{level}「{measure.Title}」", queries.UpdatedText);

        var repeatOf = measure.RepeatOf is { } target && queries.Measure(target) is { } original
            ? new Link($"{original.Code} {original.Title}", root + SiteUrls.Measure(plan, original))
            : null;
        var reviews = plan.Reviews
            .Select(r => (r.FiscalYear, Review: r.Measures.GetValueOrDefault(measure.Id)))
            .Where(x => x.Review is not null)
            // A year that only carries costs (shown in 経費と人員) is not an evaluation of its own.
            .Where(x => x.Review!.Cost is null || x.Review.Grade is not null || x.Review.Commentary.Count > 0
                        || x.Review.Activities.Count > 0 || x.Review.TargetStatus is not null || x.Review.Sdgs is not null)
            .Select(x => new MeasureReviewView(x.FiscalYear.Display, Display.Badge(x.Review!.Grade), x.Review.Commentary,
                x.Review.Evaluator, CostSection.TargetStatus(x.Review.TargetStatus), CostSection.Activities(x.Review),
                CostSection.Sdgs(x.Review.Sdgs)))
            .ToArray();

        var view = new MeasureView(
            frame, measure.Code, measure.Title, level, plan.Title, root + SiteUrls.Plan(plan),
            Display.Owners(measure.Owners),
            measure.Budget is null ? null : Display.Budget(measure.Budget),
            measure.Status is null ? null : measure.Status.Raw,
            repeatOf,
            measure.Facts,
            measure.Purpose, measure.Content, measure.ContentHeading ?? "実施内容",
            Roadmap(plan, measure),
            measure.AnnualPlans.Select(a => new AnnualPlanView(a.FiscalYear.Display, a.Actions,
                a.Schedule.Select(s => new ScheduleRow(s.Task, Months(s.Months))).ToArray())).ToArray(),
            reviews,
            measure.Children.Select(c => new Link(c.RepeatOf is null ? $"{c.Code} {c.Title}" : $"{c.Code} {c.Title}（再掲）",
                root + SiteUrls.Measure(plan, LinkTarget(queries, c)))).ToArray(),
            measure.Children.Count > 0 ? plan.LevelName(measure.Depth + 1) : null,
            measure.Indicators.Select(i => Card(queries, i, root)).ToArray(),
            measure.Notes.Select(n => new NoteView(n.Text, n.SourceLine)).ToArray(),
            SourceText(plan, measure.SourceLine),
            Display.NoReviews(plan),
            CostSection.Build(plan, measure))
        {
            OwnerLinks = measure.Owners.Select(o => new Link(o, root + SiteUrls.Department(plan, o))).ToArray(),
            Terms = Glossary.UsedBy(queries.Glossary, measure).Select(t => new Link(t.Term, root + t.Path)).ToArray(),
        };
        return (path, view);
    }

    /// <summary>A 再掲 entry links straight to the one page of the measure it repeats.</summary>
    public static Measure LinkTarget(PlanQueries queries, Measure measure) =>
        measure.RepeatOf is { } id && queries.Measure(id) is { } original ? original : measure;

    public static string? SourceText(Plan plan, int? line) =>
        line is null ? null : $"{plan.Source.Title}（{plan.Source.File ?? "原資料"} {line}行目）";

    private static RoadmapView? Roadmap(Plan plan, Measure measure)
    {
        if (measure.Roadmap.Count == 0) return null;
        var years = plan.Period.Years.ToArray();
        var rows = measure.Roadmap.Select(t => new RoadmapRow(
            t.Task,
            t.Years is not null && t.Years.Count > 0,
            years.Select(y => t.Years?.Contains(y) == true).ToArray(),
            t.Note)).ToArray();
        return new RoadmapView(years.Select(y => y.EraName).ToArray(), rows);
    }

    private static string Months(IReadOnlyList<int>? months)
    {
        if (months is null || months.Count == 0) return "資料に月の記載なし";
        // Consecutive fiscal months read best as a span: 4月～9月.
        var ordered = FiscalMonths.Where(months.Contains).ToArray();
        var spans = new List<string>();
        int start = 0;
        for (int i = 1; i <= ordered.Length; i++)
        {
            bool breaks = i == ordered.Length || Array.IndexOf(FiscalMonths, ordered[i]) != Array.IndexOf(FiscalMonths, ordered[i - 1]) + 1;
            if (!breaks) continue;
            spans.Add(i - 1 == start ? $"{ordered[start]}月" : $"{ordered[start]}月～{ordered[i - 1]}月");
            start = i;
        }
        return string.Join("、", spans);
    }

    private static IndicatorCard Card(PlanQueries queries, Indicator indicator, string root)
    {
        var series = queries.Series(indicator);
        var latest = series.Latest;
        string? latestText = latest is null ? null
            : $"{latest.FiscalYear.Display}：目標 {Display.Value(latest.Target) ?? "なし"}／実績 {Display.Value(latest.Actual) ?? "なし"}";
        var chart = PageCharts.Indicator(series, compact: true, idPrefix: $"chart-{indicator.Id}");
        return new IndicatorCard(indicator.Name, root + SiteUrls.Indicator(queries.Plan, indicator), indicator.Unit,
            new HtmlMarkup(chart), latestText, Display.Badge(latest?.Grade));
    }
}
