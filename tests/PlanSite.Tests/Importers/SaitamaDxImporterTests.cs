using System.Globalization;
using System.Text;
using PlanSite.Importers;
using PlanSite.Importers.SaitamaDx;
using PlanSite.Model;

namespace PlanSite.Tests.Importers;

public class SaitamaDxImporterTests
{
    private static readonly Lazy<ImportResult> Imported = new(ImportSeed);

    private static ImportResult ImportSeed()
    {
        var importer = new SaitamaDxImporter();
        string root = RepositoryRoot();
        return importer.Import(Path.Combine(root, "seeds", importer.SeedFileName),
            Path.Combine(root, "seeds", "curation", Path.ChangeExtension(importer.SeedFileName, ".yaml")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "seeds", "004_ed437960464d9b3c.txt")))
                return dir.FullName;
        throw new InvalidOperationException("repository root with seeds/ not found");
    }

    private static Plan Plan => Imported.Value.Plan;

    private static Measure MeasureById(string id) => Plan.AllMeasures.Single(m => m.Id == id);

    private static Indicator IndicatorById(string id) => Plan.AllIndicators.Single(i => i.Id == id);

    private static IndicatorResult? Result(int fiscalYear, string indicatorId) =>
        Plan.Reviews.Single(r => r.FiscalYear == new FiscalYear(fiscalYear)).Indicators.GetValueOrDefault(indicatorId);

    private static string? TargetRaw(string indicatorId, int fiscalYear) => IndicatorById(indicatorId).TargetFor(new FiscalYear(fiscalYear))?.Raw;

    [Fact]
    public void Importer_names_its_source()
    {
        var importer = new SaitamaDxImporter();
        Assert.Equal("saitama-dx", importer.Name);
        Assert.Equal("004_ed437960464d9b3c.txt", importer.SeedFileName);
    }

    [Fact]
    public void Curated_import_has_no_warnings()
    {
        Assert.Empty(Imported.Value.Warnings);
    }

    [Fact]
    public void Without_the_seed_specific_curation_the_known_traps_are_reported()
    {
        string root = RepositoryRoot();
        string yaml = File.ReadAllText(Path.Combine(root, "seeds", "curation", "004_ed437960464d9b3c.yaml"));
        // Keep the plan metadata, grades and units; drop the budget, roadmap and indicator entries.
        string trimmed = yaml[..yaml.IndexOf("\nbudgets:", StringComparison.Ordinal)] + "\n";
        string path = Path.Combine(Path.GetTempPath(), $"saitama-dx-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, trimmed);
        try
        {
            var result = new SaitamaDxImporter().Import(Path.Combine(root, "seeds", "004_ed437960464d9b3c.txt"), path);
            var lines = result.Warnings.Select(w => w.Line).Distinct().Order().ToArray();
            // L10…L266 unplaceable roadmap marks; L455-457 unlabelled rows; L693/L696 four targets;
            // L779 budget without year; L824 連絡率 two targets; L830-831 開封率's extra cell and R5 actual.
            Assert.Equal([10, 157, 158, 242, 266, 455, 456, 457, 693, 696, 779, 824, 830, 831], lines);
            // Read by position, 開封率's actual lands in R5, which is why the curation realigns it.
            Assert.Equal(7m, result.Plan.Reviews.Single(r => r.FiscalYear.StartYear == 2023).Indicators["11-1-1-4"].Actual!.Number);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plan_metadata_comes_from_the_curation_and_the_headers()
    {
        Assert.Equal("saitama-dx-2021-2025", Plan.Id);
        Assert.Equal(new Municipality("さいたま市", "埼玉県"), Plan.Municipality);
        Assert.False(string.IsNullOrWhiteSpace(Plan.Title));
        Assert.Contains("計画名", Plan.TitleNote);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2025)), Plan.Period);
        Assert.Equal("令和5年度版（令和4年度実績まで）", Plan.AsOf);
        Assert.Equal("004_ed437960464d9b3c.txt", Plan.Source.File);
        Assert.Equal(["施策群", "施策", "事業"], Plan.LevelNames);
        Assert.Equal(["S", "A", "B", "-"], Plan.Grades.Grades.Select(g => g.Key));
        Assert.Equal([GradeTone.Good, GradeTone.Good, GradeTone.Poor, GradeTone.None], Plan.Grades.Grades.Select(g => g.Tone));
        Assert.All(Plan.Grades.Grades, g => Assert.Contains("推定", g.Description));
    }

    [Fact]
    public void The_38_projects_are_at_depth_2_in_document_order()
    {
        string[] expected =
        [
            "1-1-1",
            "2-1-1", "2-1-2", "2-1-3", "2-2-1", "2-2-2", "2-2-3", "2-3-2", "2-3-3",
            "2-4-1", "2-4-2", "2-4-3", "2-4-4", "2-4-5", "2-4-7", "2-4-8", "2-4-9",
            "2-5-1",
            "3-1-1", "3-2-1", "3-3-1",
            "4-1-1", "4-2-2", "4-2-3", "4-2-4",
            "5-1-1", "5-1-2", "5-2-1",
            "6-1-1",
            "7-1-1", "7-1-2", "7-2-1", "7-2-2", "7-4-1",
            "9-2-1",
            "10-2-1", "10-3-1",
            "11-1-1",
        ];
        var projects = Plan.AllMeasures.Where(m => m.Depth == 2).ToList();
        Assert.Equal(expected, projects.Select(m => m.Code));
        Assert.All(projects, m => Assert.Equal(m.Code, m.Id));
        Assert.All(projects, m => Assert.Empty(m.Children));
        Assert.Equal(3, MeasureById("1-1-1").SourceLine);
        Assert.Equal(60, MeasureById("2-1-3").SourceLine);
        Assert.Equal(803, MeasureById("11-1-1").SourceLine);
    }

    [Fact]
    public void Group_levels_are_built_from_the_codes()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "9", "10", "11"], Plan.Measures.Select(m => m.Code));
        Assert.All(Plan.Measures, m => Assert.Equal(0, m.Depth));
        var level2 = Plan.AllMeasures.Where(m => m.Depth == 1).ToList();
        Assert.Equal(21, level2.Count);
        Assert.Equal(["2-1", "2-2", "2-3", "2-4", "2-5"], MeasureById("2").Children.Select(m => m.Code));
        Assert.Equal("施策群 2", MeasureById("2").Title);
        Assert.Equal("施策 2-1", MeasureById("2-1").Title);
        Assert.Equal("2", MeasureById("2-1").ParentId);
        Assert.Equal("2-1", MeasureById("2-1-3").ParentId);
        Assert.Equal(["2-1-1", "2-1-2", "2-1-3"], MeasureById("2-1").Children.Select(m => m.Code));
        Assert.Equal(17, MeasureById("2").Children.Sum(c => c.Children.Count));
    }

    [Fact]
    public void There_are_67_indicators_numbered_within_their_project()
    {
        var indicators = Plan.AllIndicators.ToList();
        Assert.Equal(67, indicators.Count);
        Assert.Equal(67, indicators.Select(i => i.Id).Distinct().Count());
        Assert.Equal(["11-1-1-1", "11-1-1-2", "11-1-1-3", "11-1-1-4"], MeasureById("11-1-1").Indicators.Select(i => i.Id));
        Assert.All(indicators, i => Assert.StartsWith(i.MeasureId + "-", i.Id));
        var perProject = Plan.AllMeasures.Where(m => m.Depth == 2).GroupBy(m => m.Indicators.Count).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<int, int> { [1] = 20, [2] = 8, [3] = 9, [4] = 1 }, perProject);
        Assert.Equal(76, IndicatorById("2-1-3-1").SourceLine);
        Assert.Equal(830, IndicatorById("11-1-1-4").SourceLine);
    }

    [Theory]
    [InlineData(2021, 10, 32, 10, 14)]
    [InlineData(2022, 10, 40, 4, 12)]
    public void Grade_tallies_match_the_sheet(int fiscalYear, int s, int a, int b, int notEvaluated)
    {
        var review = Plan.Reviews.Single(r => r.FiscalYear == new FiscalYear(fiscalYear));
        var tally = review.Indicators.Values.Where(r => r.Grade is not null).GroupBy(r => r.Grade!.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["S"] = s, ["A"] = a, ["B"] = b, ["-"] = notEvaluated }, tally);
        // One indicator per year has no grade: 開封率 in R3, 連絡率 in R4.
        Assert.Equal(66, review.Indicators.Count);
        Assert.All(review.Indicators, pair => Assert.Same(Plan.Grades.Find(pair.Value.Grade!.Key), pair.Value.Grade));
    }

    [Fact]
    public void Reviews_exist_for_R3_and_R4_only_and_hold_no_measure_grades()
    {
        Assert.Equal([2021, 2022], Plan.Reviews.Select(r => r.FiscalYear.StartYear));
        Assert.All(Plan.Reviews, r => Assert.Empty(r.Measures));
        Assert.All(Plan.Reviews.SelectMany(r => r.Indicators), pair => Assert.Equal(pair.Key, pair.Value.IndicatorId));
    }

    [Fact]
    public void Departments_are_the_事業原課()
    {
        var projects = Plan.AllMeasures.Where(m => m.Depth == 2).ToList();
        Assert.All(projects, m => Assert.Single(m.Owners));
        Assert.Equal(22, projects.Select(m => m.Owners[0]).Distinct().Count());
        Assert.Equal(["2-4-2", "3-1-1", "3-2-1", "3-3-1", "5-1-1", "5-2-1", "6-1-1", "7-4-1", "9-2-1", "11-1-1"],
            projects.Where(m => m.Owners[0] == "デジタル改革推進部").Select(m => m.Code));
        Assert.Equal("審査課", MeasureById("2-1-3").Owners[0]);
        Assert.Equal("食肉中央卸売市場・と畜場", MeasureById("5-1-2").Owners[0]);
        Assert.Equal("行財政改革推進部", MeasureById("2-5-1").Owners[0]);
    }

    [Fact]
    public void Indicator_2_1_3_1_reads_targets_actuals_and_grades()
    {
        var indicator = IndicatorById("2-1-3-1");
        Assert.Equal("RPAによる職員運用業務の削減（時間）", indicator.Name);
        Assert.Equal("時間", indicator.Unit);
        Assert.Equal(Direction.Increase, indicator.Direction);
        Assert.Equal([10.8m, 14.5m, 14.5m, 14.5m, 14.5m], indicator.Targets.Select(t => t.Value.Number!.Value));
        Assert.Equal([2021, 2022, 2023, 2024, 2025], indicator.Targets.Select(t => t.Key.StartYear));
        Assert.Equal(5.7m, Result(2021, "2-1-3-1")!.Actual!.Number);
        Assert.Equal("B", Result(2021, "2-1-3-1")!.Grade!.Key);
        Assert.Equal(18.9m, Result(2022, "2-1-3-1")!.Actual!.Number);
        Assert.Equal("S", Result(2022, "2-1-3-1")!.Grade!.Key);
        Assert.Empty(indicator.Curation);
    }

    [Fact]
    public void Values_keep_their_source_text()
    {
        var target = IndicatorById("2-1-1-1").TargetFor(new FiscalYear(2021))!;
        Assert.Equal("3000", target.Raw);
        Assert.Equal(3000m, target.Number);

        var withComma = IndicatorById("4-2-3-1").TargetFor(new FiscalYear(2021))!;
        Assert.Equal("1,650", withComma.Raw);
        Assert.Equal(1650m, withComma.Number);
        Assert.Equal("450", TargetRaw("4-2-3-1", 2022));
        Assert.Equal("5,284", Result(2021, "4-2-3-1")!.Actual!.Raw);

        var word = IndicatorById("2-2-3-1").TargetFor(new FiscalYear(2024))!;
        Assert.Equal("未定", word.Word);
        Assert.False(word.IsNumber);
        Assert.Equal("-", IndicatorById("2-2-3-1").TargetFor(new FiscalYear(2021))!.Word);
        Assert.Equal("なし", TargetRaw("1-1-1-1", 2021));
        Assert.Equal("なし", Result(2021, "1-1-1-1")!.Actual!.Word);
        Assert.Equal("-", Result(2021, "2-2-2-1")!.Actual!.Word);
        Assert.Equal("B", Result(2021, "2-2-2-1")!.Grade!.Key);
    }

    [Fact]
    public void Units_come_from_the_trailing_group_when_curated_as_units()
    {
        Assert.Null(IndicatorById("2-1-1-1").Unit); // （削減時間） describes, it is no unit
        Assert.Equal("件", IndicatorById("1-1-1-1").Unit);
        Assert.Equal("枚数", IndicatorById("2-1-3-2").Unit);
        Assert.Equal("%", IndicatorById("2-3-2-1").Unit);
        Assert.Equal("％", IndicatorById("2-5-1-1").Unit); // the earlier （教職員除く） is not the trailing group
        Assert.Equal("㎡", IndicatorById("2-4-5-1").Unit);
        Assert.Equal("時間/年", IndicatorById("2-4-5-2").Unit);
        Assert.Null(IndicatorById("11-1-1-1").Unit);
        Assert.Equal(31, Plan.AllIndicators.Count(i => i.Unit is not null)); // 33 trailing groups, 2 of them 削減時間
    }

    [Fact]
    public void Open_rate_is_realigned_to_R4()
    {
        var indicator = IndicatorById("11-1-1-4");
        Assert.Equal("標的型攻撃メール訓練における開封率", indicator.Name);
        Assert.Equal("/", TargetRaw("11-1-1-4", 2021));
        Assert.Equal(["12", "12", "12", "12"], indicator.Targets.Skip(1).Select(t => t.Value.Raw));
        Assert.Null(Result(2021, "11-1-1-4"));
        Assert.Equal(7m, Result(2022, "11-1-1-4")!.Actual!.Number);
        Assert.Equal("A", Result(2022, "11-1-1-4")!.Grade!.Key);
        Assert.DoesNotContain(Plan.Reviews, r => r.FiscalYear.StartYear >= 2023);
        Assert.Equal(Direction.Decrease, indicator.Direction);
        Assert.Equal(2, indicator.Curation.Count);
    }

    [Fact]
    public void Contact_rate_ends_after_R4()
    {
        Assert.Equal(["64", "/"], IndicatorById("11-1-1-2").Targets.Select(t => t.Value.Raw));
        Assert.Equal(38m, Result(2021, "11-1-1-2")!.Actual!.Number);
        Assert.Null(Result(2022, "11-1-1-2"));
        Assert.Single(IndicatorById("11-1-1-2").Notes);
    }

    [Fact]
    public void Project_7_2_2_has_no_R7_targets()
    {
        foreach (string id in new[] { "7-2-2-1", "7-2-2-2" })
        {
            var indicator = IndicatorById(id);
            Assert.Equal([2021, 2022, 2023, 2024], indicator.Targets.Select(t => t.Key.StartYear));
            Assert.Null(indicator.TargetFor(new FiscalYear(2025)));
            Assert.Contains("令和7年度", Assert.Single(indicator.Notes).Text);
            Assert.Empty(indicator.Curation);
        }
        Assert.Equal(["3", "12", "12", "12"], IndicatorById("7-2-2-1").Targets.Select(t => t.Value.Raw));
        Assert.Equal(10m, Result(2022, "7-2-2-1")!.Actual!.Number);
        Assert.Equal(92m, Result(2022, "7-2-2-2")!.Actual!.Number);
    }

    [Fact]
    public void Project_2_4_5_mixes_numeric_and_word_targets()
    {
        var indicator = IndicatorById("2-4-5-1");
        Assert.Equal(["2", "2", "実現", "実現", "実現"], indicator.Targets.Select(t => t.Value.Raw));
        Assert.Equal([true, true, false, false, false], indicator.Targets.Select(t => t.Value.IsNumber));
        Assert.Equal(Direction.Increase, indicator.Direction);
        Assert.Equal(2m, Result(2022, "2-4-5-1")!.Actual!.Number);
    }

    [Fact]
    public void Unlabelled_rows_of_4_1_1_are_read_by_order()
    {
        var indicator = IndicatorById("4-1-1-1");
        Assert.Equal(["1", "1", "1", "1", "1"], indicator.Targets.Select(t => t.Value.Raw));
        Assert.Equal(1m, Result(2021, "4-1-1-1")!.Actual!.Number);
        Assert.Equal("A", Result(2022, "4-1-1-1")!.Grade!.Key);
        Assert.Single(indicator.Curation);
    }

    [Fact]
    public void Directions_follow_targets_and_curation()
    {
        Assert.Equal(["4-2-3-3", "11-1-1-4"], Plan.AllIndicators.Where(i => i.Direction == Direction.Decrease).Select(i => i.Id));
        Assert.Equal(Direction.Qualitative, IndicatorById("2-1-1-2").Direction); // 実現 ×5
        Assert.Equal(Direction.Qualitative, IndicatorById("2-2-1-1").Direction); // -, -, 一部実現, 実現, 実現
        Assert.Equal(Direction.Increase, IndicatorById("2-2-3-1").Direction);    // only -, 未定: still a count
        Assert.Equal(21, Plan.AllIndicators.Count(i => i.Direction == Direction.Qualitative));
    }

    [Fact]
    public void Budgets_keep_the_parenthesised_text()
    {
        var budget = MeasureById("2-1-1").Budget!;
        Assert.Equal(new Budget(new FiscalYear(2023), 3146m, "千円", "令和5年度予算：3,146千円"), budget);
        Assert.Equal(new Budget(new FiscalYear(2023), null, null, "令和5年度予算：なし"), MeasureById("2-1-3").Budget);
        Assert.Equal(new Budget(new FiscalYear(2023), 898m, "千円", "R5年度予算：898千円"), MeasureById("4-2-2").Budget);
        Assert.Equal(new Budget(new FiscalYear(2023), 1040m, "千円", "1,040千円"), MeasureById("10-3-1").Budget);
        Assert.Equal(2378981m, MeasureById("7-1-1").Budget!.Amount);

        var projects = Plan.AllMeasures.Where(m => m.Depth == 2).ToList();
        Assert.Equal(27, projects.Count(m => m.Budget!.Amount is not null));
        Assert.Equal(3748979m, projects.Sum(m => m.Budget!.Amount ?? 0));
        Assert.Equal(11, projects.Count(m => m.Budget!.Raw.EndsWith("なし", StringComparison.Ordinal)));
    }

    [Fact]
    public void Titles_drop_only_the_budget_group()
    {
        Assert.Equal("学校事務効率化事業（小・中・特別支援学校）", MeasureById("2-3-2").Title);
        Assert.Equal("高齢者の情報リテラシーの向上（パソコン講座の開催）", MeasureById("7-2-1").Title);
        Assert.Equal("業務継続計画（ICT-BCP）の実行・点検による行政サービスの継続性確保", MeasureById("9-2-1").Title);
        Assert.Equal("必要な人に必要な情報が伝わる取組", MeasureById("10-3-1").Title);
    }

    [Fact]
    public void Texts_are_split_into_items_and_kept_verbatim()
    {
        Assert.Equal(
        [
            "他自治体における電子審査実施状況の調査の実施",
            "各ベンダへの電子審査システムのパッケージ調査の実施",
            "電子審査の仕様の確定",
            "債権者登録作業におけるRPAの導入",
        ], MeasureById("2-1-3").Content);
        Assert.Contains("埼玉縣市町村電子申請システム", MeasureById("1-1-1").Content[1]);
        Assert.Equal("これ等により、介護ワンストップサービスを提供し、介護保険制度の申請手続の一部をパソコンやスマートフォン等でできるようにする。", MeasureById("1-1-1").Content[2]);
        Assert.Equal(["①タブレットの貸貸借及び生活保護システムとの連携環境の構築", "②各区福祉課でのタブレット端末の運用", "③定量効果の検証及び分析"], MeasureById("2-2-2").Content);
        Assert.Equal(3, MeasureById("2-3-2").Content.Count); // <ul> without bullets: items end at the lost line breaks
        Assert.Equal("庶務事務システムの稼働開始及び運用保守を行う。", MeasureById("2-4-1").AnnualPlans[0].Actions[1]); // 「・ 」 bullet
        var bcp = MeasureById("9-2-1").AnnualPlans[0].Actions;
        Assert.Equal(4, bcp.Count); // <p>①…</p> <p>②…</p>; the 下記②～④ inside item ① does not split it
        Assert.Contains("（下記②～④を想定）", bcp[0]);
        Assert.Equal("市の情報資産について、機密性、完全性及び可用性を保持しながら、円滑な行政サービスを継続して提供するとともに、市民の行政に対する信頼を維持・向上させる。", MeasureById("11-1-1").Purpose);
        Assert.Contains("\nまた、", MeasureById("3-1-1").Purpose);
        Assert.Equal(["高齢福祉課が所管する指定管理施設において、スマートフォン教室を定期的を実施する。"], MeasureById("7-2-2").AnnualPlans[0].Actions);
        Assert.All(Plan.AllMeasures.Where(m => m.Depth == 2), m =>
        {
            Assert.DoesNotContain(m.Content.Append(m.Purpose!).Concat(m.AnnualPlans[0].Actions), t => t.Contains('<') || t.StartsWith('・'));
        });
    }

    [Fact]
    public void Roadmap_marks_are_placed_on_years_or_explained()
    {
        Assert.Equal(
            [[2021, 2022], [2022, 2023, 2024], [2025], [2021, 2022, 2023, 2024, 2025]],
            MeasureById("2-1-3").Roadmap.Select(r => r.Years!.Select(y => y.StartYear).ToArray()));

        var spread = MeasureById("10-2-1").Roadmap; // R3 at column 1, R4 at 4 …: three columns a year
        Assert.Equal([[2021, 2022], [2023], [2023, 2024, 2025]], spread.Select(r => r.Years!.Select(y => y.StartYear).ToArray()));
        Assert.Equal([2022, 2023], MeasureById("9-2-1").Roadmap[1].Years!.Select(y => y.StartYear));

        var collapsed = MeasureById("1-1-1").Roadmap[2];
        Assert.Equal("電子申請受付、システム処理", collapsed.Task);
        Assert.Null(collapsed.Years);
        Assert.Equal("□□■■■■■■■■■■■", collapsed.Raw);
        Assert.False(string.IsNullOrEmpty(collapsed.Note));

        var unmarked = MeasureById("11-1-1").Roadmap;
        Assert.Equal(4, unmarked.Count);
        Assert.All(unmarked, r => Assert.Equal((null, RoadmapReader.NoMarksNote), (r.Years, r.Note)));

        var all = Plan.AllMeasures.SelectMany(m => m.Roadmap).ToList();
        Assert.Equal(100, all.Count);
        Assert.Equal(67, all.Count(r => r.Raw is null && r.Years is null));
        Assert.Equal(5, all.Count(r => r.Raw is not null));
        Assert.Equal(2, MeasureById("7-2-2").Roadmap.Count(r => r.Years is not null && r.Note is not null));
    }

    [Fact]
    public void Annual_plan_is_for_FY2023_with_its_monthly_schedule()
    {
        var plan = Assert.Single(MeasureById("2-4-3").AnnualPlans);
        Assert.Equal(new FiscalYear(2023), plan.FiscalYear);
        Assert.Equal(["システム開発", "システム稼働（運用保守）"], plan.Schedule.Select(s => s.Task));
        Assert.Equal([4, 5, 6, 7, 8, 9], plan.Schedule[0].Months);
        Assert.Equal([10, 11, 12, 1, 2, 3], plan.Schedule[1].Months);
        Assert.Equal([7, 8, 9, 10, 11, 12, 1, 2, 3], MeasureById("2-1-3").AnnualPlans[0].Schedule[0].Months);
        Assert.Null(MeasureById("11-1-1").AnnualPlans[0].Schedule[0].Months);

        var schedules = Plan.AllMeasures.SelectMany(m => m.AnnualPlans).SelectMany(a => a.Schedule).ToList();
        Assert.Equal(81, schedules.Count);
        Assert.Equal(57, schedules.Count(s => s.Months is null));
        Assert.Equal(38, Plan.AllMeasures.Count(m => m.AnnualPlans.Count == 1 && m.AnnualPlans[0].Actions.Count > 0));
    }

    [Fact]
    public void Notes_go_to_their_project_or_to_the_plan()
    {
        Assert.Equal([149, 459, 726, 728, 776], Plan.Notes.Select(n => n.SourceLine!.Value));
        Assert.Equal("※8-2-1は昨年度末で廃止", Plan.Notes[3].Text);
        Assert.Equal(new Note("※電子審査の導入による目標はR7年度から", 86), Assert.Single(MeasureById("2-1-3").Notes));
        Assert.Equal(834, Assert.Single(MeasureById("11-1-1").Notes).SourceLine);
        var noted = Plan.AllMeasures.Where(m => m.Notes.Count > 0).Select(m => m.Code);
        Assert.Equal(["2-1-3", "2-2-2", "2-4-5", "5-1-2", "11-1-1"], noted);
    }

    [Fact]
    public void Import_is_deterministic()
    {
        string first = Dump(ImportSeed().Plan);
        string second = Dump(ImportSeed().Plan);
        Assert.Equal(first, second);
        Assert.Equal(Dump(Plan), first);
        Assert.Contains("11-1-1-4", first);
    }

    // The small parts, on cells taken from the seed.

    [Fact]
    public void Seed_rows_are_right_trimmed_and_keep_line_numbers()
    {
        var rows = SeedReader.Parse("\n事業番号\t1-1-1\t事業原課\t介護保険課\t\t\t\n今年度の 実施事項\t x \t");
        Assert.True(rows[0].IsBlank);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(["事業番号", "1-1-1", "事業原課", "介護保険課"], rows[1].Cells);
        Assert.Equal("", rows[1][9]);
        Assert.Equal("今年度の実施事項", rows[2].Label);
        Assert.Equal(RowKind.Field, RowClassifier.Classify(rows[2]));
        Assert.Equal("x", rows[2][1]);
    }

    [Theory]
    [InlineData("\t\tR3\tR4\tR5\tR6\tR7\t\t", RowKind.YearHeader)]
    [InlineData("\t4\t5\t6\t7\t8\t9\t10\t11\t12\t1\t2\t3\t評価", RowKind.MonthHeader)]
    [InlineData("\t\t4\t5\t6\t7\t8\t9\t10\t11\t12\t1\t2\t3\t評価", RowKind.MonthHeader)]
    [InlineData("----------\t---", RowKind.Separator)]
    [InlineData("\t評価\t-\t-", RowKind.Data)]
    [InlineData("実施\t\t\t", RowKind.Data)]
    [InlineData("事業の拡大、継続\t■", RowKind.Data)]
    [InlineData("※4-2-1はR3年度末で廃止", RowKind.Note)]
    public void Rows_are_classified_by_their_own_cells(string line, RowKind kind)
    {
        Assert.Equal(kind, RowClassifier.Classify(SeedReader.Parse(line)[0]));
    }

    [Fact]
    public void Marks_map_to_the_year_whose_column_they_fall_under()
    {
        // L758: R3 at 1, R4 at 4, … R7 at 13, three columns a year.
        var spread = HeaderColumns.Years(SeedReader.Parse("\tR3\t\t\tR4\t\t\tR5\t\t\tR6\t\t\tR7\t\t")[0])!;
        Assert.Equal(2021, RoadmapReader.YearAt(spread, 3)!.Value.StartYear);
        Assert.Equal(2022, RoadmapReader.YearAt(spread, 4)!.Value.StartYear);
        Assert.Equal(2025, RoadmapReader.YearAt(spread, 15)!.Value.StartYear);
        Assert.Null(RoadmapReader.YearAt(spread, 16));
        // L7: R3…R7 in columns 2–6; a mark in column 7 fits no year.
        var tight = HeaderColumns.Years(SeedReader.Parse("\t\tR3\tR4\tR5\tR6\tR7")[0])!;
        Assert.Equal(2025, RoadmapReader.YearAt(tight, 6)!.Value.StartYear);
        Assert.Null(RoadmapReader.YearAt(tight, 7));
        Assert.Null(RoadmapReader.YearAt(tight, 1));
    }

    [Theory]
    [InlineData("介護ワンストップサービス構築事業（令和5年度予算：なし）", "介護ワンストップサービス構築事業", "令和5年度予算：なし", null, 2023)]
    [InlineData("学校事務効率化事業（小・中・特別支援学校）（令和5年度予算：451,273千円）", "学校事務効率化事業（小・中・特別支援学校）", "令和5年度予算：451,273千円", "451273", 2023)]
    [InlineData("学校ICT化推進事業（R5年度予算：38,399千円）", "学校ICT化推進事業", "R5年度予算：38,399千円", "38399", 2023)]
    [InlineData("必要な人に必要な情報が伝わる取組（1,040千円）", "必要な人に必要な情報が伝わる取組", "1,040千円", "1040", null)]
    public void Project_names_split_off_the_last_budget_group(string cell, string title, string raw, string? amount, int? year)
    {
        var name = ProjectNameParser.Parse(cell);
        Assert.Equal(title, name.Title);
        Assert.Equal(raw, name.BudgetRaw);
        Assert.Equal(amount is null ? null : decimal.Parse(amount, CultureInfo.InvariantCulture), name.BudgetAmount);
        Assert.Equal(year, name.BudgetYear?.StartYear);
    }

    [Fact]
    public void List_cells_split_on_bullets_numbers_or_lost_line_breaks()
    {
        Assert.Equal(["教育・注意喚起を行う。"], ListText.Items("・教育・注意喚起を行う。"));
        Assert.Equal(["①A", "②B（下記③を想定）"], ListText.Items("<ul style=\"list-style-type: none\"> ①A ②B（下記③を想定） "));
        Assert.Equal(["A。", "B。"], ListText.Items("<ul style=\"list-style-type: none\"> A。 B。 "));
        Assert.Equal(["①A", "②B"], ListText.Items("<p>①A</p> <p>②B</p>"));
        Assert.Equal("A。\nB。", ListText.Paragraphs("A。 B。"));
        Assert.Empty(ListText.Items(""));
    }

    [Fact]
    public void Curation_entries_without_a_reason_or_with_unknown_keys_are_rejected()
    {
        string root = RepositoryRoot();
        string yaml = File.ReadAllText(Path.Combine(root, "seeds", "curation", "004_ed437960464d9b3c.yaml"));
        string noReason = yaml.Replace("    reason: 人数の単位。\n", "", StringComparison.Ordinal);
        Assert.NotEqual(yaml, noReason);
        var missing = Assert.Throws<InvalidDataException>(() => CurationFile.Parse(noReason, "curation.yaml"));
        Assert.Contains("units 人 has no reason", missing.Message);

        string misspelt = yaml.Replace("  drop_value: 2", "  drop_valeu: 2", StringComparison.Ordinal);
        Assert.NotEqual(yaml, misspelt);
        Assert.Throws<InvalidDataException>(() => CurationFile.Parse(misspelt, "curation.yaml"));
    }

    /// <summary>A deterministic text form of the whole model, for comparing two imports.</summary>
    internal static string Dump(Plan plan)
    {
        var text = new StringBuilder();
        void Line(string s) => text.Append(s).Append('\n');
        string V(Value? v) => v is null ? "∅" : v.IsNumber ? $"{v.Raw}={Value.Canonical(v.Number!.Value)}" : $"'{v.Raw}'";
        Line($"plan {plan.Id} | {plan.Title} | {plan.TitleNote} | {plan.Municipality.Display} | {plan.Period.From}-{plan.Period.To} | {plan.AsOf}");
        Line($"source {plan.Source}");
        Line($"levels {string.Join("/", plan.LevelNames)}");
        foreach (var g in plan.Grades.Grades) Line($"grade {g.Key} {g.Label} {g.Tone} {g.Description}");
        foreach (var n in plan.Notes) Line($"note L{n.SourceLine} {n.Text}");
        foreach (var m in plan.AllMeasures)
        {
            Line($"{new string(' ', m.Depth * 2)}measure {m.Id} d{m.Depth} parent={m.ParentId} L{m.SourceLine} {m.Title} | {string.Join(",", m.Owners)}");
            if (m.Budget is { } b) Line($"    budget {b.FiscalYear} {b.Amount} {b.Unit} '{b.Raw}'");
            if (m.Purpose is not null) Line($"    purpose {m.Purpose.Replace("\n", "⏎")}");
            foreach (var c in m.Content) Line($"    content {c}");
            foreach (var r in m.Roadmap) Line($"    roadmap {r.Task} years=[{(r.Years is null ? "null" : string.Join(",", r.Years))}] raw={r.Raw} note={r.Note}");
            foreach (var a in m.AnnualPlans)
            {
                foreach (var act in a.Actions) Line($"    action {a.FiscalYear} {act}");
                foreach (var s in a.Schedule) Line($"    schedule {s.Task} months=[{(s.Months is null ? "null" : string.Join(",", s.Months))}]");
            }
            foreach (var n in m.Notes) Line($"    note L{n.SourceLine} {n.Text}");
            foreach (var i in m.Indicators)
            {
                Line($"    indicator {i.Id} L{i.SourceLine} {i.Name} unit={i.Unit} {i.Direction}");
                Line($"      targets {string.Join(" ", i.Targets.Select(t => $"{t.Key}:{V(t.Value)}"))}");
                foreach (var n in i.Notes) Line($"      note {n.Text}");
                foreach (var c in i.Curation) Line($"      curation {c}");
                foreach (var r in plan.Reviews)
                    if (r.Indicators.TryGetValue(i.Id, out var res))
                        Line($"      result {r.FiscalYear} actual={V(res.Actual)} grade={res.Grade?.Key ?? "∅"}");
            }
        }
        foreach (var r in plan.Reviews)
            Line($"review {r.FiscalYear} indicators={string.Join(",", r.Indicators.Keys)} measures={r.Measures.Count}");
        return text.ToString();
    }
}
