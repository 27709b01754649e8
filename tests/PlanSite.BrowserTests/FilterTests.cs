using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>The plan page's filters, used as a citizen would: choose a grade or a department, read what is left.</summary>
[Collection(PublishedSite.Name)]
public sealed class FilterTests(SiteFixture site)
{
    private const string Sakado = "sakado-gyokaku-2017-2021";

    private static ILocator VisibleItems(IPage page, string level) =>
        page.Locator($"ul.tree li[data-level='{level}']:not([hidden]):not(.filter-context)");

    [Theory]
    // 坂戸市's own tally (seed 001, 令和元年度): A 8, B 10, C 5, D 1.
    [InlineData("A", 8)]
    [InlineData("B", 10)]
    [InlineData("C", 5)]
    [InlineData("D", 1)]
    public async Task Choosing_a_grade_leaves_exactly_the_items_with_that_grade(string grade, int expected)
    {
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, $"plans/{Sakado}/");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "絞り込み" });
        await Expect(form).ToBeVisibleAsync();

        await form.GetByLabel("評価（最新年度）").SelectOptionAsync(grade);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{expected}件の取組が条件に合います。");
        await Expect(VisibleItems(page, "取組項目")).ToHaveCountAsync(expected);
        foreach (var item in await VisibleItems(page, "取組項目").AllAsync())
            await Expect(item.Locator(":scope > .tree-item .grade-key")).ToHaveTextAsync(grade);
        // The 基本方針 above them stay as headings for context; the others are gone.
        Assert.True(await page.Locator("ul.tree li.filter-context[data-level='基本方針']").CountAsync() >= 1);

        await form.GetByRole(AriaRole.Button, new() { Name = "条件を解除" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("");
        await Expect(page.Locator("ul.tree li[hidden]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Choosing_a_department_leaves_the_items_it_is_responsible_for()
    {
        var plan = TestContent.Plan(Sakado);
        const string department = "情報政策課";
        var expected = plan.AllMeasures.Where(m => m.Owners.Contains(department)).Select(m => m.Code).Order().ToArray();
        Assert.NotEmpty(expected);

        await using var context = await site.NewContextAsync(width: 375, height: 700);
        var page = await site.OpenAsync(context, $"plans/{Sakado}/");
        await page.GetByLabel("担当").SelectOptionAsync(department);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{expected.Length}件の取組が条件に合います。");
        var codes = await page.Locator("ul.tree li:not([hidden]):not(.filter-context) > .tree-item .code").AllTextContentsAsync();
        Assert.Equal(expected, codes.Select(c => c.Trim()).Order());
    }

    [Fact]
    public async Task Without_javascript_the_whole_tree_is_listed_and_no_dead_form_is_shown()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl.ToString(),
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"plans/{Sakado}/"));
        await Expect(page.Locator("form.tree-filter")).ToBeHiddenAsync();
        var plan = TestContent.Plan(Sakado);
        await Expect(page.Locator("ul.tree li[data-level]")).ToHaveCountAsync(plan.AllMeasures.Count());
        await Expect(page.Locator("ul.tree li[hidden]")).ToHaveCountAsync(0);
    }
}
