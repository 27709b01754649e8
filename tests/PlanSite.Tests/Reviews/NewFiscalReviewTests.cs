using AngleSharp.Html.Parser;
using PlanSite.Site;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Reviews;

/// <summary>
/// The review cycle's promise: a new fiscal year is one new file, reviews/&lt;year&gt;.yaml, and the
/// year then shows on every page it concerns, with no other content change and no new URL.
/// </summary>
public class NewFiscalReviewTests
{
    private const string Plan = "plans/saitama-dx-2021-2025/";

    private const string Review2023 = """
        fiscal_year: 2023
        published: 2024-09-30
        indicators:
          - {id: 2-1-1-1, actual: 3512, grade: S}
          - {id: 2-1-3-1, actual: 12.1, grade: B}
          - {id: 2-1-1-2, actual: 実現, grade: A}
        """;

    [Fact]
    public void OneNewReviewFileShowsTheYearOnEveryAffectedPageAndAddsNoUrl()
    {
        using var copy = new ContentCopy();
        string before = Path.Combine(copy.Root, "before"), after = Path.Combine(copy.Root, "after");
        SiteBuilder.Build(copy.ContentDir, RepoPaths.Templates, before);
        var manifest = File.ReadAllText(copy.PathOf("published-urls.txt"));

        File.WriteAllText(copy.PathOf(Plan + "reviews/2023.yaml"), Review2023);
        var result = SiteBuilder.Build(copy.ContentDir, RepoPaths.Templates, after);

        Assert.Empty(result.Warnings);
        Assert.Equal(manifest, File.ReadAllText(copy.PathOf("published-urls.txt")));
        Assert.Equal(Files(before), Files(after));

        var parser = new HtmlParser();
        var page = (string path) => parser.ParseDocument(File.ReadAllText(Path.Combine(after, path)));

        // Indicator page: the table has the 2023 row with actual and grade.
        var indicator = page(Plan + "indicators/2-1-1-1/index.html");
        var row = indicator.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "令和5年度（2023年度）");
        Assert.Contains("3,512", row.TextContent);
        Assert.Contains("S", row.TextContent);
        // Its chart (inline and the .svg beside the page) draws the 2023 actual.
        Assert.Contains("3,512", indicator.QuerySelector("svg")!.OuterHtml);
        Assert.DoesNotContain("3,512", File.ReadAllText(Path.Combine(before, Plan + "indicators/2-1-1-1.svg")));
        Assert.Contains("3,512", File.ReadAllText(Path.Combine(after, Plan + "indicators/2-1-1-1.svg")));

        // Measure page of 2-1-1 lists its indicators' 2023 results.
        string measure = page(Plan + "measures/2-1-1/index.html").Body!.TextContent;
        Assert.Contains("令和5年度（2023年度）", measure);
        Assert.Contains("3,512", measure);

        // Plan summary: the 2023 grade counts S 1, A 1, B 1, - 0, total 3.
        var plan = page(Plan + "index.html");
        var counts = plan.QuerySelectorAll("tr").Single(r => r.QuerySelector("th")?.TextContent == "令和5年度（2023年度）");
        Assert.Equal(["1", "1", "1", "0", "0", "3"], counts.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains("更新日：2024年9月30日（令和5年度（2023年度）の評価まで掲載）", plan.QuerySelector(".updated")!.TextContent);

        // The plan's Atom feed has a 2023 entry dated from the review.
        string feed = File.ReadAllText(Path.Combine(after, Plan + "feed.xml"));
        Assert.Contains("<id>https://plansite.example/plans/saitama-dx-2021-2025/#review-2023</id>", feed);
        Assert.Contains("<updated>2024-09-30T00:00:00+09:00</updated>", feed);
        Assert.DoesNotContain("#review-2023", File.ReadAllText(Path.Combine(before, Plan + "feed.xml")));
    }

    private static string[] Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToArray();
}
