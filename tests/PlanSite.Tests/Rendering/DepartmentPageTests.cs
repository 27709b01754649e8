using AngleSharp.Dom;
using PlanSite.Content.Loading;
using PlanSite.Rendering.Pages;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

/// <summary>
/// Department pages of the real site. Expected values were read in the seeds: Kazo's 担当課 lines
/// in seed 003, Sakado's 担当課 and grade columns in seed 001 (line numbers are the seeds', 1-based).
/// </summary>
public class DepartmentPageTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string Kazo = "plans/kazo-gyosei-keiei-2021-2025";
    private const string Sakado = "plans/sakado-gyokaku-2017-2021";

    private static string Encoded(string name) => Uri.EscapeDataString(name);

    private AngleSharp.Html.Dom.IHtmlDocument Department(string plan, string name) =>
        site.Page(Path.Combine(plan, "departments", name, "index.html"));

    private static string[] Column(AngleSharp.Html.Dom.IHtmlDocument page, int index) =>
        page.QuerySelectorAll("table.department-measures tbody tr").Select(tr => tr.Children[index].TextContent.Trim()).ToArray();

    [Fact]
    public void KazoDepartmentListsExactlyItsItemsAcrossGoalsAndNot再掲Copies()
    {
        // 担 当 課 交通防犯課 on L1191 (item 4), L1522 (14), L1723 (22) and L3448, which is item 78, 【再掲】 of 4.
        var page = Department(Kazo, "交通防犯課");
        Assert.Equal("交通防犯課が担当する項目", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["4", "14", "22"], Column(page, 0));
        Assert.Equal(["メール配信の充実", "空家の対策・活用", "地域による防犯体制の構築"], Column(page, 1));
        Assert.Equal(["取組項目", "取組項目", "取組項目"], Column(page, 2));
        Assert.Equal(["../../../../plans/kazo-gyosei-keiei-2021-2025/measures/4/", "../../../../plans/kazo-gyosei-keiei-2021-2025/measures/14/",
            "../../../../plans/kazo-gyosei-keiei-2021-2025/measures/22/"],
            page.QuerySelectorAll("table.department-measures tbody a").Select(a => a.GetAttribute("href")));
        // No review is published for this plan: no grade column, and the page says why.
        Assert.Equal(3, page.QuerySelectorAll("table.department-measures thead th").Length);
        Assert.Equal("この計画には実績・評価の公表がまだありません。", page.QuerySelector(".no-reviews")!.TextContent);
        Assert.Equal(["ホーム", "第３次加須市行政経営プラン", "担当部署の一覧"],
            page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.TextContent.Trim()));

        // 政策調整課: L1349 (9), L1417 (11), L2242 (40), L2313 (43), L3578 (82), L4271 (107), L4988 (131), L5077 (134).
        Assert.Equal(["9", "11", "40", "43", "82", "107", "131", "134"], Column(Department(Kazo, "政策調整課"), 0));
    }

    [Fact]
    public void KazoDepartmentItemsLieUnderSeveral基本目標()
    {
        var plan = ContentLoader.LoadOrThrow(RepoPaths.Content).Plans.Single(p => p.Id == "kazo-gyosei-keiei-2021-2025");
        var queries = new PlanQueries(plan);
        var department = Departments.Of(plan).Single(d => d.Name == "政策調整課");
        var goals = department.Measures.Select(m => queries.Ancestors(m).Single(a => a.Depth == 1).Id).Distinct();
        Assert.Equal(["goal-2", "goal-3", "goal-5"], goals);
        Assert.Equal(["goal-1", "goal-3"],
            Departments.Of(plan).Single(d => d.Name == "交通防犯課").Measures.Select(m => queries.Ancestors(m).Single(a => a.Depth == 1).Id).Distinct());
    }

    [Fact]
    public void KazoIndexCountsEachDepartmentsItems()
    {
        var index = site.Page(Path.Combine(Kazo, "departments", "index.html"));
        Assert.Equal("担当部署の一覧", index.QuerySelector("main h1")!.TextContent);
        var rows = index.QuerySelectorAll("table.departments tbody tr")
            .ToDictionary(tr => tr.QuerySelector("th")!.TextContent.Trim(), tr => tr.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(27, rows.Count);
        Assert.Equal("3", rows["交通防犯課"]);
        Assert.Equal("8", rows["政策調整課"]);
        // 業務改善課 is named on 35 items; 6 of them are 【再掲】 copies (72, 73, 74, 95, 106, 132), listed once under their original.
        Assert.Equal("29", rows["業務改善課"]);
        // The first 担当課 the document prints is item 1's (L1085): シティプロモーション課.
        var first = index.QuerySelector("table.departments tbody a")!;
        Assert.Equal("シティプロモーション課", first.TextContent);
        Assert.Equal($"../../../{Kazo}/departments/{Encoded("シティプロモーション課")}/", first.GetAttribute("href"));

        var plan = site.Page(Path.Combine(Kazo, "index.html"));
        var link = plan.QuerySelectorAll(".facts a").Single(a => a.GetAttribute("href") == $"../../{Kazo}/departments/");
        Assert.Equal("担当部署の一覧（27部署）", link.TextContent);
    }

    [Fact]
    public void MeasurePage担当LinksToEachDepartmentPage()
    {
        // Item 32 names four 担当課 (L2034: 産業振興課、高齢介護課、障がい者福祉課、子育て支援課).
        var measure = site.Page(Path.Combine(Kazo, "measures", "32", "index.html"));
        var links = measure.QuerySelectorAll(".facts dd a").Where(a => a.GetAttribute("href")!.Contains("/departments/")).ToArray();
        Assert.Equal(["産業振興課", "高齢介護課", "障がい者福祉課", "子育て支援課"], links.Select(a => a.TextContent));
        foreach (var a in links)
        {
            Assert.Equal($"../../../../{Kazo}/departments/{Encoded(a.TextContent)}/", a.GetAttribute("href"));
            // The encoded link reaches the file a web server serves for it.
            Assert.True(File.Exists(Path.Combine(site.OutDir, Kazo, "departments", a.TextContent, "index.html")), a.TextContent);
            Assert.Contains(Department(Kazo, a.TextContent).QuerySelectorAll("table.department-measures tbody a"),
                x => x.GetAttribute("href") == $"../../../../{Kazo}/measures/32/");
        }
    }

    [Fact]
    public void GradedPlanShowsEachItemsLatestGrade()
    {
        // Seed 001: 財政課 on items 5 (L17, C), 12 (L41, A) and 15 (L47, B), all for 令和元年度.
        var page = Department(Sakado, "財政課");
        Assert.Equal(["5", "12", "15"], Column(page, 0));
        Assert.Equal(["令和元年度（2019年度）：Cやや遅れ", "令和元年度（2019年度）：A順調", "令和元年度（2019年度）：Bほぼ順調"], Column(page, 3));
        Assert.Null(page.QuerySelector(".no-reviews"));
    }

    [Fact]
    public void DepartmentPagesAreInTheSitemapAndTheUrlManifest()
    {
        string url = $"{Kazo}/departments/{Encoded("交通防犯課")}/";
        Assert.Contains($"<loc>https://plansite.example/{url}</loc>", File.ReadAllText(Path.Combine(site.OutDir, "sitemap.xml")));
        Assert.Contains($"<loc>https://plansite.example/{Kazo}/departments/</loc>", File.ReadAllText(Path.Combine(site.OutDir, "sitemap.xml")));
        var manifest = File.ReadAllLines(Path.Combine(RepoPaths.Content, "published-urls.txt"));
        Assert.Contains("/" + url, manifest);
        Assert.Contains($"/{Kazo}/departments/", manifest);
    }
}
