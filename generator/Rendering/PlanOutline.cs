using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering;

/// <summary>
/// What the site-wide files need to know of one plan: its card on the home page and link on the 404
/// page, its pages (sitemap, permanent-URL check), the redirects its 再掲 entries imply, its feed
/// entries and its entries in the data index. Derived from the plan alone, so it is kept beside the
/// plan in the build's cache: a rebuild after one review was edited makes every site-wide file from
/// outlines and never loads the plans that did not change (docs/design-decisions.md).
/// </summary>
public sealed record PlanOutline
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>As displayed: prefecture and municipality.</summary>
    public required string Municipality { get; init; }
    public required FiscalYear PeriodFrom { get; init; }
    public required string Period { get; init; }
    public string? AsOf { get; init; }
    /// <summary>Measures with a page of their own (not 再掲 entries).</summary>
    public required int MeasureCount { get; init; }
    public required int IndicatorCount { get; init; }
    /// <summary>The latest review's fiscal year as displayed, or null before the first review.</summary>
    public string? LatestReview { get; init; }
    /// <summary>The latest review's date (the sitemap's lastmod), or null before the first review.</summary>
    public DateOnly? LastModified { get; init; }
    /// <summary>Page paths in sitemap order: plan, chapters, measures, departments, indicators.</summary>
    public required IReadOnlyList<string> Pages { get; init; }
    /// <summary>Embed pages of the indicators: published and permanent, but not for search engines.</summary>
    public required IReadOnlyList<string> Embeds { get; init; }
    public required IReadOnlyList<RepeatRedirect> RepeatRedirects { get; init; }
    public required IReadOnlyList<ReviewEntry> Reviews { get; init; }
    public required IReadOnlyList<IndexedMeasure> IndexedMeasures { get; init; }
    public required IReadOnlyList<IndexedIndicator> IndexedIndicators { get; init; }

    public required string Path { get; init; }
    public required string Csv { get; init; }
    public required string Json { get; init; }
    public required string Feed { get; init; }

    public static PlanOutline Of(Plan plan)
    {
        var latest = plan.Reviews.Count == 0 ? null : plan.Reviews[^1];
        var measures = plan.AllMeasures.ToArray();
        return new PlanOutline
        {
            Id = plan.Id,
            Title = plan.Title,
            Path = SiteUrls.Plan(plan),
            Csv = SiteUrls.PlanCsv(plan),
            Json = SiteUrls.PlanJson(plan),
            Feed = SiteUrls.PlanFeed(plan),
            Municipality = plan.Municipality.Display,
            PeriodFrom = plan.Period.From,
            Period = plan.Period.Display,
            AsOf = plan.AsOf,
            MeasureCount = measures.Count(m => m.RepeatOf is null),
            IndicatorCount = measures.Sum(m => m.Indicators.Count),
            LatestReview = latest?.FiscalYear.Display,
            LastModified = plan.Reviews.Count == 0 ? null : plan.Reviews.Max(r => r.EffectiveDate),
            Pages = PagesOf(plan),
            Embeds = OwnPages.Indicators(plan).Select(i => SiteUrls.IndicatorEmbed(plan, i)).ToArray(),
            RepeatRedirects = RepeatRedirectsOf(plan, measures),
            Reviews = plan.Reviews.Select(r => ReviewEntry.Of(plan, r)).ToArray(),
            IndexedMeasures = IndexedMeasuresOf(plan, measures),
            IndexedIndicators = measures.SelectMany(m => m.Indicators).Select(i => new IndexedIndicator(i.Id, i.Name, i.MeasureId,
                SiteUrls.Indicator(plan, i), SiteUrls.IndicatorData(plan, i, "csv"), SiteUrls.IndicatorData(plan, i, "json"))).ToArray(),
        };
    }

    private static string[] PagesOf(Plan plan)
    {
        var pages = new List<string> { SiteUrls.Plan(plan) };
        pages.AddRange(plan.Chapters.Select(c => SiteUrls.Chapter(plan, c)));
        pages.AddRange(OwnPages.Measures(plan).Select(m => SiteUrls.Measure(plan, m)));
        var departments = Departments.Of(plan);
        if (departments.Count > 0)
            pages.Add(SiteUrls.Departments(plan));
        pages.AddRange(departments.Select(d => SiteUrls.Department(plan, d.Name)));
        pages.AddRange(OwnPages.Indicators(plan).Select(i => SiteUrls.Indicator(plan, i)));
        return pages.ToArray();
    }

    private const string RepeatedMeasure = "再掲の項目です。内容は元の項目のページにまとめています";
    private const string RepeatedIndicator = "再掲の指標です。数値は元の指標のページにまとめています";

    /// <summary>A 再掲 entry's own URL leads to the page of what it repeats; so do its repeated indicator rows and their embeds.</summary>
    private static RepeatRedirect[] RepeatRedirectsOf(Plan plan, Measure[] measures)
    {
        var redirects = new List<RepeatRedirect>();
        foreach (var repeat in measures.Where(m => m.RepeatOf is not null))
            redirects.Add(new RepeatRedirect(new Redirect(SiteUrls.Measure(plan, repeat), SiteUrls.Measure(plan, repeat.RepeatOf!), RepeatedMeasure), null));
        // The loader has checked that every repeat_of names an indicator of the plan.
        var indicators = measures.SelectMany(m => m.Indicators).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var row in OwnPages.RepeatedIndicators(plan))
        {
            var original = indicators[row.RepeatOf!];
            redirects.Add(new RepeatRedirect(
                new Redirect(SiteUrls.Indicator(plan, row), SiteUrls.Indicator(plan, original), RepeatedIndicator),
                new Redirect(SiteUrls.IndicatorEmbed(plan, row), SiteUrls.IndicatorEmbed(plan, original), RepeatedIndicator)));
        }
        return redirects.ToArray();
    }

    private static IndexedMeasure[] IndexedMeasuresOf(Plan plan, Measure[] measures)
    {
        var byId = measures.ToDictionary(m => m.Id, StringComparer.Ordinal);
        // A 再掲 entry's path is the page of the measure it repeats (it has none of its own).
        return measures.Select(m => new IndexedMeasure(m.Id, m.Code, m.Title,
            SiteUrls.Measure(plan, m.RepeatOf is { } original ? byId.GetValueOrDefault(original) ?? m : m))).ToArray();
    }
}

/// <summary>The redirect of a 再掲 entry's page, and of its embed page when it is an indicator row.</summary>
public sealed record RepeatRedirect(Redirect Page, Redirect? Embed);

/// <summary>One published review as the feeds announce it; links are made from the plan's path and the site's base URL.</summary>
public sealed record ReviewEntry(string Anchor, string Title, DateOnly Updated, string Summary)
{
    public static ReviewEntry Of(Plan plan, Review review)
    {
        int indicators = review.Indicators.Values.Count(i => i.Actual is not null || i.Grade is not null);
        var grades = review.Measures.Values.Any(m => m.Grade is not null)
            ? review.Measures.Values.Select(m => m.Grade)
            : review.Indicators.Values.Select(i => i.Grade);
        var counts = plan.Grades.Grades.Select(g => (g, grades.Count(x => x == g))).Where(c => c.Item2 > 0)
            .Select(c => $"{c.g.Key}（{c.g.Label}）{c.Item2}件");
        string summary = $"{plan.Municipality.Display}「{plan.Title}」に{review.FiscalYear.Display}の評価を掲載しました。" +
                         $"実績・評価のある指標 {indicators}件" +
                         (review.Measures.Count > 0 ? $"、評価のある取組 {review.Measures.Values.Count(m => m.Grade is not null)}件" : "") +
                         (counts.Any() ? $"。評価の内訳：{string.Join("、", counts)}。" : "。");
        return new ReviewEntry($"review-{review.FiscalYear}", $"{plan.Title}：{review.FiscalYear.Display}の評価", review.EffectiveDate, summary);
    }
}

public sealed record IndexedMeasure(string Id, string Code, string Title, string Path);

public sealed record IndexedIndicator(string Id, string Name, string MeasureId, string Path, string Csv, string Json);
