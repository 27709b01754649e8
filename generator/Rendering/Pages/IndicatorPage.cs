using PlanSite.Model;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

public sealed record IndicatorView(
    PageFrame Page,
    string Name, string? Unit, string Direction, Link Measure, string PlanTitle, Link? RepeatOf,
    HtmlMarkup Chart,
    string? Baseline, string? BaselineLabel,
    IReadOnlyList<IndicatorRow> Years,
    string? FinalTarget, string? FinalTargetLabel,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<string> Curation,
    string? Source) : IPageView;

public sealed record IndicatorRow(string Year, string? Target, string? Actual, GradeBadge? Grade, string? Note);

/// <summary>One page per indicator: the chart and the same numbers as a table.</summary>
public static class IndicatorPage
{
    public static (string Path, IndicatorView View) Build(SiteContent site, PlanQueries queries, Indicator indicator)
    {
        var plan = queries.Plan;
        var measure = queries.Measure(indicator.MeasureId)!;
        string path = SiteUrls.Indicator(plan, indicator);
        string root = SiteUrls.RootFrom(path);
        var frame = new PageFrame(indicator.Name, site.Info.Title, root,
            Breadcrumbs.ToMeasure(queries, measure, root, includeSelf: true),
            $"{plan.Title}の指標「{indicator.Name}」の目標と実績");
        var series = queries.Series(indicator);
        var chart = PageCharts.Indicator(series, compact: false, idPrefix: "chart");

        var source = series.Indicator;
        var repeatOf = source == indicator ? null : new Link(source.Name, root + SiteUrls.Indicator(plan, source));
        var baseline = source.Baseline;
        var view = new IndicatorView(
            frame, indicator.Name, source.Unit, Display.Direction(source.Direction),
            new Link($"{measure.Code} {measure.Title}", root + SiteUrls.Measure(plan, measure)), plan.Title, repeatOf,
            new HtmlMarkup(chart),
            Display.Value(baseline?.Value), baseline is null ? null : baseline.Label ?? baseline.FiscalYear?.Display,
            series.Years.Select(y => new IndicatorRow(y.FiscalYear.Display, Display.Value(y.Target), Display.Value(y.Actual),
                Display.Badge(y.Grade), y.Note)).ToArray(),
            Display.Value(source.FinalTarget?.Value), source.FinalTarget?.Label,
            indicator.Notes.Select(n => new NoteView(n.Text, n.SourceLine)).ToArray(),
            indicator.Curation,
            MeasurePage.SourceText(plan, indicator.SourceLine));
        return (path, view);
    }
}
