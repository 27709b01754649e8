using System.Text;
using System.Text.Json;
using PlanSite.Cli;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Reviews.Diff;
using PlanSite.Tests.Support;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

/// <summary>plansite diff on the published reviews: Saitama 2021/2022 and Tokorozawa 2018/2019.</summary>
public class ReviewDiffTests
{
    private const string Saitama = "saitama-dx-2021-2025";
    private const string Tokorozawa = "tokorozawa-jimu-jigyo-2019";

    private static Plan Load(string id)
    {
        var (plan, errors) = ContentLoader.LoadPlan(RepoPaths.Content, id);
        Assert.Empty(errors);
        return plan!;
    }

    private static Review ReviewOf(Plan plan, int year) => plan.Reviews.Single(r => r.FiscalYear.StartYear == year);

    private static ReviewComparison Compare(string id, int from, int to)
    {
        var plan = Load(id);
        return ReviewDiff.Compare(plan, ReviewOf(plan, from), ReviewOf(plan, to));
    }

    [Fact]
    public void SaitamaGradesMoveAlongThePlansScaleAndTheUnrankedGradeIsNeitherBetterNorWorse()
    {
        var diff = Compare(Saitama, 2021, 2022);
        Assert.Equal(67, diff.IndicatorsCompared);
        Assert.Equal(15, diff.IndicatorGrades.Count);
        GradeChange Change(string id) => diff.IndicatorGrades.Single(g => g.Id == id);

        Assert.Equal(("S", "A", GradeMove.Worse), (Change("2-1-1-1").From!.Key, Change("2-1-1-1").To!.Key, Change("2-1-1-1").Move));
        Assert.Equal(("B", "S", GradeMove.Better), (Change("2-1-3-1").From!.Key, Change("2-1-3-1").To!.Key, Change("2-1-3-1").Move));
        // 「-」 is 評価対象外 (tone none): - → B is a change, not a fall.
        Assert.Equal(("-", "B", GradeMove.Changed), (Change("1-1-1-1").From!.Key, Change("1-1-1-1").To!.Key, Change("1-1-1-1").Move));
        Assert.Equal(GradeMove.Given, Change("11-1-1-4").Move);
        Assert.Null(Change("11-1-1-4").From);
        Assert.Equal(GradeMove.Withdrawn, Change("11-1-1-2").Move);
        Assert.DoesNotContain(diff.IndicatorGrades, g => g.Id == "2-1-2-1"); // A in both years
        Assert.Empty(diff.MeasureGrades);
        Assert.Empty(diff.Measures);
    }

    [Fact]
    public void SaitamaActualsThatFellForAnIncreaseIndicatorAreWorseWithTheirDifference()
    {
        var diff = Compare(Saitama, 2021, 2022);
        var rpa = diff.WorseActuals.Single(d => d.Id == "2-1-1-1");
        Assert.Equal(("4851", "3243", -1608m, -33.1m), (rpa.From.Raw, rpa.To.Raw, rpa.Difference, rpa.Percent));
        Assert.Equal(Direction.Increase, rpa.Direction);
        Assert.DoesNotContain(diff.WorseActuals, d => d.Id == "2-1-2-1"); // 3509 → 4365 went the right way
        Assert.Equal(10, diff.WorseActuals.Count);

        Assert.Equal(2, diff.Actuals.Count);
        var removed = diff.Actuals.Single(a => a.Id == "11-1-1-2");
        Assert.Equal((Presence.Removed, "38", null), (removed.Change, removed.From!.Raw, removed.To));
        var added = diff.Actuals.Single(a => a.Id == "11-1-1-4");
        Assert.Equal((Presence.New, "7"), (added.Change, added.To!.Raw));
    }

    [Fact]
    public void ComparingTheOtherWayRoundReversesTheMoves()
    {
        var diff = Compare(Saitama, 2022, 2021);
        Assert.Equal(GradeMove.Better, diff.IndicatorGrades.Single(g => g.Id == "2-1-1-1").Move);
        Assert.Equal(GradeMove.Worse, diff.IndicatorGrades.Single(g => g.Id == "2-1-3-1").Move);
        Assert.DoesNotContain(diff.WorseActuals, d => d.Id == "2-1-1-1");
        Assert.Contains(diff.WorseActuals, d => d.Id == "2-1-2-1" && d.Difference == -856m);
    }

    [Fact]
    public void TokorozawaMeasuresGetTheirFirstGradesAndMissingActualsAreNamed()
    {
        var diff = Compare(Tokorozawa, 2018, 2019);
        Assert.Equal(26, diff.MeasuresCompared);
        Assert.Equal(26, diff.MeasureGrades.Count);
        Assert.All(diff.MeasureGrades, g => Assert.Equal(GradeMove.Given, g.Move));
        Assert.Equal("B", diff.MeasureGrades.Single(g => g.Id == "management-system").To!.Key);
        Assert.Equal("A", diff.MeasureGrades.Single(g => g.Id == "koreisha-keikaku").To!.Key);
        Assert.Empty(diff.IndicatorGrades);

        var execution = diff.WorseActuals.Single(d => d.Id == "seisaku-keisei-outcome");
        Assert.Equal(("76.4%", "64.5%", -11.9m, -15.6m), (execution.From.Raw, execution.To.Raw, execution.Difference, execution.Percent));
        Assert.Equal(["management-system-outcome", "seisaku-keisei-outcome", "zencho-network-outcome", "gyosei-johoka-outcome"], diff.WorseActuals.Select(d => d.Id));

        Assert.Equal((Presence.New, "完了した"), diff.Actuals.Where(a => a.Id == "koreisha-keikaku-outcome").Select(a => (a.Change, a.To!.Raw)).Single());
        // 2019 lists the indicator with a note that the actual cannot be identified, and no actual.
        Assert.Equal((Presence.Missing, "‐"), diff.Actuals.Where(a => a.Id == "kyotsu-nozei-outcome").Select(a => (a.Change, a.From!.Raw)).Single());
    }

    [Fact]
    public void AMeasureReviewedInOneYearOnlyIsListedAsAddedOrRemoved()
    {
        var plan = Load(Tokorozawa);
        var earlier = ReviewOf(plan, 2018);
        var later = ReviewOf(plan, 2019);
        var withoutPc = later with { Measures = later.Measures.Where(m => m.Key != "pc-seibi").ToDictionary() };

        var diff = ReviewDiff.Compare(plan, earlier, withoutPc);
        var entry = Assert.Single(diff.Measures);
        Assert.Equal(("pc-seibi", "全庁ネットワークパソコン整備事業", false), (entry.Id, entry.Title, entry.Added));
        Assert.DoesNotContain(diff.MeasureGrades, g => g.Id == "pc-seibi");

        var back = ReviewDiff.Compare(plan, withoutPc, later);
        Assert.True(Assert.Single(back.Measures).Added);
    }

    [Fact]
    public void TheTerminalReportNamesIdsGradesAndDifferences()
    {
        var (exit, output, err) = Run("diff", Saitama, "2021", "2022", "--content", RepoPaths.Content);
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Contains("令和3年度（2021年度） → 令和4年度（2022年度）の変化：指標 67 件・施策 0 件を比較", lines);
        Assert.Contains("■ 評価が変わった指標（15件）", lines);
        Assert.Contains("  [下がった] 2-1-1-1 帳票読取・入力（削減時間）：S（目標を大きく上回る） → A（目標を達成・概ね達成）", lines);
        Assert.Contains("  [上がった] 2-1-3-1 RPAによる職員運用業務の削減（時間）：B（目標未達） → S（目標を大きく上回る）", lines);
        Assert.Contains("  2-1-1-1 帳票読取・入力（削減時間）：4,851 → 3,243（差 -1,608、増減率 -33.1%、大きいほど良い）", lines);
        Assert.Contains(lines, l => l.StartsWith("  2-3-2-1 ") && l.EndsWith("88% → 79%（差 -9ポイント、増減率 -10.2%、大きいほど良い）"));
        Assert.Contains(lines, l => l.StartsWith("  [記載なし] 11-1-1-2 ") && l.EndsWith("：38 → なし"));
        Assert.Contains("■ 片方の年度にだけある施策（0件）", lines);
    }

    [Fact]
    public void CsvReportIsUtf8WithBomOneRowPerChange()
    {
        string file = Path.Combine(Path.GetTempPath(), "plansite-diff-" + Guid.NewGuid().ToString("N") + ".csv");
        var (exit, output, _) = Run("diff", Tokorozawa, "2018", "2019", "--format", "csv", "--out", file, "--content", RepoPaths.Content);
        Assert.Equal(0, exit);
        byte[] bytes = File.ReadAllBytes(file);
        File.Delete(file);
        Assert.StartsWith($"wrote {file}: 26 grade change(s), 4 worse actual(s), 6 actual(s) in one year only, 0 measure(s) in one year only", output);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("区分,ID,名称,変化,2018年度,2019年度,差,増減率", rows[0]);
        Assert.Equal(1 + 26 + 4 + 6, rows.Length);
        Assert.Contains("実績が悪化した指標（指標の向きに対して）,seisaku-keisei-outcome,事業予算の執行率,悪化（大きいほど良い）,76.4%,64.5%,-11.9ポイント,-15.6%", rows);
        Assert.Contains("評価が変わった施策,management-system,所沢市マネジメントシステム推進事業,評価が付いた,,B,,", rows);
    }

    [Fact]
    public void JsonReportCarriesTheSameChanges()
    {
        var (exit, output, _) = Run("diff", Saitama, "2021", "2022", "--format", "json", "--content", RepoPaths.Content);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal((2021, 2022), (root.GetProperty("from").GetInt32(), root.GetProperty("to").GetInt32()));
        var rpa = root.GetProperty("indicator_grades").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2-1-1-1");
        Assert.Equal(("worse", "S", "A"), (rpa.GetProperty("move").GetString(), rpa.GetProperty("from").GetString(), rpa.GetProperty("to").GetString()));
        var fell = root.GetProperty("worse_actuals").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2-1-1-1");
        Assert.Equal(-1608m, fell.GetProperty("difference").GetDecimal());
    }

    [Theory]
    [InlineData("no-such-plan", "2021", "2022", "no plan 'no-such-plan' in ")]
    [InlineData(Saitama, "2021", "2023", "no review for fiscal year 2023 (令和5年度) of 'saitama-dx-2021-2025': ")]
    [InlineData(Saitama, "2019", "2022", "fiscal year 2019 is outside the plan period of 'saitama-dx-2021-2025': 2021–2025")]
    [InlineData(Saitama, "2022", "2022", "both years are 2022: give two different fiscal years to compare")]
    public void AnUnknownPlanOrAYearWithoutAReviewIsAClearErrorAndNothingIsPrinted(string plan, string a, string b, string message)
    {
        var (exit, output, err) = Run("diff", plan, a, b, "--content", RepoPaths.Content);
        Assert.Equal(PlanSiteCommand.ContentErrors, exit);
        Assert.Equal("", output);
        Assert.Contains(message, err);
        Assert.Contains("nothing compared", err);
    }

    [Fact]
    public void AMissingReviewFileIsNamedWithTheYearsThatDoExist()
    {
        var (_, _, err) = Run("diff", Saitama, "2023", "2022", "--content", RepoPaths.Content);
        Assert.Contains(Path.Combine(RepoPaths.Content, "plans", Saitama, "reviews", "2023.yaml") + " does not exist; reviews exist for: 2021, 2022", err);
    }

    [Fact]
    public void DiffHasHelp()
    {
        var (exit, output, _) = Run("diff", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("year-a", output);
        Assert.Contains("--format", output);
    }
}
