namespace PlanSite.Tests.Rendering;

/// <summary>
/// Seed 000 is a plan, not a review: its pages must say there are no published results rather than
/// draw empty actuals. Checked on the real site built from the committed content/.
/// </summary>
public class PlanWithoutReviewsTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string Plan = "plans/saitama-jisshi-2021-2025";
    private const string NoResults = "この計画には実績・評価の公表がまだありません。";

    [Fact]
    public void PlanPageSaysThereAreNoResults()
    {
        var page = site.Page($"{Plan}/index.html");
        Assert.Contains(NoResults, page.QuerySelector("p.no-reviews")!.TextContent);
        Assert.Null(page.QuerySelector("#grades-heading"));
    }

    [Fact]
    public void IndicatorPageShowsTargetsOnly()
    {
        // Seed l.1788-1815: 当初予算編成時における既存事務事業の見直し額, 700,000千円 every year.
        var page = site.Page($"{Plan}/indicators/52-2-1-01-2/index.html");
        Assert.Contains(NoResults, page.QuerySelector("p.no-reviews")!.TextContent);
        var header = page.QuerySelectorAll("table.values thead th").Select(th => th.TextContent).ToArray();
        Assert.Equal(["年度", "目標"], header);
        var rows = page.QuerySelectorAll("table.values tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal(["基準値（令和３年度予算編成時）", "693,927千円"], rows[0]);
        Assert.Equal(["令和3年度（2021年度）", "700,000千円"], rows[1]);
        var svg = page.QuerySelector("figure svg")!;
        Assert.Equal("当初予算編成時における既存事務事業の見直し額の目標", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("実績の公表なし", svg.TextContent);
        Assert.Contains(NoResults, svg.QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public void MeasurePageSaysSoAndLinksARepostToTheOnePage()
    {
        var page = site.Page($"{Plan}/measures/52-4-1/index.html");
        Assert.Contains(NoResults, page.QuerySelector("#indicators-heading")!.ParentElement!.TextContent);
        Assert.DoesNotContain("実績はまだありません", page.Body!.TextContent);
        var repost = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("（再掲）"));
        Assert.Equal("52-3-2-01 働きやすい職場環境整備の推進（再掲）", repost.TextContent);
        Assert.EndsWith("/measures/52-3-2-01/", repost.GetAttribute("href"));
        // The 再掲 entry has no page of its own (one page per project): its URL only redirects to the original.
        var redirect = File.ReadAllText(Path.Combine(site.OutDir, Plan, "measures", "52-4-1-saikei-52-3-2-01", "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=../../../../plans/saitama-jisshi-2021-2025/measures/52-3-2-01/\">", redirect);
        Assert.DoesNotContain("働きやすい職場環境整備の推進", redirect);
        Assert.True(File.Exists(Path.Combine(site.OutDir, Plan, "measures", "52-3-2-01", "index.html")));
    }

    [Fact]
    public void ProjectPageShowsFiscalEffectCovidFlagAndPage()
    {
        var page = site.Page($"{Plan}/measures/52-2-1-05/index.html");
        var facts = page.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("19,307,731千円", facts["５年間の財政効果"]);
        Assert.Equal("―（関連事業ではない）", facts["新型コロナウイルス感染症関連事業"]);
        Assert.Equal("P362", facts["掲載ページ"]);
    }
}
