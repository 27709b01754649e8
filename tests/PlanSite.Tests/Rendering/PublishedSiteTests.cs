using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PlanSite.Site;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

/// <summary>The real site built from the committed content/, checked against values read in the seeds.</summary>
public sealed class PublishedSiteFixture : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plansite-site-" + Guid.NewGuid().ToString("N"));

    // Inside a folder of its own, so the plan cache beside the output is deleted with it.
    public string OutDir => Path.Combine(_root, "site");

    public PublishedSiteFixture() => SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, OutDir);

    public IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(OutDir, path)));

    public void Dispose() => Directory.Delete(_root, recursive: true);
}

public class PublishedSiteTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string Dx = "plans/saitama-dx-2021-2025";

    private static string[] Cells(AngleSharp.Dom.IElement row) => row.Children.Select(c => c.TextContent.Trim()).ToArray();

    [Fact]
    public void SaitamaDxHasAPagePerProjectAndPerIndicator()
    {
        var projects = Directory.GetDirectories(Path.Combine(site.OutDir, Dx, "measures"))
            .Select(Path.GetFileName).Where(id => id!.Count(c => c == '-') == 2).ToArray();
        Assert.Equal(38, projects.Length);
        Assert.Equal(67, Directory.GetDirectories(Path.Combine(site.OutDir, Dx, "indicators")).Length);
        Assert.All(projects, id => Assert.True(File.Exists(Path.Combine(site.OutDir, Dx, "measures", id!, "index.html"))));
    }

    [Fact]
    public void HomeReachesTheDxPlan()
    {
        var home = site.Page("index.html");
        var link = home.QuerySelectorAll("a.plan-card-title").Single(a => a.GetAttribute("href") == $"./{Dx}/");
        Assert.Equal("さいたま市 ICT・DX推進事業の進捗状況（令和3～7年度）", link.TextContent.Trim());
        Assert.Equal("埼玉県さいたま市", link.Closest("section")!.QuerySelector("h2")!.TextContent.Trim());
    }

    [Fact]
    public void PlanPageCountsTheGradesTheSheetGives()
    {
        var plan = site.Page($"{Dx}/index.html");
        var rows = plan.QuerySelectorAll("section[aria-labelledby=grades-heading] tbody tr").Select(Cells).ToArray();
        Assert.Equal(["令和3年度（2021年度）", "10", "32", "10", "14", "0", "66"], rows[0]);
        Assert.Equal(["令和4年度（2022年度）", "10", "40", "4", "12", "0", "66"], rows[1]);
        Assert.Equal(38 + 21 + 10, plan.QuerySelectorAll(".tree-item").Length);
    }

    [Fact]
    public void IndicatorPageShowsTheSeedsNumbers()
    {
        // Seed 004, lines 76–78: RPAによる職員運用業務の削減（時間） 目標 10.8 14.5 14.5 14.5 14.5 / 実績 5.7 18.9 / 評価 B S
        var page = site.Page($"{Dx}/indicators/2-1-3-1/index.html");
        Assert.Equal("RPAによる職員運用業務の削減（時間）", page.QuerySelector("h1")!.TextContent);
        var rows = page.QuerySelectorAll("table.values tbody tr").Select(Cells).ToArray();
        Assert.Equal(["令和3年度（2021年度）", "10.8", "5.7", "B目標未達"], rows[0]);
        Assert.Equal(["令和4年度（2022年度）", "14.5", "18.9", "S目標を大きく上回る"], rows[1]);
        Assert.Equal(["令和5年度（2023年度）", "14.5", "記載なし", "評価なし"], rows[2]);
        Assert.Equal(["令和7年度（2025年度）", "14.5", "記載なし", "評価なし"], rows[4]);
        var crumbs = page.QuerySelectorAll("nav.breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(["ホーム", "さいたま市 ICT・DX推進事業の進捗状況（令和3～7年度）", "2 施策群 2", "2-1 施策 2-1", "2-1-3 ITを活用した審査事務の効率化", "RPAによる職員運用業務の削減（時間）"], crumbs);
    }

    [Fact]
    public void RealignedOpenRateShowsItsR4ResultAndWhy()
    {
        // Seed 004, lines 830–832: one stray cell; actual 7 and grade A belong to R4.
        var page = site.Page($"{Dx}/indicators/11-1-1-4/index.html");
        var rows = page.QuerySelectorAll("table.values tbody tr").Select(Cells).ToArray();
        Assert.Equal(["令和3年度（2021年度）", "/", "記載なし", "評価なし"], rows[0]);
        Assert.Equal(["令和4年度（2022年度）", "12", "7", "A目標を達成・概ね達成"], rows[1]);
        Assert.Equal("記載なし", rows[2][2]);
        Assert.Contains(page.QuerySelectorAll(".facts div"), d => d.TextContent.Contains("小さいほど良い"));
        Assert.NotNull(page.QuerySelector("section[aria-labelledby=curation-heading]"));
    }

    [Fact]
    public void WordTargetsAreShownAsWords()
    {
        // Seed 004, line 750: 9-2-1 targets 一部実現, 一部実現, 実現, 実現, 実現
        var page = site.Page($"{Dx}/indicators/9-2-1-1/index.html");
        var targets = page.QuerySelectorAll("table.values tbody tr").Select(r => Cells(r)[1]).ToArray();
        Assert.Equal(["一部実現", "一部実現", "実現", "実現", "実現"], targets);
    }

    [Fact]
    public void MeasurePageCarriesTheSheetsTextAndBudget()
    {
        var page = site.Page($"{Dx}/measures/2-1-3/index.html");
        Assert.Equal("2-1-3 ITを活用した審査事務の効率化", page.QuerySelector("h1")!.TextContent.Trim());
        var facts = page.QuerySelectorAll(".facts div").Select(d => d.TextContent.Trim()).ToArray();
        Assert.Contains(facts, f => f.Contains("審査課"));
        Assert.Contains(facts, f => f.Contains("令和5年度予算：なし"));
        Assert.Equal(3, page.QuerySelectorAll(".indicator-card").Length);
        var roadmap = page.QuerySelectorAll("table.roadmap tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ToArray();
        Assert.Equal(["他自治体動向調査及びベンダパッケージ調査", "電子審査の仕様の確定", "電子審査システムの導入", "債権者登録作業におけるRPA導入及び検証"], roadmap);
        var notes = page.QuerySelectorAll("ul.notes li").Select(li => li.TextContent).ToArray();
        Assert.Contains(notes, n => n.StartsWith("※電子審査の導入による目標はR7年度から"));
    }

    [Fact]
    public void TokorozawaSheetShowsOtherStaffAndWhyItsSdgGoalsAreNotListed()
    {
        // Seed 002: L50 「Ｈ２７ 20,780千円 臨時職員 0.15 人」 (R1), L52 「臨時職員 0.00 人」 (H30); page 1's 12 goal labels (L577-641).
        var page = site.Page("plans/tokorozawa-jimu-jigyo-2019/measures/kodomo-kosodate/index.html");
        var table = page.QuerySelector("table.costs")!;
        Assert.Equal("その他職員", table.QuerySelectorAll("thead th").Last().TextContent);
        var rows = table.QuerySelectorAll("tbody tr").ToArray();
        Assert.Equal("臨時職員 0.00 人<br>非常勤特別職 0.00 人", rows[0].Children.Last().InnerHtml);
        Assert.Equal("臨時職員 0.15 人<br>非常勤特別職 0.00 人", rows[1].Children.Last().InnerHtml);
        var sdg = page.QuerySelector("p.sdg-undetermined")!.TextContent;
        Assert.StartsWith("原資料から特定できません。1ページ目の目標ラベル12個は", sdg);
        Assert.Contains("１７．パートナーシップで目標を達成しよう", sdg);

        // 全庁ネットワーク R1 非常勤特別職: four figures on page 4 could be it.
        var network = site.Page("plans/tokorozawa-jimu-jigyo-2019/measures/zencho-network/index.html");
        var r1 = network.QuerySelectorAll("table.costs tbody tr").Last().Children.Last().InnerHtml;
        Assert.Equal("臨時職員 0.60 人<br>非常勤特別職 原資料から特定できません", r1);
        Assert.Contains(network.QuerySelectorAll(".cost-notes li"), li => li.TextContent.StartsWith("その他職員：4ページ目には") && li.TextContent.Contains("L2257「10.00 人」"));
    }

    [Fact]
    public void SakadoChartDrawsBaselineCurrentAndTargetAsThreePointsInTime()
    {
        // 坂戸市 1-1 (seed 001): H27末 52件 → R1末 66件, target R3末 62件. The plan runs H29–R3, so the
        // axis starts at the baseline's year and keeps the years between as empty places.
        var svg = System.Xml.Linq.XDocument.Load(Path.Combine(site.OutDir, "plans/sakado-gyokaku-2017-2021/indicators/1-1.svg")).Root!;
        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var years = svg.Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "year").ToArray();
        Assert.Equal(["2015", "2016", "2017", "2018", "2019", "2020", "2021"], years.Select(g => (string)g.Attribute("data-fiscal-year")!));
        string Bars(string year) => string.Join(" ", years.Single(g => (string)g.Attribute("data-fiscal-year")! == year)
            .Elements(ns + "rect").Select(r => ((string)r.Attribute("class")!) + "=" + r.Element(ns + "title")!.Value));
        Assert.Equal("baseline bar=基準値（H27末） 52件", Bars("2015"));
        Assert.Equal("", Bars("2017"));
        Assert.Equal("actual bar=令和元年度 実績 66件", Bars("2019"));
        Assert.Equal("target bar=令和3年度 目標 62件", Bars("2021"));
    }
}
