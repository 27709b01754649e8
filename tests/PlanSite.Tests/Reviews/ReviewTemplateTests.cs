using System.Text;
using PlanSite.Content.Loading;
using PlanSite.Reviews;
using static PlanSite.Reviews.ReviewSheetLayout;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

public class ReviewTemplateTests
{
    private const string Saitama = "saitama-dx-2021-2025";
    private const string Sakado = "sakado-gyokaku-2017-2021";

    [Fact]
    public void TemplateForANewYearListsEveryMeasureAndIndicatorWithThatYearsTargetsAndEmptyInputColumns()
    {
        using var content = new ContentCopy();
        string csv = content.File("s23.csv");
        var (exit, output, err) = Run("review", "template", Saitama, "2023", "--out", csv, "--content", content.ContentDir);
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        Assert.Contains("69 measures and 67 indicators for 令和5年度（2023年度）", output);

        byte[] bytes = File.ReadAllBytes(csv);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("年度,種別,ID,コード,名称,単位,目標値,実績値,評価,コメント\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));

        var sheet = Sheet.Load(csv);
        Assert.Equal(69 + 67, sheet.Rows.Count);
        Assert.Equal(["2023", "指標", "2-1-3-1", "", "RPAによる職員運用業務の削減（時間）", "時間", "14.5", "", "", ""], sheet.Row("2-1-3-1"));
        Assert.Equal(["2023", "事業", "2-1-1", "2-1-1", "RPAの導入による支給申請書等入力補助業務", "", "", "", "", ""], sheet.Row("2-1-1", indicator: false));
        Assert.Equal("実現", sheet.Row("2-1-1-2")[sheet.Column(Target)]);
        Assert.All(sheet.Rows, r => Assert.Equal("", r[sheet.Column(Actual)] + r[sheet.Column(Evaluation)] + r[sheet.Column(Comment)]));
        // Plan order: a measure row comes right before its indicators.
        Assert.Equal(sheet.Rows.IndexOf(sheet.Row("2-1-1", indicator: false)) + 1, sheet.Rows.IndexOf(sheet.Row("2-1-1-1")));
    }

    [Fact]
    public void TemplateForAReviewedYearIsFilledInFromTheReview()
    {
        var (plan, errors) = ContentLoader.LoadPlan(Support.RepoPaths.Content, Saitama);
        Assert.Empty(errors);
        var sheet = ReviewTemplate.Create(plan!, new Model.FiscalYear(2022));
        var row = sheet.Rows.Single(r => r[2] == "2-1-3-1" && r[1] == IndicatorKind);
        Assert.Equal(["2022", "指標", "2-1-3-1", null, "RPAによる職員運用業務の削減（時間）", "時間", "14.5", "18.9", "S", null], row);
    }

    [Fact]
    public void TemplateGivesEachCommentaryHeadingOfTheReviewItsOwnColumn()
    {
        var (plan, _) = ContentLoader.LoadPlan(Support.RepoPaths.Content, Sakado);
        var sheet = ReviewTemplate.Create(plan!, new Model.FiscalYear(2019));
        Assert.Equal([.. Fixed, "コメント：R1年度取組内容", "コメント：本部会意見"], sheet.Header);
        var item = sheet.Rows.Single(r => r[2] == "5" && r[1] != IndicatorKind);
        Assert.Equal("C", item[8]);
        Assert.Equal("私立幼稚園運営費補助金が、対象となる園の減少に伴い、前年度から201千円減額となった。", item[10]);
        Assert.StartsWith("各課と連携し、市民ニーズ等の社会経済情勢の変化に", item[11]);
        Assert.Equal("66件", sheet.Rows.Single(r => r[2] == "1-1" && r[1] == IndicatorKind)[7]);
    }

    [Fact]
    public void YearOutsideThePlanIsAClearErrorAndNothingIsWritten()
    {
        using var content = new ContentCopy();
        string csv = content.File("x.csv");
        var (exit, _, err) = Run("review", "template", Saitama, "2026", "--out", csv, "--content", content.ContentDir);
        Assert.Equal(1, exit);
        Assert.Contains("fiscal year 2026 is outside the plan period of 'saitama-dx-2021-2025': 2021–2025", err);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void UnknownPlanIsAnError()
    {
        using var content = new ContentCopy();
        var (exit, _, err) = Run("review", "template", "no-such-plan", "2023", "--content", content.ContentDir);
        Assert.Equal(1, exit);
        Assert.Contains("no plan 'no-such-plan'", err);
    }
}
