using System.Globalization;
using System.Text;
using PlanSite.Content.Loading;
using PlanSite.Content.Writing;
using PlanSite.Importers;
using PlanSite.Importers.SakadoActionPlan;
using PlanSite.Model;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Importers;

/// <summary>
/// Seed 001: 坂戸市 行政改革後期アクションプラン 進行管理集計表（令和2年3月31日現在）. Every expected
/// value below was read from the seed text by hand (line numbers are the seed's, 1-based).
/// </summary>
public class SakadoActionPlanImporterTests
{
    private static readonly SakadoActionPlanImporter Importer = new();
    private static readonly Lazy<ImportResult> Imported = new(ImportSeed);
    private static readonly Lazy<SakadoDocument> Document = new(ReadDocument);

    private static string SeedPath => Path.Combine(RepoPaths.Seeds, Importer.SeedFileName);
    private static string CurationPath => ImporterRegistry.CurationPathFor(RepoPaths.Seeds, Importer);

    private static ImportResult ImportSeed() => Importer.Import(SeedPath, CurationPath);

    private static SakadoDocument ReadDocument()
    {
        var warnings = new List<ImportWarning>();
        var document = SakadoActionPlanImporter.Read(SeedTokeniser.Read(SeedPath), SakadoCuration.Load(CurationPath), warnings);
        Assert.Empty(warnings);
        return document;
    }

    private static Plan Plan => Imported.Value.Plan;
    private static Review Review => Assert.Single(Plan.Reviews);
    private static Measure Item(int no) => Plan.AllMeasures.Single(m => m.Depth == 1 && m.Code == no.ToString(CultureInfo.InvariantCulture));
    private static Indicator Indicator(string id) => Plan.AllIndicators.Single(i => i.Id == id);
    private static Value Actual(string id) => Review.Indicators[id].Actual!;
    private static KeyValuePair<FiscalYear, Value> Target(string id) => Assert.Single(Indicator(id).Targets);

    // ---- the importer as a whole ------------------------------------------------------------------

    [Fact]
    public void ImportsWithoutWarningsOnceCurated()
    {
        Assert.Empty(Imported.Value.Warnings);
    }

    [Fact]
    public void ImporterIsNamedAndPointsAtItsSeed()
    {
        Assert.Equal("sakado-action-plan", Importer.Name);
        Assert.Equal("001_0fad9f246a39a638.txt", Importer.SeedFileName);
        Assert.True(File.Exists(SeedPath));
        Assert.True(File.Exists(CurationPath));
    }

    [Fact]
    public void ImportIsDeterministic()
    {
        var again = ImportSeed();
        Assert.Equal(ContentWriter.PlanYaml(Plan), ContentWriter.PlanYaml(again.Plan));
        Assert.Equal(ContentWriter.ReviewYaml(Review), ContentWriter.ReviewYaml(Assert.Single(again.Plan.Reviews)));
        Assert.Equal(Dump(Plan), Dump(again.Plan));
        Assert.Equal(Imported.Value.Warnings, again.Warnings);
    }

    [Fact]
    public void WrittenContentPassesValidationAndLoadsBackUnchanged()
    {
        using var content = new TempContent();
        ContentWriter.WritePlan(Plan, content.ContentDir);
        var result = ContentLoader.Load(content.ContentDir);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var reloaded = Assert.Single(result.Content!.Plans);
        Assert.Equal(ContentWriter.PlanYaml(Plan), ContentWriter.PlanYaml(reloaded));
        Assert.Equal(ContentWriter.ReviewYaml(Review), ContentWriter.ReviewYaml(Assert.Single(reloaded.Reviews)));
    }

    // ---- plan-level and curated fields ------------------------------------------------------------

    [Fact]
    public void PlanFieldsComeFromTheTitleLineAndTheCuration()
    {
        Assert.Equal("sakado-gyokaku-2017-2021", Plan.Id);
        Assert.Equal(new Municipality("坂戸市", "埼玉県"), Plan.Municipality);
        Assert.Equal("行政改革後期アクションプラン（平成29年度～令和3年度）", Plan.Title);
        Assert.Contains("進行管理集計表", Plan.TitleNote);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2017), new FiscalYear(2021)), Plan.Period);
        Assert.Equal("令和2年3月31日現在", Plan.AsOf);
        Assert.Equal("行政改革後期アクションプラン（平成29年度～令和3年度）進行管理集計表（令和2年3月31日現在）", Plan.Source.Title);
        Assert.Equal("001_0fad9f246a39a638.txt", Plan.Source.File);
        Assert.Null(Plan.Source.Publisher);
        Assert.Contains("本部会", Plan.Source.Note);
        Assert.Equal(["基本方針", "取組項目"], Plan.LevelNames);
        Assert.Equal(["検討", "準備", "一部実施", "実施", "継続実施", "拡大"], Plan.StatusWords);
        Assert.NotNull(Plan.Summary);
        Assert.Contains("(再掲)", Plan.Narrative);

        var note = Assert.Single(Plan.Notes);
        Assert.Equal("A・B・C及びE(項目・当初・目標)はアクションプランからの転記項目", note.Text);
        Assert.Equal(5, note.SourceLine);
    }

    [Fact]
    public void GradeScaleIsTheDocumentsLegendWithCuratedTones()
    {
        var grades = Plan.Grades.Grades.Select(g => (g.Key, g.Label, g.Tone)).ToArray();
        Assert.Equal(
        [
            ("A", "順調", GradeTone.Good),
            ("B", "ほぼ順調", GradeTone.Fair),
            ("C", "やや遅れ", GradeTone.Poor),
            ("D", "停滞", GradeTone.Poor),
        ], grades);
        Assert.Equal([("A", "順調"), ("B", "ほぼ順調"), ("C", "やや遅れ"), ("D", "停滞")],
            Document.Value.Legend.Select(p => (p.Key, p.Value)));
    }

    // ---- structure --------------------------------------------------------------------------------

    [Fact]
    public void ThreePoliciesHoldTwentyFourItemsInDocumentOrder()
    {
        var policies = Plan.Measures;
        Assert.Equal(["policy-1", "policy-2", "policy-3"], policies.Select(p => p.Id));
        Assert.Equal(["ア", "イ", "ウ"], policies.Select(p => p.Code));
        Assert.Equal(["市民と行政との協働体制の確立", "効率的な自治体運営", "市民満足度の向上"], policies.Select(p => p.Title));
        Assert.Equal([13, 31, 69], policies.Select(p => p.SourceLine!.Value));
        Assert.Equal([7, 12, 5], policies.Select(p => p.Children.Count));
        Assert.All(policies, p => Assert.Equal(0, p.Depth));

        var items = Plan.AllMeasures.Where(m => m.Depth == 1).ToArray();
        Assert.Equal(Enumerable.Range(1, 24).Select(n => n.ToString(CultureInfo.InvariantCulture)), items.Select(m => m.Id));
        Assert.All(items, m => Assert.Equal(m.Id, m.Code));
        Assert.Equal(Enumerable.Range(1, 7), policies[0].Children.Select(m => int.Parse(m.Code, CultureInfo.InvariantCulture)));
        Assert.Equal(Enumerable.Range(8, 12), policies[1].Children.Select(m => int.Parse(m.Code, CultureInfo.InvariantCulture)));
        Assert.Equal(Enumerable.Range(20, 5), policies[2].Children.Select(m => int.Parse(m.Code, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void PoliciesAreCarriedAcrossPageBreaks()
    {
        var items = Document.Value.Items;
        Assert.Equal(4, Document.Value.Pages);
        Assert.Equal([1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4], items.Select(i => i.Page));
        // The first item of pages 2, 3 and 4 has an empty 基本方針 cell.
        Assert.Equal([7, 16, 17, 18, 19, 23, 24], items.Where(i => i.PolicyCarriedAcrossPage).Select(i => i.No));
        Assert.Equal("policy-1", Item(7).ParentId);
        Assert.Equal("policy-2", Item(16).ParentId);
        Assert.Equal("policy-3", Item(23).ParentId);
        Assert.Equal("policy-3", Item(24).ParentId);
    }

    [Fact]
    public void ItemTextColumnsAreVerbatim()
    {
        var item1 = Item(1);
        Assert.Equal("産・学・官連携体制の推進", item1.Title);
        Assert.Equal(13, item1.SourceLine);
        Assert.Equal(["政策企画課", "関係各課"], item1.Owners);
        Assert.Equal(["企業や大学などと連携し、調査・研究・施策に取り組むことにより、市民の声とまちの資源を生かした活力ある魅力的なまちづくりを推進します。"], item1.Content);
        Assert.Null(item1.Purpose);

        Assert.Equal(["情報政策課", "市民課", "関係各課"], Item(21).Owners);
        Assert.Equal(["財政課", "施設管理課"], Item(12).Owners);
        Assert.Equal("民間委託（指定管理者制度を含む）の推進", Item(10).Title);
        Assert.Equal("BPRの手法とICTの活用による業務改革", Item(17).Title);

        var commentary = Review.Measures["1"].Commentary;
        Assert.Equal(["R1年度取組内容", "本部会意見"], commentary.Select(c => c.Label));
        Assert.StartsWith("大学との連携については、平成20年6月に包括協定を締結した城西大学をはじめ", commentary[0].Text);
        Assert.Contains("樹セブナーイレブン・ジャパン", commentary[0].Text);
        Assert.EndsWith("産・学・官連携体制の推進に取り組んだ。", commentary[0].Text);
        Assert.StartsWith("市内や近隣地域にある大学との連携は順調に推移している。 また、", commentary[1].Text);

        // Source typos stay as printed.
        Assert.StartsWith("徴入の確保と税負担の公平性を確保するため", Assert.Single(Item(16).Content));
        Assert.Contains("コロナウイルス補により", Review.Measures["2"].Commentary[1].Text);
        Assert.Contains("令和元年度未で退会", Review.Measures["18"].Commentary[0].Text);
        Assert.Contains("掲載した公的個人認証機能", Assert.Single(Item(21).Content));
    }

    [Fact]
    public void NextYearGoalsAreTheFiscal2020AnnualPlan()
    {
        foreach (var item in Plan.AllMeasures.Where(m => m.Depth == 1))
        {
            var annual = Assert.Single(item.AnnualPlans);
            Assert.Equal(new FiscalYear(2020), annual.FiscalYear);
            Assert.Single(annual.Actions);
            Assert.Empty(annual.Schedule);
        }
        Assert.Equal("1 任期付職員(県税OB)の採用 2 会計年度任用職員(市税等徴収員)の採用 3 口座振替登録率の向上 4 インターネット公売の実施 5 滞納処分及び執行停止の強化 6 スマートフォン決済サービスの導入",
            Item(16).AnnualPlans[0].Actions[0]);
        Assert.StartsWith("埼玉県権限移譲方針", Item(24).AnnualPlans[0].Actions[0]);
    }

    // ---- grades -----------------------------------------------------------------------------------

    [Fact]
    public void GradeTallyEqualsTheDocumentsOwnSummaryLine()
    {
        Assert.Equal(new FiscalYear(2019), Review.FiscalYear);
        Assert.Equal(24, Review.Measures.Count);
        var tally = Review.Measures.Values.GroupBy(m => m.Grade!.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["A"] = 8, ["B"] = 10, ["C"] = 5, ["D"] = 1 }, tally);

        var summary = Document.Value.Summary!;
        Assert.Equal(95, summary.Line);
        Assert.Equal("本部会評価", summary.Label);
        Assert.Equal([8, 10, 5, 1], summary.Counts);
        Assert.Equal(summary.Counts, Plan.Grades.Grades.Select(g => tally[g.Key]));
    }

    [Fact]
    public void EachItemHasThePrintedGrade()
    {
        string grades = string.Concat(Enumerable.Range(1, 24).Select(n => Review.Measures[n.ToString(CultureInfo.InvariantCulture)].Grade!.Key));
        Assert.Equal("BCAACDCABBCAABBABBBABABC", grades);
        Assert.Equal("停滞", Review.Measures["6"].Grade!.Label);
    }

    // ---- indicator rows ---------------------------------------------------------------------------

    [Fact]
    public void SixtyTwoIndicatorRowsBecomeFiftySevenSeriesAndFiveLinkedRepeats()
    {
        var rows = Document.Value.IndicatorRows.ToArray();
        Assert.Equal(62, rows.Length);
        Assert.Equal(16, rows.Count(r => r.Layout == IndicatorLayout.Packed));
        Assert.Equal(18, rows.Count(r => r.Layout == IndicatorLayout.Cells));
        Assert.Equal(28, rows.Count(r => r.Layout == IndicatorLayout.Continuation));
        Assert.Equal(5, rows.Count(r => RepeatLinker.IsRepeat(r.Name)));

        // Every printed row keeps its own id; the five 再掲 rows carry no series of their own.
        Assert.Equal(62, Plan.AllIndicators.Count());
        var series = Plan.AllIndicators.Where(i => i.RepeatOf is null).ToArray();
        Assert.Equal(57, series.Length);
        Assert.Equal(57, Review.Indicators.Count);
        Assert.DoesNotContain(series, i => i.Name.Contains("再掲", StringComparison.Ordinal));
        Assert.All(Plan.AllIndicators.Where(i => i.RepeatOf is not null), r => Assert.Empty(r.Targets));
        Assert.Equal(series.Select(i => i.Id).Order(), Review.Indicators.Keys.Order());

        int[] perItem = [3, 3, 3, 3, 2, 2, 3, 2, 3, 2, 3, 2, 2, 2, 3, 3, 2, 2, 3, 3, 2, 4, 4, 1];
        Assert.Equal(perItem, Document.Value.Items.Select(i => i.Indicators.Count));
    }

    [Fact]
    public void RepeatedRowsLinkToTheirOriginals()
    {
        var links = RepeatLinker.Link(Document.Value.IndicatorRows, new List<ImportWarning>());
        Assert.Equal(
        [
            ("6-2", "1-3"), ("14-2", "13-2"), ("20-1", "2-1"), ("22-3", "20-2"), ("22-4", "21-2"),
        ], links.Select(l => (PlanAssembler.IndicatorId(l.Repeat.ItemNo, l.Repeat.Position), PlanAssembler.IndicatorId(l.Original.ItemNo, l.Original.Position))));
        Assert.Equal([18, 46, 69, 76, 77], links.Select(l => l.Repeat.Line));

        // Full-width （再掲） at L46 links like the half-width ones.
        Assert.Equal("公共施設等マネジメント計画アクションプランの策定（再掲）", links[1].Repeat.Name);

        var repeat = Assert.Single(Item(14).Indicators, i => i.RepeatOf is not null);
        Assert.Equal(("14-2", "13-2", 46), (repeat.Id, repeat.RepeatOf, repeat.SourceLine));
        Assert.Equal(["1-3"], Item(1).Indicators.Where(i => i.Name == "北坂戸にぎわいサロンの利用者数").Select(i => i.Id));
        Assert.Equal([("6-1", null), ("6-2", "1-3")], Item(6).Indicators.Select(i => (i.Id, i.RepeatOf)));
        Assert.Equal([("20-1", "2-1"), ("20-2", null), ("20-3", null)], Item(20).Indicators.Select(i => (i.Id, i.RepeatOf)));
        Assert.Equal([("22-1", null), ("22-2", null), ("22-3", "20-2"), ("22-4", "21-2")], Item(22).Indicators.Select(i => (i.Id, i.RepeatOf)));
        Assert.Equal(0, Plan.AllMeasures.Sum(m => m.Notes.Count));
    }

    [Fact]
    public void Page1PackedCellsAreSplitIntoNameAndThreeValues()
    {
        var i11 = Indicator("1-1");
        Assert.Equal("産・学・官連携協定(※)件数", i11.Name);
        Assert.Equal("件", i11.Unit);
        Assert.Equal(13, i11.SourceLine);
        Assert.Equal(Direction.Increase, i11.Direction);
        Assert.Equal(new Baseline(new FiscalYear(2015), "H27末", Value.OfNumber(52, "52件")), i11.Baseline);
        Assert.Equal(KeyValuePair.Create(new FiscalYear(2021), Value.OfNumber(62, "62件")), Target("1-1"));
        Assert.Equal(Value.OfNumber(66, "66件"), Actual("1-1"));

        Assert.Equal("坂戸市産農畜産物のプラント認証件数", Indicator("1-2").Name);
        Assert.Equal(Value.OfNumber(1310189, "1,310,189人"), Actual("2-1"));
        Assert.Equal("ホームページサイト訪問者数", Indicator("2-1").Name);

        // さかろん: baseline "-", a per-year target, curated unit.
        var sakaron = Indicator("2-3");
        Assert.Equal("イメージキャラクターさかろんの出演回数", sakaron.Name);
        Assert.Equal("回", sakaron.Unit);
        Assert.Equal(Value.FromScalar("-"), sakaron.Baseline!.Value);
        Assert.Equal("-", sakaron.Baseline.Value.Word);
        Assert.Equal(Value.OfNumber(50, "50回/年", "回/年"), Target("2-3").Value);
        Assert.Equal(Value.OfNumber(53, "53回"), Actual("2-3"));
        Assert.Contains(sakaron.Curation, c => c.Contains("単位を「回」とした", StringComparison.Ordinal));

        var words = Indicator("3-2");
        Assert.Equal("統合型GISの活用", words.Name);
        Assert.Equal(Direction.Qualitative, words.Direction);
        Assert.Equal("検討", words.Baseline!.Value.Word);
        Assert.Equal("実施", Target("3-2").Value.Word);
        Assert.Equal("検討", Actual("3-2").Word);

        Assert.Equal(Value.OfNumber(5.7m, "5.7%"), Indicator("4-2").Baseline!.Value);
        Assert.Equal("%", Indicator("4-2").Unit);
        Assert.Equal("拡大", Target("4-1").Value.Word);
        Assert.Equal(Direction.Increase, Indicator("4-1").Direction);
        Assert.Equal("継続実施", Actual("5-1").Word);

        var subsidy = Indicator("5-2");
        Assert.Equal("団体補助金額", subsidy.Name);
        Assert.Equal("千円", subsidy.Unit);
        Assert.Equal(Direction.Decrease, subsidy.Direction);
        Assert.Equal(Value.OfNumber(76006, "76,006千円"), subsidy.Baseline!.Value);
        Assert.Equal("縮小", Target("5-2").Value.Word);
        Assert.Equal(Value.OfNumber(75683, "75,683千円"), Actual("5-2"));

        // 実施(31年度): a 平成 year without its era, placed as the FY2019 target; the current value is
        // a number with a remark although the indicator is a status.
        var vision = Indicator("6-1");
        Assert.Equal("住宅(団)地ごとの将来ビジョンの作成", vision.Name);
        Assert.Equal(Direction.Qualitative, vision.Direction);
        Assert.Equal(KeyValuePair.Create(new FiscalYear(2019), Value.OfWord("実施", "実施(31年度)") with { Note = "31年度" }), Target("6-1"));
        Assert.Equal(Value.OfNumber(1, "1団地(素案)") with { Note = "素案" }, Actual("6-1"));
        Assert.Equal("団地", vision.Unit);
    }

    [Fact]
    public void Page2RowsIncludingShiftedColumnsAndCumulativeFigures()
    {
        var garbage = Indicator("7-1");
        Assert.Equal("家庭系ごみの1人1日当たりのごみの排出量", garbage.Name);
        Assert.Equal(28, garbage.SourceLine);
        Assert.Equal("g", garbage.Unit);
        Assert.Equal(Direction.Decrease, garbage.Direction);
        Assert.Equal(Value.OfNumber(617, "617g"), garbage.Baseline!.Value);
        Assert.Equal(Value.FromScalar("現状以下"), Target("7-1").Value);
        Assert.Equal(Value.OfNumber(615, "615g"), Actual("7-1"));

        Assert.Equal(Value.OfNumber(30, "30%以上") with { Bound = ValueBound.AtLeast }, Target("7-2").Value);
        Assert.Equal(Value.OfNumber(4547, "4,547人"), Actual("7-3"));

        // 8-1: the cumulative figure in parentheses is the actual, by curation.
        var evaluations = Indicator("8-1");
        Assert.Equal("事務事業評価件数", evaluations.Name);
        Assert.Equal(Value.OfNumber(350, "350事業(累計)") with { Note = "累計" }, Target("8-1").Value);
        Assert.Equal(Value.OfNumber(215, "72事業(累計215)") with { Note = "累計215" }, Actual("8-1"));
        Assert.Contains(evaluations.Curation, c => c.Contains("累計 215 を実績とした", StringComparison.Ordinal));
        Assert.Equal(Value.OfNumber(18, "6事業(累計18)") with { Note = "累計18" }, Actual("8-2"));

        // Items 9–11 sit one field further right (an extra empty leading cell).
        var staff = Indicator("9-1");
        Assert.Equal("定数管理計画の策定", staff.Name);
        Assert.Equal(33, staff.SourceLine);
        Assert.Equal(KeyValuePair.Create(new FiscalYear(2018), Value.OfWord("実施", "実施(30年度)") with { Note = "30年度" }), Target("9-1"));
        Assert.Equal("拡大", Actual("9-3").Word);
        Assert.Equal(Value.OfNumber(28, "28施設"), Actual("10-2"));
        Assert.Equal(37, Indicator("10-2").SourceLine);

        Assert.Equal("職員の職務満足度（5点満点）", Indicator("11-2").Name);
        Assert.Null(Indicator("11-2").Unit);
        Assert.Equal(Value.FromScalar("3.57"), Indicator("11-2").Baseline!.Value);
        Assert.Equal(3.57m, Indicator("11-2").Baseline!.Value.Number);
        Assert.Equal(Value.OfNumber(3.52m, "3.52"), Actual("11-2"));

        Assert.Equal(Value.OfNumber(50, "約50%") with { Approximate = true }, Indicator("13-1").Baseline!.Value);
        Assert.Equal("一部実施", Actual("13-2").Word);

        // 1億円 against 千円: converted by the curated factor, raw kept, target year from the remark.
        var donations = Indicator("15-3");
        Assert.Equal("まちづくり応援寄附金額", donations.Name);
        Assert.Equal("千円", donations.Unit);
        Assert.Equal(KeyValuePair.Create(new FiscalYear(2020), Value.OfNumber(100000, "1億円(R2年度)") with { Note = "R2年度" }), Target("15-3"));
        Assert.Equal(Value.OfNumber(39411, "39,411千円"), Actual("15-3"));
        Assert.Contains(donations.Curation, c => c.Contains("100,000千円", StringComparison.Ordinal));
        Assert.Contains(donations.Curation, c => c.Contains("R2年度", StringComparison.Ordinal));
    }

    [Fact]
    public void Page3RowsWithRemarksOtherDatesAndTargetYears()
    {
        var tax = Indicator("16-1");
        Assert.Equal("市税徴収率", tax.Name);
        Assert.Equal(59, tax.SourceLine);
        Assert.Equal(new Baseline(new FiscalYear(2015), "H27末", Value.OfNumber(93.2m, "93.2% (90.6%H26.3末)") with { Note = "90.6%H26.3末" }), tax.Baseline);
        Assert.Equal(Value.OfNumber(96.5m, "96.5%"), Actual("16-1"));

        Assert.Equal("国税徴収率", Indicator("16-2").Name);
        Assert.Equal(60, Indicator("16-2").SourceLine);
        Assert.Equal(KeyValuePair.Create(new FiscalYear(2017), Value.OfWord("実施", "実施(29年度)") with { Note = "29年度" }), Target("16-3"));

        Assert.Equal("公共施設相互利用者数 (市施設の市外利用者数)", Indicator("18-1").Name);
        var bus = Indicator("18-2");
        Assert.Equal("市民バス特別乗車証相互利用者数", bus.Name);
        Assert.Equal(new Baseline(null, "H26.6~29.2", Value.OfNumber(2938, "2,938人 (H26.6~29.2)") with { Note = "H26.6~29.2" }), bus.Baseline);
        Assert.Equal(Value.OfNumber(4903, "4,903人"), Actual("18-2"));

        var overtime = Indicator("19-1");
        Assert.Equal("時間外勤務の延べ時間数", overtime.Name);
        Assert.Equal(Direction.Decrease, overtime.Direction);
        Assert.Equal(Value.OfNumber(65127, "65,127時間"), Actual("19-1"));

        Assert.Equal(KeyValuePair.Create(new FiscalYear(2020), Value.OfNumber(80, "80% (R2年度)") with { Note = "R2年度" }), Target("19-3"));
        Assert.Equal(Value.OfNumber(82.0m, "82.0%"), Actual("19-3"));

        Assert.Equal(Value.OfWord("実施", "実施(26年度)") with { Note = "26年度" }, Indicator("20-3").Baseline!.Value);
        Assert.Equal(new FiscalYear(2019), Target("20-3").Key);

        var cards = Indicator("21-1");
        Assert.Equal(new Baseline(new FiscalYear(2016), "H29.2末", Value.OfNumber(8983, "8,983枚 (H29.2末)") with { Note = "H29.2末" }), cards.Baseline);
        Assert.Equal(Value.OfNumber(33000, "33,000枚(累計)") with { Note = "累計" }, Target("21-1").Value);
        Assert.Equal(Value.OfNumber(14955, "14,955枚"), Actual("21-1"));
        Assert.Equal("準備", Actual("21-2").Word);
        Assert.Equal("電子申請システム", Indicator("22-2").Name);
    }

    [Fact]
    public void Page4RowsWhoseNamesSitInThePolicyColumn()
    {
        var rows = Document.Value.Items.Single(i => i.No == 23).Indicators;
        Assert.Equal([87, 88, 89, 90], rows.Select(r => r.Line));
        // L89–90 put the indicator name in field 1, the 基本方針 column.
        Assert.Equal([1, 1], rows.Skip(2).Select(r => SeedTokeniser.Read(SeedPath)[r.Line - 1].Cells[0].Field));
        Assert.Equal(3, Document.Value.Policies.Count);

        Assert.Equal(["臨時窓口の開設", "子育て相談窓口の充実", "地域包括支援センターの充実", "接遇の充実"], Item(23).Indicators.Select(i => i.Name));
        var reception = Indicator("23-4");
        Assert.Equal(90, reception.SourceLine);
        Assert.Equal(Direction.Qualitative, reception.Direction);
        Assert.Equal("実施", reception.Baseline!.Value.Word);
        Assert.Equal("拡大", Target("23-4").Value.Word);
        Assert.Equal("実施", Actual("23-4").Word);

        var transfer = Indicator("24-1");
        Assert.Equal("権限移譲事務の受入れ", transfer.Name);
        Assert.Equal(Value.OfNumber(75, "75事務"), transfer.Baseline!.Value);
        Assert.Equal(Value.OfNumber(74, "74事務 (1事務対象外)") with { Note = "1事務対象外" }, Actual("24-1"));
        Assert.Equal("C", Review.Measures["24"].Grade!.Key);
    }

    [Fact]
    public void EveryRawValueIsTextOfItsSourceLine()
    {
        var lines = File.ReadAllText(SeedPath).Split('\n');
        foreach (var indicator in Plan.AllIndicators.Where(i => i.RepeatOf is null))
        {
            string line = lines[indicator.SourceLine!.Value - 1];
            Assert.Contains(indicator.Name, line);
            Assert.Contains(indicator.Baseline!.Value.Raw, line);
            Assert.All(indicator.Targets, t => Assert.Contains(t.Value.Raw, line));
            Assert.Contains(Actual(indicator.Id).Raw, line);
        }
        foreach (var measure in Plan.AllMeasures)
            Assert.Contains(measure.Title, lines[measure.SourceLine!.Value - 1]);
    }

    // ---- the small parts --------------------------------------------------------------------------

    private static ValueParser Parser() => new(["検討", "準備", "一部実施", "実施", "継続実施", "拡大", "縮小", "現状以下"], 1988);

    [Theory]
    [InlineData("約50%", "50", "%", true, null, null, null)]
    [InlineData("30%以上", "30", "%", false, ValueBound.AtLeast, null, null)]
    [InlineData("72事業(累計215)", "72", "事業", false, null, "累計215", NoteKind.Cumulative)]
    [InlineData("80% (R2年度)", "80", "%", false, null, "R2年度", NoteKind.FiscalYear)]
    [InlineData("1億円(R2年度)", "1", "億円", false, null, "R2年度", NoteKind.FiscalYear)]
    [InlineData("2,938人 (H26.6~29.2)", "2938", "人", false, null, "H26.6~29.2", NoteKind.Period)]
    [InlineData("8,983枚 (H29.2末)", "8983", "枚", false, null, "H29.2末", NoteKind.MonthEnd)]
    [InlineData("93.2% (90.6%H26.3末)", "93.2", "%", false, null, "90.6%H26.3末", NoteKind.Remark)]
    [InlineData("50回/年", "50", "回/年", false, null, null, null)]
    [InlineData("3.57", "3.57", null, false, null, null, null)]
    [InlineData("5件以下", "5", "件", false, ValueBound.AtMost, null, null)]
    public void ValueParserReadsNumbers(string raw, string number, string? unit, bool approx, ValueBound? bound, string? note, NoteKind? kind)
    {
        Assert.True(Parser().TryParse(raw, out var value));
        Assert.Equal(raw, value.Raw);
        Assert.Equal(decimal.Parse(number, CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.Equal(approx, value.Approximate);
        Assert.Equal(bound, value.Bound);
        Assert.Equal(note, value.Note?.Text);
        Assert.Equal(kind, value.Note?.Kind);
    }

    [Theory]
    [InlineData("実施(29年度)", "実施", 2017)]
    [InlineData("実施(31年度)", "実施", 2019)]
    [InlineData("実施(26年度)", "実施", 2014)]
    [InlineData("現状以下", "現状以下", null)]
    [InlineData("縮小", "縮小", null)]
    [InlineData("-", "-", null)]
    public void ValueParserReadsWordsAndBareHeiseiYears(string raw, string word, int? year)
    {
        Assert.True(Parser().TryParse(raw, out var value));
        Assert.Null(value.Number);
        Assert.Equal(word, value.Word);
        Assert.Equal(year, value.Note?.FiscalYear?.StartYear);
    }

    [Theory]
    [InlineData("統合型GISの活用")]
    [InlineData("ICTの推進")]
    [InlineData("公共施設等マネジメント計画アクションプランの策定（再掲）")]
    [InlineData("50 回")]
    public void IndicatorNamesAreNotValues(string text)
    {
        Assert.False(Parser().IsValue(text));
    }

    [Fact]
    public void ValueParserLeavesBareYearsUnresolvedWithoutAnEra()
    {
        Assert.True(new ValueParser(["実施"], null).TryParse("実施(29年度)", out var value));
        Assert.Equal(NoteKind.Remark, value.Note!.Kind);
    }

    [Fact]
    public void PackedCellsSplitFromTheRightWithTheValueGrammar()
    {
        var cells = new IndicatorCellParser(Parser());
        Assert.Equal(new IndicatorCells("産・学・官連携協定(※)件数", "52件", "62件", "66件"), cells.TryParsePacked("産・学・官連携協定(※)件数 52件 62件 66件"));
        Assert.Equal(new IndicatorCells("各種団体の自主運営", "実施", "拡大", "継続実施"), cells.TryParsePacked("各種団体の自主運営 実施 拡大 継続実施"));
        // Not in this seed's packed cells, but the grammar must cope with spaces inside a name or a value.
        Assert.Equal(new IndicatorCells("公共施設相互利用者数 (市施設の市外利用者数)", "2,938人 (H26.6~29.2)", "4,500人", "80% (R2年度)"),
            cells.TryParsePacked("公共施設相互利用者数 (市施設の市外利用者数) 2,938人 (H26.6~29.2) 4,500人 80% (R2年度)"));
        Assert.Null(cells.TryParsePacked("検討 実施 検討"));
        Assert.Null(cells.TryParsePacked("産・学・官連携協定(※)件数 52件 62件"));
    }

    [Fact]
    public void RowsAreClassifiedByContentNotByField()
    {
        var classifier = new RowClassifier(new IndicatorCellParser(Parser()));
        var lines = SeedTokeniser.Read(SeedPath);
        RowKind Kind(int line) => classifier.Classify(lines[line - 1]);
        Assert.Equal(RowKind.Title, Kind(3));
        Assert.Equal(RowKind.Note, Kind(5));
        Assert.Equal(RowKind.Caption, Kind(7));
        Assert.Equal(RowKind.Legend, Kind(9));
        Assert.Equal(RowKind.Header, Kind(26));
        Assert.Equal(RowKind.SubHeader, Kind(27));
        Assert.Equal(RowKind.Item, Kind(13));   // policy label in field 1, No. in field 2
        Assert.Equal(RowKind.Item, Kind(33));   // No. in field 3
        Assert.Equal(RowKind.Continuation, Kind(37));  // name in field 7
        Assert.Equal(RowKind.Continuation, Kind(60));  // name in field 4
        Assert.Equal(RowKind.Continuation, Kind(88));  // name in field 2
        Assert.Equal(RowKind.Continuation, Kind(89));  // name in field 1
        Assert.Equal(RowKind.Caption, Kind(93));
        Assert.Equal(RowKind.Summary, Kind(95));
        var unknown = lines.Where(l => classifier.Classify(l) == RowKind.Unknown).Select(l => l.Number);
        Assert.Empty(unknown);
    }

    [Fact]
    public void HeaderGivesTheColumnDates()
    {
        var header = Document.Value.Header!;
        Assert.Equal("基本方針", header.TopLevel);
        Assert.Equal("取組項目", header.Column('A'));
        Assert.Equal("R1年度取組内容", header.Column('D'));
        Assert.Equal("本部会意見", header.Column('G'));
        Assert.Equal("R2年度目標", header.Column('H'));
        Assert.Equal(new SubColumns("H27末", new FiscalYear(2015), "R3末", new FiscalYear(2021), "R1末", new FiscalYear(2019)), header.Values);
    }

    // ---- the curation file ------------------------------------------------------------------------

    [Fact]
    public void CurationEntriesWithoutAReasonAreRejected()
    {
        string yaml = File.ReadAllText(CurationPath).Replace("  reason: URL 用の識別子", "  note_typo: URL 用の識別子", StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => SakadoCuration.Parse(yaml, "test.yaml"));
        string noReason = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(CurationPath), @"(    factor: 100000\n)    reason: [^\n]*\n", "$1");
        Assert.NotEqual(File.ReadAllText(CurationPath), noReason);
        var error = Assert.Throws<InvalidDataException>(() => SakadoCuration.Parse(noReason, "test.yaml"));
        Assert.Contains("unit_conversions 億円 has no reason", error.Message);
    }

    [Fact]
    public void StaleCurationEntriesBecomeWarnings()
    {
        string dir = Path.Combine(Path.GetTempPath(), "plansite-sakado-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string yaml = File.ReadAllText(CurationPath)
                .Replace("  - id: \"8-2\"\n    name: 外部評価事業件数", "  - id: \"8-2\"\n    name: 外部評価件数", StringComparison.Ordinal)
                .Replace("  - item: 16\n", "  - item: 15\n", StringComparison.Ordinal)
                .Replace("text: 勤労手当", "text: 勤勉手当", StringComparison.Ordinal);
            string path = Path.Combine(dir, "curation.yaml");
            File.WriteAllText(path, yaml);
            var warnings = Importer.Import(SeedPath, path).Warnings.Select(w => w.ToString()).ToArray();
            Assert.Contains(warnings, w => w.Contains("names 「外部評価件数」 but the seed prints 「外部評価事業件数」", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.Contains("indicator 8-2 「外部評価事業件数」: 現状値 「6事業(累計18)」 carries a cumulative figure", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.StartsWith("line 59: item No. 16 opens page 3", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.Contains("matches nothing in the seed: carried_policies: item 15", StringComparison.Ordinal));
            Assert.Contains(warnings, w => w.StartsWith("line 38: curation verbatim entry 「勤勉手当」", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A text form of the whole model, for comparing two imports field by field.</summary>
    private static string Dump(Plan plan)
    {
        var text = new StringBuilder();
        string V(Value? v) => v is null ? "∅" : $"{v.Raw}|{v.Number}|{v.Word}|{v.Unit}|{v.Approximate}|{v.Bound}|{v.Note}";
        text.AppendLine($"{plan.Id} {plan.Title} {plan.Period.Display} {plan.AsOf} {plan.Source}");
        foreach (var m in plan.AllMeasures)
        {
            text.AppendLine($"{m.Id} {m.Code} {m.Title} {m.ParentId} L{m.SourceLine} {string.Join(",", m.Owners)} {string.Join("/", m.Content)}");
            foreach (var a in m.AnnualPlans) text.AppendLine($"  plan {a.FiscalYear} {string.Join("/", a.Actions)}");
            foreach (var n in m.Notes) text.AppendLine($"  note L{n.SourceLine} {n.Text}");
            foreach (var i in m.Indicators)
            {
                text.AppendLine($"  {i.Id} {i.Name} {i.Unit} {i.Direction} L{i.SourceLine} base={i.Baseline?.FiscalYear}/{i.Baseline?.Label}/{V(i.Baseline?.Value)}");
                foreach (var t in i.Targets) text.AppendLine($"    target {t.Key} {V(t.Value)}");
                foreach (var c in i.Curation) text.AppendLine($"    curation {c}");
            }
        }
        foreach (var r in plan.Reviews)
        {
            foreach (var m in r.Measures.Values) text.AppendLine($"review {r.FiscalYear} {m.MeasureId} {m.Grade?.Key} {string.Join("|", m.Commentary)}");
            foreach (var i in r.Indicators.Values) text.AppendLine($"review {r.FiscalYear} {i.IndicatorId} {V(i.Actual)}");
        }
        return text.ToString();
    }
}
