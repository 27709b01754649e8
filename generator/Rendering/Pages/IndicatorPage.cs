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
    string? Source,
    IReadOnlyList<Download> Downloads,
    string Citation,
    string EmbedSnippet,
    string EmbedHref,
    string? NoReviews) : IPageView
{
    /// <summary>False while no review gives this indicator an actual (e.g. a plan that states targets only).</summary>
    public bool HasActuals { get; init; }
}

public sealed record Download(string Label, string Href, string Size, string FileName);

/// <summary>The minimal page other sites embed in an iframe: chart, table and a link back.</summary>
public sealed record EmbedView(PageFrame Page, string Name, string? Unit, HtmlMarkup Chart, string? Baseline, string? BaselineLabel,
    IReadOnlyList<IndicatorRow> Years, string FullPageHref, string PlanTitle, string Municipality, string? NoReviews) : IPageView;

public sealed record IndicatorRow(string Year, string? Target, string? Actual, GradeBadge? Grade, string? Note);

/// <summary>One page per indicator: the chart and the same numbers as a table.</summary>
public static class IndicatorPage
{
    public static (string Path, IndicatorView View) Build(SiteContent site, PlanQueries queries, Indicator indicator, IReadOnlyDictionary<string, long> fileSizes)
    {
        var plan = queries.Plan;
        var measure = queries.Measure(indicator.MeasureId)!;
        string path = SiteUrls.Indicator(plan, indicator);
        string root = SiteUrls.RootFrom(path);
        var frame = new PageFrame(indicator.Name, site.Info.Title, root,
            Breadcrumbs.ToMeasure(queries, measure, root, includeSelf: true),
            $"{plan.Municipality.Display}「{plan.Title}」の指標「{indicator.Name}」の目標と実績", queries.UpdatedText);
        var series = queries.Series(indicator);
        var chart = queries.Chart(indicator);

        var source = series.Indicator;
        var repeatOf = source == indicator ? null : new Link(source.Name, root + SiteUrls.Indicator(plan, source));
        var baseline = source.Baseline;
        var view = new IndicatorView(
            frame, indicator.Name, source.Unit, Display.Direction(source.Direction),
            new Link($"{measure.Code} {measure.Title}", root + SiteUrls.Measure(plan, measure)), plan.Title, repeatOf,
            new HtmlMarkup(chart),
            Display.Value(baseline?.Value), baseline is null ? null : baseline.Label ?? baseline.FiscalYear?.Display,
            Rows(series),
            Display.Value(source.FinalTarget?.Value), source.FinalTarget?.Label,
            indicator.Notes.Select(n => new NoteView(n.Text, n.SourceLine)).ToArray(),
            indicator.Curation,
            MeasurePage.SourceText(plan, indicator.SourceLine),
            Downloads(plan, indicator, root, fileSizes),
            Citation(site, queries, indicator, series),
            EmbedSnippet(site, plan, indicator),
            root + SiteUrls.IndicatorEmbed(plan, indicator),
            Display.NoReviews(plan))
        {
            HasActuals = series.Years.Any(y => y.Actual is not null),
        };
        return (path, view);
    }

    public static (string Path, EmbedView View) BuildEmbed(SiteContent site, PlanQueries queries, Indicator indicator)
    {
        var plan = queries.Plan;
        string path = SiteUrls.IndicatorEmbed(plan, indicator);
        string root = SiteUrls.RootFrom(path);
        var series = queries.Series(indicator);
        var frame = new PageFrame(indicator.Name, site.Info.Title, root, Array.Empty<Link>(), null, queries.UpdatedText);
        var baseline = series.Indicator.Baseline;
        return (path, new EmbedView(frame, indicator.Name, series.Indicator.Unit,
            new HtmlMarkup(queries.Chart(indicator)),
            Display.Value(baseline?.Value), baseline is null ? null : baseline.Label ?? baseline.FiscalYear?.Display,
            Rows(series),
            site.Info.BaseUrl is { } b ? b + SiteUrls.Indicator(plan, indicator) : root + SiteUrls.Indicator(plan, indicator),
            plan.Title, plan.Municipality.Display, Display.NoReviews(plan)));
    }

    private static IReadOnlyList<IndicatorRow> Rows(IndicatorSeries series) =>
        series.Years.Select(y => new IndicatorRow(y.FiscalYear.Display, Display.Value(y.Target), Display.Value(y.Actual),
            Display.Badge(y.Grade), y.Note)).ToArray();

    private static IReadOnlyList<Download> Downloads(Plan plan, Indicator indicator, string root, IReadOnlyDictionary<string, long> sizes)
    {
        Download Make(string label, string path) =>
            new(label, root + path, Size(sizes.GetValueOrDefault(path)), path[(path.LastIndexOf('/') + 1)..]);
        return
        [
            Make("CSV（表計算ソフト向け、UTF-8）", SiteUrls.IndicatorData(plan, indicator, "csv")),
            Make("JSON（プログラム向け）", SiteUrls.IndicatorData(plan, indicator, "json")),
            Make("グラフ（SVG画像）", SiteUrls.IndicatorChart(plan, indicator)),
        ];
    }

    public static string Size(long bytes) => bytes < 1024
        ? $"{bytes} バイト"
        : $"{(bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} KB";

    /// <summary>A citation a journalist can paste: who, what, which data year, where, and a blank for the date retrieved.</summary>
    private static string Citation(SiteContent site, PlanQueries queries, Indicator indicator, IndicatorSeries series)
    {
        var plan = queries.Plan;
        string dataYear = series.Latest is { } latest ? $"{latest.FiscalYear.Display}までの実績" : "計画値";
        string url = site.Info.BaseUrl is { } b ? b + SiteUrls.Indicator(plan, indicator) : SiteUrls.Indicator(plan, indicator);
        string publisher = site.Info.Publisher is { } p ? $"{p}「{site.Info.Title}」" : $"「{site.Info.Title}」";
        return $"{plan.Municipality.Display}『{plan.Title}』指標「{indicator.Name}」（{dataYear}）。出典：{plan.Source.Title}。{publisher} {url}（閲覧日：　　　　年　　月　　日）";
    }

    private static string EmbedSnippet(SiteContent site, Plan plan, Indicator indicator)
    {
        string src = site.Info.BaseUrl is { } b ? b + SiteUrls.IndicatorEmbed(plan, indicator) : "/" + SiteUrls.IndicatorEmbed(plan, indicator);
        string title = System.Net.WebUtility.HtmlEncode($"{indicator.Name}（{plan.Municipality.Name}）のグラフと表");
        return $"<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"640\" loading=\"lazy\" style=\"border:0\"></iframe>";
    }
}
