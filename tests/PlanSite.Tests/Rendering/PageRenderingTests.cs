using AngleSharp.Dom;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

public class PageRenderingTests : IDisposable
{
    private readonly BuiltSite _site = new(new TempContent().WithValidPlan().With("pages/about.md", "# このサイトについて\n\n説明です。\n"));

    public void Dispose() => _site.Dispose();

    private static string Text(IElement? element) => element?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException("element not found");

    [Fact]
    public void EveryPageKindIsWrittenAtItsUrl()
    {
        foreach (var path in new[]
                 {
                     "index.html", "plans/demo/index.html", "plans/demo/measures/1/index.html", "plans/demo/measures/1-1/index.html",
                     "plans/demo/indicators/1-1-1/index.html", "plans/demo/indicators/1-1-2/index.html", "pages/about/index.html",
                     "assets/site.css",
                 })
            Assert.True(_site.Exists(path), path);
    }

    [Fact]
    public void PagesAreJapaneseWithOneH1AndAStylesheetThatResolves()
    {
        foreach (var path in new[] { "index.html", "plans/demo/index.html", "plans/demo/measures/1-1/index.html", "plans/demo/indicators/1-1-1/index.html" })
        {
            var page = _site.Page(path);
            Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            string css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(_site.OutDir, Path.GetDirectoryName(path)!, css))), $"{path}: {css}");
            Assert.NotNull(page.QuerySelector("meta[http-equiv=Content-Security-Policy]"));
        }
    }

    [Fact]
    public void HomeListsTheMunicipalityAndLinksToThePlan()
    {
        var home = _site.Page("index.html");
        Assert.Equal("埼玉県テスト市", Text(home.QuerySelector("section.municipality h2")));
        var link = home.QuerySelector("a.plan-card-title")!;
        Assert.Equal("テスト計画", Text(link));
        Assert.Equal("./plans/demo/", link.GetAttribute("href"));
        Assert.Contains("令和3年度（2021年度）", home.QuerySelector(".plan-card")!.TextContent);
    }

    [Fact]
    public void PlanPageShowsTreeWithLatestGradesAndGradeCounts()
    {
        var plan = _site.Page("plans/demo/index.html");
        var items = plan.QuerySelectorAll(".tree-item > a").Select(a => (Text(a), a.GetAttribute("href"))).ToArray();
        Assert.Equal([("1 施策の一", "../../plans/demo/measures/1/"), ("1-1 事業の一", "../../plans/demo/measures/1-1/")], items);
        var grade = plan.QuerySelectorAll(".tree-item").Last().QuerySelector(".grade")!;
        Assert.Equal("A達成", grade.TextContent);
        Assert.Contains("grade-good", grade.ClassList);
        var row = plan.QuerySelectorAll("section[aria-labelledby=grades-heading] tbody tr").Single();
        Assert.Equal(["令和3年度（2021年度）", "0", "1", "0", "0", "0", "1"], row.Children.Select(c => c.TextContent));
    }

    [Fact]
    public void MeasurePageHasBreadcrumbsOwnerReviewAndIndicators()
    {
        var page = _site.Page("plans/demo/measures/1-1/index.html");
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["ホーム", "テスト計画", "1 施策の一", "1-1 事業の一"], crumbs);
        Assert.Equal("../../../../plans/demo/measures/1/", page.QuerySelectorAll("nav.breadcrumbs a")[2].GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".facts div"), d => d.TextContent.Contains("担当") && d.TextContent.Contains("課A"));
        var review = page.QuerySelector("article.review")!;
        Assert.Equal("令和3年度（2021年度）", Text(review.QuerySelector("h3")));
        Assert.Equal("取組内容", Text(review.QuerySelector("h4")));
        var cards = page.QuerySelectorAll(".indicator-card");
        Assert.Equal(2, cards.Length);
        Assert.NotNull(cards[0].QuerySelector("svg[role=img]"));
        Assert.Equal("../../../../plans/demo/indicators/1-1-1/", cards[0].QuerySelector("h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public void IndicatorTableHasEveryYearWithTargetsActualsAndGrades()
    {
        var page = _site.Page("plans/demo/indicators/1-1-1/index.html");
        var rows = page.QuerySelectorAll("table.values tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal(5, rows.Length);
        Assert.Equal(["令和3年度（2021年度）", "10.8", "5.7", "B未達"], rows[0]);
        Assert.Equal(["令和4年度（2022年度）", "1,650", "記載なし", "評価なし"], rows[1]);
        Assert.Equal(["令和5年度（2023年度）", "実現", "記載なし", "評価なし"], rows[2]);
        Assert.Equal(["令和6年度（2024年度）", "-", "記載なし", "評価なし"], rows[3]);
        Assert.Equal("件数（件）（単位：件）", Text(page.QuerySelector("table.values caption")));
        Assert.NotNull(page.QuerySelector("figure svg[role=img]"));
    }

    [Fact]
    public void LowerIsBetterIsSaid()
    {
        var page = _site.Page("plans/demo/indicators/1-1-2/index.html");
        Assert.Contains(page.QuerySelectorAll(".facts div"), d => d.TextContent.Contains("小さいほど良い"));
    }

    [Fact]
    public void MarkdownPagesRender()
    {
        var page = _site.Page("pages/about/index.html");
        Assert.Equal("このサイトについて", Text(page.QuerySelector("main h1")));
        Assert.Equal("説明です。", Text(page.QuerySelector("main p")));
    }
}
