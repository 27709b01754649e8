using PlanSite.Model;

namespace PlanSite.BrowserTests.Support;

/// <summary>One page of a page type, chosen from the content: what a per-page-type check opens.</summary>
public sealed record PageSample(string Kind, string Path, string Slug);

/// <summary>
/// One representative page per page type (and per plan, so each plan's content gets scanned):
/// home, every content page, and for each plan its overview, its chapters, its department index and its largest
/// department page, a measure at each level, a numeric
/// indicator and a word-valued indicator. The richest page of each kind is chosen, so the scan
/// sees as many template parts as possible. The link crawl covers every page; these are for the
/// slower checks (axe, keyboard walk, screenshots).
/// </summary>
public static class PageTypes
{
    private static readonly Lazy<IReadOnlyList<PageSample>> AllLazy = new(Choose);

    public static IReadOnlyList<PageSample> All => AllLazy.Value;

    /// <summary>xunit theory data: (kind, path) for each sample.</summary>
    public static TheoryData<string, string> Samples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in All) data.Add(sample.Kind, sample.Path);
            return data;
        }
    }

    public static PageSample Find(string path) => All.First(s => s.Path == path);

    private static IReadOnlyList<PageSample> Choose()
    {
        var site = TestContent.Site;
        var samples = new List<PageSample> { new("home", "", "home") };
        foreach (var page in site.Pages)
            samples.Add(new($"content page {page.Slug}", TestContent.ContentPageUrl(page), $"page-{page.Slug}"));
        foreach (var plan in site.Plans)
        {
            samples.Add(new($"plan {plan.Id}", TestContent.PlanUrl(plan), $"{plan.Id}-plan"));
            foreach (var chapter in plan.Chapters)
                samples.Add(new($"chapter {plan.Id} {chapter.Id}", $"{TestContent.PlanUrl(plan)}chapters/{chapter.Id}/", $"{plan.Id}-chapter-{chapter.Id}"));
            var departments = PlanSite.Rendering.Pages.Departments.Of(plan);
            if (departments.Count > 0)
            {
                samples.Add(new($"departments {plan.Id}", $"{TestContent.PlanUrl(plan)}departments/", $"{plan.Id}-departments"));
                var most = departments.OrderByDescending(d => d.Measures.Count).First();
                samples.Add(new($"department {plan.Id} ({most.Name})",
                    $"{TestContent.PlanUrl(plan)}departments/{Uri.EscapeDataString(most.Name)}/", $"{plan.Id}-department"));
            }
            foreach (var depth in plan.AllMeasures.Select(m => m.Depth).Distinct().Order())
            {
                var measure = plan.AllMeasures.Where(m => m.Depth == depth)
                    .OrderByDescending(m => Richness(plan, m)).First();
                samples.Add(new($"measure {plan.Id} level {depth + 1} ({plan.LevelName(depth)})",
                    TestContent.MeasureUrl(plan, measure), $"{plan.Id}-measure-level{depth + 1}"));
            }
            var series = plan.AllIndicators.Select(i => (Indicator: i, Series: TestContent.Series(plan, i))).ToArray();
            var numeric = series.Where(s => s.Series.HasNumbers).OrderByDescending(s => Filled(s.Series, numbers: true)).FirstOrDefault();
            if (numeric.Indicator is not null)
                samples.Add(new($"indicator {plan.Id} numeric", TestContent.IndicatorUrl(plan, numeric.Indicator), $"{plan.Id}-indicator-numeric"));
            var words = series.Where(s => !s.Series.HasNumbers && Filled(s.Series, numbers: false) > 0).OrderByDescending(s => Filled(s.Series, numbers: false)).FirstOrDefault();
            if (words.Indicator is not null)
                samples.Add(new($"indicator {plan.Id} word-valued", TestContent.IndicatorUrl(plan, words.Indicator), $"{plan.Id}-indicator-words"));
        }
        return samples;
    }

    private static int Richness(Plan plan, Measure m) =>
        m.Indicators.Count * 4 + m.Children.Count + m.Roadmap.Count + m.AnnualPlans.Sum(a => a.Actions.Count + a.Schedule.Count)
        + m.Content.Count + m.Notes.Count + plan.Reviews.Count(r => r.Measures.ContainsKey(m.Id)) * 2
        + (m.Purpose is null ? 0 : 1) + (m.Budget is null ? 0 : 1);

    /// <summary>How much a table of this indicator shows: values of the wanted kind count, actuals twice.</summary>
    private static int Filled(IndicatorSeries s, bool numbers)
    {
        bool Counts(Value? v) => v is not null && v.IsNumber == numbers;
        return s.Years.Count(y => Counts(y.Target)) + s.Years.Count(y => Counts(y.Actual)) * 2 + s.Years.Count(y => y.Grade is not null)
               + (Counts(s.Indicator.Baseline?.Value) ? 1 : 0);
    }
}
