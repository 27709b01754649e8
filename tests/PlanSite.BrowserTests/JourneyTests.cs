using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using PlanSite.Model;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>What a citizen does: find a plan, walk down to an indicator, read its numbers, walk back.</summary>
[Collection(PublishedSite.Name)]
public sealed class JourneyTests(SiteFixture site)
{
    private const string SaitamaDx = "saitama-dx-2021-2025";

    /// <summary>For each plan: the indicator the accessibility scan also opens (the numeric one with the most values).</summary>
    public static TheoryData<string, string> NumericIndicators
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var plan in TestContent.Site.Plans)
            {
                var sample = PageTypes.All.FirstOrDefault(s => s.Kind == $"indicator {plan.Id} numeric");
                if (sample is not null) data.Add(plan.Id, sample.Path.TrimEnd('/').Split('/')[^1]);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(NumericIndicators))]
    public async Task Home_to_plan_to_measure_to_indicator_by_clicking_links_and_back_by_breadcrumbs(string planId, string indicatorId)
    {
        var plan = TestContent.Plan(planId);
        var indicator = TestContent.Indicator(plan, indicatorId);
        var chain = TestContent.PathTo(plan, TestContent.Measure(plan, indicator.MeasureId));
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, "");
        var main = page.GetByRole(AriaRole.Main);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(site.Content.Info.Title);
        await main.GetByRole(AriaRole.Link, new() { Name = plan.Title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(TestContent.PlanUrl(plan)));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(plan.Title);

        foreach (var measure in chain)
        {
            // The plan page lists the whole tree; a measure page lists its children.
            await main.GetByRole(AriaRole.Link, new() { Name = $"{measure.Code} {measure.Title}", Exact = true }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(site.Url(TestContent.MeasureUrl(plan, measure)));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{measure.Code} {measure.Title}");
        }

        await main.GetByRole(AriaRole.Link, new() { Name = indicator.Name, Exact = true }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(TestContent.IndicatorUrl(plan, indicator)));
        await ExpectIndicatorPage(page, plan, indicator);

        // Back up through the breadcrumbs: each ancestor measure, the plan, the home page.
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "現在位置" });
        await Expect(crumbs.Locator("[aria-current=page]")).ToHaveTextAsync(indicator.Name);
        foreach (var measure in chain.Reverse())
        {
            await crumbs.GetByRole(AriaRole.Link, new() { Name = $"{measure.Code} {measure.Title}", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(site.Url(TestContent.MeasureUrl(plan, measure)));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{measure.Code} {measure.Title}");
            await Expect(crumbs.Locator("[aria-current=page]")).ToHaveTextAsync($"{measure.Code} {measure.Title}");
        }
        await crumbs.GetByRole(AriaRole.Link, new() { Name = plan.Title, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(TestContent.PlanUrl(plan)));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(plan.Title);
        await crumbs.GetByRole(AriaRole.Link, new() { Name = "ホーム", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(site.Url(""));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(site.Content.Info.Title);
    }

    [Fact]
    public async Task Deep_link_opens_the_Saitama_RPA_indicator_with_the_seed_values()
    {
        // Literal values from seed 004 (さいたま市 ICT・DX推進事業 進捗管理シート), independent of the loader.
        await using var context = await site.NewContextAsync(width: 390, height: 844);
        var page = await site.OpenAsync(context, $"plans/{SaitamaDx}/indicators/2-1-3-1/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("RPAによる職員運用業務の削減（時間）");
        await Expect(page).ToHaveTitleAsync(new Regex("^RPAによる職員運用業務の削減（時間） \\| "));
        var table = page.GetByRole(AriaRole.Table, new() { Name = "RPAによる職員運用業務の削減（時間）（単位：時間）" });
        await Expect(table).ToBeVisibleAsync();

        var r3 = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "令和3年度（2021年度）" }) });
        await Expect(r3.GetByRole(AriaRole.Cell)).ToHaveTextAsync(new[] { new Regex("^10\\.8$"), new Regex("^5\\.7$"), new Regex("^B\\s*目標未達$") });
        await Expect(r3.Locator(".grade-key")).ToHaveTextAsync("B");

        var r4 = table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "令和4年度（2022年度）" }) });
        await Expect(r4.GetByRole(AriaRole.Cell)).ToHaveTextAsync(new[] { new Regex("^14\\.5$"), new Regex("^18\\.9$"), new Regex("^S\\s*目標を大きく上回る$") });
        await Expect(r4.Locator(".grade-key")).ToHaveTextAsync("S");

        // The chart beside the table is an image with a name that says what it shows.
        var chart = page.Locator("main figure svg[role=img]");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAccessibleNameAsync(new Regex("RPAによる職員運用業務の削減"));

        // The breadcrumb's last link is the measure the indicator belongs to.
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "現在位置" });
        await Expect(crumbs.GetByRole(AriaRole.Link).Last).ToHaveTextAsync("2-1-3 ITを活用した審査事務の効率化");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "2-1-3 ITを活用した審査事務の効率化", Exact = true }))
            .ToHaveAttributeAsync("href", "../../../../plans/saitama-dx-2021-2025/measures/2-1-3/");
    }

    [Fact]
    public async Task Saitama_RPA_indicator_values_in_the_content_are_the_seed_values()
    {
        // Guards the comparison above against a content change that would move both sides.
        var plan = TestContent.Plan(SaitamaDx);
        var years = TestContent.Series(plan, TestContent.Indicator(plan, "2-1-3-1")).Years.ToDictionary(y => y.FiscalYear.StartYear);
        Assert.Equal(10.8m, years[2021].Target?.Number);
        Assert.Equal(5.7m, years[2021].Actual?.Number);
        Assert.Equal("B", years[2021].Grade?.Key);
        Assert.Equal(14.5m, years[2022].Target?.Number);
        Assert.Equal(18.9m, years[2022].Actual?.Number);
        Assert.Equal("S", years[2022].Grade?.Key);
    }

    [Theory]
    [MemberData(nameof(IndicatorSamples))]
    public async Task Deep_link_to_an_indicator_url_opens_that_indicator_with_its_chart_and_table(string kind, string path)
    {
        var (plan, indicator) = FindIndicator(path);
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        Assert.False(string.IsNullOrEmpty(kind));
        await ExpectIndicatorPage(page, plan, indicator);
    }

    public static TheoryData<string, string> IndicatorSamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in PageTypes.All.Where(s => s.Kind.StartsWith("indicator ", StringComparison.Ordinal)))
                data.Add(sample.Kind, sample.Path);
            return data;
        }
    }

    private static (Plan Plan, Indicator Indicator) FindIndicator(string path)
    {
        var parts = path.Trim('/').Split('/'); // plans/<plan>/indicators/<id>
        var plan = TestContent.Plan(parts[1]);
        return (plan, TestContent.Indicator(plan, parts[3]));
    }

    /// <summary>The indicator page as a reader sees it: its name, the chart, and a table with the content's values.</summary>
    private async Task ExpectIndicatorPage(IPage page, Plan plan, Indicator indicator)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(indicator.Name);

        var chart = page.Locator("main figure svg[role=img]");
        await Expect(chart).ToHaveCountAsync(1);
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAccessibleNameAsync(new Regex("\\S"));
        var box = await chart.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 100 }, $"The chart is too small to read: {box?.Width}×{box?.Height} px.");

        var table = page.Locator("main table.values");
        await Expect(table).ToBeVisibleAsync();
        var expected = IndicatorTable.ExpectedRows(plan, indicator);
        var rows = table.GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(expected.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var cells = rows.Nth(i).Locator("th, td");
            await Expect(cells).ToHaveTextAsync(expected[i].Select(text => new Regex("^\\s*" + Regex.Escape(text).Replace("\\ ", "\\s*") + "\\s*$")).ToArray());
        }
    }
}
