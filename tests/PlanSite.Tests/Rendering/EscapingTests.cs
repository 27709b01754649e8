using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

public class EscapingTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script> & \"引用\" 'single'";
    private const string Owner = "<i onmouseover=alert(6)>課 & co";

    private readonly BuiltSite _site = new(new TempContent().WithValidPlan(
        TempContent.ValidPlan
            .Replace("title: テスト計画", "title: \"<script>alert(1)</script> & \\\"引用\\\" 'single'\"\nnarrative: |\n  本文 <script>alert(2)</script> <img src=x onerror=alert(3)>\n  **強調**")
            .Replace("name: 件数（件）", "name: \"<b onmouseover=alert(4)>件数</b> & co\"")
            // No '/': a department name is its page's path segment (DepartmentName), so its page is checked too.
            .Replace("owners: [課A]", $"owners: [\"{Owner}\"]"),
        TempContent.ValidReview.Replace("text: 実施した", "text: \"<a href=javascript:alert(5)>x</a>\"")));

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("index.html")]
    [InlineData("plans/demo/index.html")]
    [InlineData("plans/demo/measures/1-1/index.html")]
    [InlineData("plans/demo/indicators/1-1-1/index.html")]
    [InlineData("plans/demo/departments/index.html")]
    [InlineData("plans/demo/departments/" + Owner + "/index.html")]
    public void ContentNeverBecomesMarkup(string path)
    {
        var page = _site.Page(path);
        // The only script a page may carry is our own filter, from our own assets, never inline.
        Assert.All(page.QuerySelectorAll("script"), script =>
        {
            Assert.EndsWith("assets/plan-filter.js", script.GetAttribute("src"));
            Assert.Equal("", script.TextContent);
        });
        Assert.Empty(page.QuerySelectorAll("main b, main i, main img"));
        Assert.Empty(page.QuerySelectorAll("[onerror], [onmouseover]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript:"));
    }

    [Fact]
    public void TitlesReadExactlyAsWritten()
    {
        var plan = _site.Page("plans/demo/index.html");
        Assert.Equal(Hostile, plan.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Hostile, plan.Title);
        var indicator = _site.Page("plans/demo/indicators/1-1-1/index.html");
        Assert.Equal("<b onmouseover=alert(4)>件数</b> & co", indicator.QuerySelector("h1")!.TextContent);
        var owner = _site.Page("plans/demo/measures/1-1/index.html").QuerySelectorAll(".facts a").Single(a => a.TextContent == Owner);
        Assert.Equal("../../../../plans/demo/departments/%3Ci%20onmouseover%3Dalert%286%29%3E%E8%AA%B2%20%26%20co/", owner.GetAttribute("href"));
        Assert.Equal(Owner + "が担当する項目", _site.Page($"plans/demo/departments/{Owner}/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void MarkdownRendersButRawHtmlStaysText()
    {
        var plan = _site.Page("plans/demo/index.html");
        var narrative = plan.QuerySelector("section.prose")!;
        Assert.Equal("強調", narrative.QuerySelector("strong")!.TextContent);
        Assert.Contains("<script>alert(2)</script>", narrative.TextContent);
        Assert.Contains("<img src=x onerror=alert(3)>", narrative.TextContent);
    }
}
