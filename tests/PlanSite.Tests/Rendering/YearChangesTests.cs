using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Rendering.Pages;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

/// <summary>「この年度の変化」 on the plan page: the latest two reviews compared with the same ReviewDiff as plansite diff.</summary>
public class YearChangesTests
{
    private static Plan Load(string id)
    {
        var (plan, errors) = ContentLoader.LoadPlan(RepoPaths.Content, id);
        Assert.Empty(errors);
        return plan!;
    }

    [Fact]
    public void SaitamaListsGradesThatMovedAndActualsThatFellBetween2021And2022()
    {
        var view = YearChanges.For(Load("saitama-dx-2021-2025"), "../../")!;
        Assert.Equal(("令和3年度（2021年度）", "令和4年度（2022年度）", "S、A、B"), (view.FromYear, view.ToYear, view.Scale));
        Assert.Contains("評価が上がった指標：7件", view.Counts);
        Assert.Contains("評価が下がった指標：4件", view.Counts);
        Assert.Contains("実績が悪化した指標：10件", view.Counts);
        var rpa = view.Rows.First(r => r.Item.Href == "../../plans/saitama-dx-2021-2025/indicators/2-1-1-1/");
        Assert.Equal(("帳票読取・入力（削減時間）", "評価が下がった", "S（目標を大きく上回る）", "A（目標を達成・概ね達成）"), (rpa.Item.Text, rpa.Change, rpa.From, rpa.To));
        Assert.Contains(view.Rows, r => r.Item.Text == "帳票読取・入力（削減時間）" && r.Change == "実績が悪化（差 -1,608、増減率 -33.1%、大きいほど良い）" && r.From == "4,851" && r.To == "3,243");
        // Grades given or withdrawn are counted, not listed.
        Assert.Contains("評価が新たに付いた指標：1件", view.Counts);
        Assert.DoesNotContain(view.Rows, r => r.Item.Href.EndsWith("/11-1-1-4/"));
    }

    [Fact]
    public void TokorozawaCountsItsFirstMeasureGradesWithoutListingThemAndAPlanWithOneReviewHasNoSection()
    {
        var view = YearChanges.For(Load("tokorozawa-jimu-jigyo-2019"), "../../")!;
        Assert.Contains("評価が新たに付いた事務事業：26件", view.Counts);
        Assert.Equal(4, view.Rows.Count);
        Assert.All(view.Rows, r => Assert.StartsWith("実績が悪化", r.Change));
        Assert.Null(YearChanges.For(Load("sakado-gyokaku-2017-2021"), "../../"));
    }

    [Fact]
    public void TheSectionIsATableWithRowHeadersAndEscapesWhatContentSays()
    {
        const string name = "散乱数 <b>&</b>";
        using var site = new BuiltSite(new TempContent()
            .WithValidPlan(TempContent.ValidPlan.Replace("name: 散乱数", $"name: \"{name}\""))
            .With("plans/demo/reviews/2022.yaml", TempContent.ValidReview.Replace("fiscal_year: 2021", "fiscal_year: 2022")
                .Replace("{id: 1-1-2, actual: 7539, grade: A}", "{id: 1-1-2, actual: 7600, grade: B}")));
        var page = site.Page("plans/demo/index.html");
        var section = page.QuerySelector("section[aria-labelledby=changes-heading]")!;
        Assert.Equal("この年度の変化", section.QuerySelector("h2#changes-heading")!.TextContent);
        Assert.Equal(["評価が下がった指標：1件", "実績が悪化した指標：1件"], section.QuerySelectorAll("li").Select(li => li.TextContent));
        var rows = section.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent).ToArray()).ToArray();
        Assert.Equal([name, "評価が下がった", "A（達成）", "B（未達）"], rows[0]);
        Assert.Equal([name, "実績が悪化（差 +61、増減率 +0.8%、小さいほど良い）", "7,539", "7,600"], rows[1]);
        Assert.Empty(section.QuerySelectorAll("b"));
        Assert.All(section.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
    }
}
