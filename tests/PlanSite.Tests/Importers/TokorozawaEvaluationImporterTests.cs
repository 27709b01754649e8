using System.Text;
using PlanSite.Importers;
using PlanSite.Importers.TokorozawaEvaluation;
using PlanSite.Model;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Importers;

/// <summary>
/// Seed 002: 所沢市 事務事業評価シート（令和元年度）, 26 sheets on 7 pages. Every expected value below was read
/// from the seed text by hand (line numbers are the seed's, 1-based).
/// </summary>
public class TokorozawaEvaluationImporterTests
{
    private static readonly TokorozawaEvaluationImporter Importer = new();
    private static readonly Lazy<ImportResult> Imported = new(() => Importer.Import(SeedPath, CurationPath));

    private static string SeedPath => Path.Combine(RepoPaths.Seeds, Importer.SeedFileName);
    private static string CurationPath => ImporterRegistry.CurationPathFor(RepoPaths.Seeds, Importer);

    private static Plan Plan => Imported.Value.Plan;
    private static Review Review(int year) => Plan.Reviews.Single(r => r.FiscalYear.StartYear == year);
    private static IReadOnlyList<Measure> Sheets => Plan.AllMeasures.Where(m => m.Depth == 1).ToArray();
    private static Measure Sheet(string id) => Sheets.Single(m => m.Id == id);
    private static MeasureReview R1(string id) => Review(2019).Measures[id];
    private static MeasureReview H30(string id) => Review(2018).Measures[id];
    private static string Fact(string id, string label) => Sheet(id).Facts.Single(f => f.Label == label).Text;
    private static Indicator Outcome(string id) => Assert.Single(Sheet(id).Indicators);
    private static Value? Target(string id, int year) => Outcome(id).TargetFor(new FiscalYear(year));
    private static Value? Actual(string id, int year) =>
        Review(year).Indicators.TryGetValue(PlanBuilder.IndicatorId(id), out var r) ? r.Actual : null;

    // ---- counts -------------------------------------------------------------------------------------

    [Fact]
    public void ImportsWithoutWarnings() => Assert.Empty(Imported.Value.Warnings);

    [Fact]
    public void ReadsAll26SheetsUnderTheOneSectionTheDocumentCovers()
    {
        var section = Assert.Single(Plan.Measures);
        Assert.Equal("第７章　未来（あす）を見つめたまちづくり  第４節　行政経営", section.Title);
        Assert.Equal(26, section.Children.Count);
        Assert.Equal(26, Plan.AllIndicators.Count());
        Assert.Equal(new[] { 2018, 2019 }, Plan.Reviews.Select(r => r.FiscalYear.StartYear));
    }

    [Fact]
    public void Has58ActivityResults()
    {
        Assert.Equal(58, Review(2019).Measures.Values.Sum(m => m.Activities.Count));
    }

    [Fact]
    public void GradesAre18AAnd8B()
    {
        var grades = Review(2019).Measures.Values.GroupBy(m => m.Grade!.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(18, grades["A"]);
        Assert.Equal(8, grades["B"]);
        Assert.Equal(new[] { "chiiki-fukushi-keikaku", "cool-japan-forest", "gyosei-keiei", "kyotsu-nozei", "management-system", "pc-seibi", "seisaku-keisei", "sogo-senryaku" },
            Review(2019).Measures.Values.Where(m => m.Grade!.Key == "B").Select(m => m.MeasureId).Order());
    }

    [Fact]
    public void ThirteenSheetsMetTheirTargetAndThreeSetNone()
    {
        var states = Review(2019).Measures.Values.GroupBy(m => m.TargetStatus!.State).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(13, states[TargetState.Met]);
        Assert.Equal(10, states[TargetState.NotMet]);
        Assert.Equal(3, states[TargetState.NoTarget]);
    }

    [Fact]
    public void AccountsAre24GeneralAnd2Special()
    {
        var accounts = Sheets.GroupBy(s => Fact(s.Id, "会計")).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(24, accounts["一般"]);
        Assert.Equal(2, accounts["特別"]);
        Assert.Equal("特別", Fact("kokuho-online", "会計"));
    }

    [Fact]
    public void WorkTypeComesFromTheCheckBoxes()
    {
        // 25 × 「■ □ □」 and one 「□ ■ □」 (L3924, the 市民課 entry).
        Assert.Equal("法定受託事務", Fact("kojin-bango-card", "事業の種別"));
        Assert.Equal(25, Sheets.Count(s => Fact(s.Id, "事業の種別") == "自治事務"));
    }

    // ---- the arithmetic rule --------------------------------------------------------------------------

    [Fact]
    public void PersonnelCostIsFteTimesTheYearsUnitCostOnEverySheet()
    {
        int checkedPairs = 0;
        foreach (var (year, unit) in new[] { (2018, 8380m), (2019, 8312m) })
            foreach (var cost in Review(year).Measures.Values.Select(m => m.Cost!))
            {
                if (cost.StaffFte is null || cost.PersonnelCost is null) continue;
                Assert.Equal(Math.Round(cost.StaffFte.Number!.Value * unit, 0, MidpointRounding.AwayFromZero), cost.PersonnelCost.Number);
                checkedPairs++;
            }
        // Only the 議会 sheet's H30 staffing is not printed.
        Assert.Equal(51, checkedPairs);
    }

    [Fact]
    public void ATamperedPersonnelCostMakesTheImportFail()
    {
        // 子ども・子育て R1: 2.50 人 (L44) × 8,312 = 20,780千円 (L50). Change the cost in seed and curation alike.
        var (seed, curation) = TamperedCopies(50, "20,780千円", "20,781千円", curationEdit: c => c.Replace("L50:20,780千円", "L50:20,781千円"));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains("kodomo-kosodate", error.Message);
        Assert.Contains("人件費", error.Message);
        Assert.Contains("20,780千円", error.Message);
    }

    [Fact]
    public void AFigureMissingFromItsCitedLineMakesTheImportFail()
    {
        var (seed, curation) = TamperedCopies(3990, "75,084千円", "75,048千円", curationEdit: c => c);
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains(":3990:", error.Message);
        Assert.Contains("kojin-bango-card", error.Message);
    }

    [Fact]
    public void AGradeLetterGivenToTwoSheetsMakesTheImportFail()
    {
        // Give 高齢者's grade line (L531) to 子ども・子育て as well; L140 is then nobody's.
        var (seed, curation) = TamperedCopies(1, "", "", curationEdit: c => c.Replace("    grade: L140\n", "    grade: L531\n"));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains("531", error.Message);
        Assert.Contains("2 sheets", error.Message);
    }

    private static (string Seed, string Curation) TamperedCopies(int line, string from, string to, Func<string, string> curationEdit)
    {
        string dir = Directory.CreateTempSubdirectory("plansite-002-").FullName;
        var lines = File.ReadAllLines(SeedPath, Encoding.UTF8);
        if (from.Length > 0)
        {
            Assert.Contains(from, lines[line - 1]);
            lines[line - 1] = lines[line - 1].Replace(from, to);
        }
        string seed = Path.Combine(dir, Importer.SeedFileName);
        File.WriteAllLines(seed, lines, new UTF8Encoding(false));
        string curation = Path.Combine(dir, "curation.yaml");
        string original = File.ReadAllText(CurationPath, Encoding.UTF8);
        string edited = curationEdit(original);
        File.WriteAllText(curation, edited, new UTF8Encoding(false));
        return (seed, curation);
    }

    // ---- real values on several pages ----------------------------------------------------------------

    [Fact]
    public void Page1KodomoKosodateSheet()
    {
        var sheet = Sheet("kodomo-kosodate");
        Assert.Equal("所沢市子ども・子育て支援事業計画推進事業", sheet.Title);
        Assert.Equal(new[] { "こども政策課" }, sheet.Owners);
        Assert.Equal("Ｈ２７", Fact(sheet.Id, "期間"));
        Assert.Equal("子ども・子育て支援法、所沢市子ども・子育て会議条例", Fact(sheet.Id, "根拠法令"));
        Assert.Equal("こども政策課長　瀧澤　恵", R1(sheet.Id).Evaluator);
        Assert.Equal(6262m, R1(sheet.Id).Cost!.Budget!.Number);
        Assert.Equal("6,030千円", R1(sheet.Id).Cost!.Settlement!.Raw);
        Assert.Equal("決算額（見込み）", R1(sheet.Id).Cost!.SettlementLabel);
        Assert.Equal(653m, H30(sheet.Id).Cost!.Budget!.Number);
        Assert.Equal(15084m, H30(sheet.Id).Cost!.PersonnelCost!.Number);
        Assert.Equal(new[] { ("子ども・子育て会議開催回数", "5回"), ("出席委員数", "80人") },
            R1(sheet.Id).Activities.Select(a => (a.Name, a.Result!.Raw)));
        Assert.Equal(16m, Target(sheet.Id, 2020)!.Number);
        Assert.Equal(16m, Actual(sheet.Id, 2018)!.Number);
    }

    [Fact]
    public void Page3SeisakuKeiseiExecutionRateMatchesSettlementOverBudget()
    {
        const string id = "seisaku-keisei";
        Assert.Equal("「未来（あす）を見つめ、今を動く」政策形成事業", Sheet(id).Title);
        Assert.Equal("事業予算の執行率", Outcome(id).Name);
        var r1 = R1(id).Cost!;
        var h30 = H30(id).Cost!;
        Assert.Equal((2650m, 1711m), (r1.Budget!.Number!.Value, r1.Settlement!.Number!.Value));
        Assert.Equal((2000m, 1529m), (h30.Budget!.Number!.Value, h30.Settlement!.Number!.Value));
        // The rule that decided the years: the printed rate is settlement ÷ budget, truncated to 0.1%.
        Assert.Equal(64.5m, Actual(id, 2019)!.Number);
        Assert.Equal(Math.Truncate(1711m / 2650m * 1000) / 10, Actual(id, 2019)!.Number);
        Assert.Equal(76.4m, Actual(id, 2018)!.Number);
        Assert.Equal(Math.Truncate(1529m / 2000m * 1000) / 10, Actual(id, 2018)!.Number);
        Assert.Equal(TargetState.NotMet, R1(id).TargetStatus!.State);
        Assert.Equal("B", R1(id).Grade!.Key);
    }

    [Fact]
    public void Page3CoolJapanNameJoinsLatinWordsWithASpace()
    {
        Assert.Equal("COOL　JAPAN FOREST構想推進事業", Sheet("cool-japan-forest").Title);
        Assert.Equal(53.0m, Actual("cool-japan-forest", 2019)!.Number);
        Assert.Equal(43.8m, Actual("cool-japan-forest", 2018)!.Number);
    }

    [Fact]
    public void FullWidthNumbersAreReadButKeptAsPrinted()
    {
        var tax = Assert.Single(R1("kyotsu-nozei").Activities);
        Assert.Equal("地方税共通納税システム利用件数", tax.Name);
        Assert.Equal("１，４２７件", tax.Result!.Raw);
        Assert.Equal(1427m, tax.Result.Number);
        var health = R1("hoken-iryo-keikaku").Activities[0];
        Assert.Equal(("５回", 5m), (health.Result!.Raw, health.Result.Number!.Value));
    }

    [Fact]
    public void TextValuedTargetsStayWords()
    {
        Assert.Equal("第２次計画策定", Target("hoken-iryo-keikaku", 2019)!.Word);
        Assert.Equal("第２次計画策定", Actual("hoken-iryo-keikaku", 2019)!.Word);
        Assert.Equal("計画の推進", Target("hoken-iryo-keikaku", 2020)!.Word);
        Assert.Equal(Direction.Qualitative, Outcome("hoken-iryo-keikaku").Direction);
        Assert.Equal("計画策定完了", Target("koreisha-keikaku", 2020)!.Word);
    }

    [Fact]
    public void Page7KojinBangoCard()
    {
        const string id = "kojin-bango-card";
        Assert.Equal("個人番号カード交付推進事業", Sheet(id).Title);
        Assert.Equal("市民課長　橋本　博史", R1(id).Evaluator);
        Assert.Equal((75084m, 70675m), (R1(id).Cost!.Budget!.Number!.Value, R1(id).Cost!.Settlement!.Number!.Value));
        Assert.Equal((4.72m, 39233m), (R1(id).Cost!.StaffFte!.Number!.Value, R1(id).Cost!.PersonnelCost!.Number!.Value));
        Assert.Equal((5.83m, 48855m), (H30(id).Cost!.StaffFte!.Number!.Value, H30(id).Cost!.PersonnelCost!.Number!.Value));
        Assert.Equal(9874m, Actual(id, 2019)!.Number);
        Assert.Equal(12000m, Target(id, 2019)!.Number);
        Assert.Equal(39486m, Target(id, 2020)!.Number);
        Assert.Equal(new[] { 13049m, 9874m, 10991m }, R1(id).Activities.Select(a => a.Result!.Number!.Value));
    }

    [Fact]
    public void LowerIsBetterForTheAppealRate()
    {
        Assert.Equal(Direction.Decrease, Outcome("kojin-joho-hogo").Direction);
        Assert.Equal("開示請求に対する不服申立て率（％）（不服申立て件数／請求件数×100）", Outcome("kojin-joho-hogo").Name);
    }

    [Fact]
    public void EvaluatorsAreKeptExactlyAsPrinted()
    {
        Assert.Equal("都市計画課長　　髙野　淳", R1("toshi-keikaku-mp").Evaluator);
        Assert.Equal("国民健康保険課長　新井　浩嚴", R1("kokuho-online").Evaluator);
        Assert.Equal("財政担当参事　新井　猛", R1("zaimu-kaishu").Evaluator);
        Assert.Equal(14, Review(2019).Measures.Values.Select(m => m.Evaluator).Distinct().Count());
    }

    // ---- what the source does not pin down -------------------------------------------------------------

    [Fact]
    public void UndeterminableBudgetsAreMarkedWithTheirReasonNotGuessed()
    {
        var cost = R1("hoken-iryo-keikaku").Cost!;
        Assert.Null(cost.Budget);
        Assert.Null(cost.Settlement);
        Assert.Equal(new[] { "budget", "settlement" }, cost.Undetermined);
        Assert.Contains("L1062「5,334千円」", cost.Note);
        Assert.Equal(5505m, H30("hoken-iryo-keikaku").Cost!.Budget!.Number);
        Assert.Equal(new[] { "settlement" }, H30("hoken-iryo-keikaku").Cost!.Undetermined);
    }

    [Fact]
    public void UndeterminableRankAndIndicatorYearsCarryTheirReason()
    {
        Assert.Equal(SheetReader.Undeterminable, Fact("kodomo-kosodate", "実施計画ランク"));
        Assert.Contains(Sheet("kodomo-kosodate").Notes, n => n.Text.StartsWith("実施計画ランク：原資料から特定できません。") && n.Text.Contains("L288"));
        Assert.Equal("最優先", Fact("koreisha-keikaku", "実施計画ランク"));

        // 行政経営: actuals 6 (L1815) and 7 (L1823) cannot be placed on years; the targets are all 10.
        Assert.Null(Actual("gyosei-keiei", 2018));
        Assert.Null(Actual("gyosei-keiei", 2019));
        Assert.Equal(10m, Target("gyosei-keiei", 2019)!.Number);
        Assert.Contains(Outcome("gyosei-keiei").Notes, n => n.Text.StartsWith("R1実績：原資料から特定できません。") && n.Text.Contains("L1815「6」"));
        // The year's row says so too, instead of a blank.
        Assert.Equal("実績は原資料から特定できません（注記を参照）", Review(2019).Indicators["gyosei-keiei-outcome"].Note);
        Assert.Equal("目標・実績は原資料から特定できません（注記を参照）", Review(2018).Indicators["sogo-senryaku-outcome"].Note);
    }

    [Fact]
    public void YearsDecidedByAStatedRuleCarryTheRule()
    {
        // 地域福祉: the targets rise by 2 points a year to reach 100% in R6 (L262-263).
        Assert.Equal(new[] { 88.0m, 90.0m, 92.0m }, Outcome("chiiki-fukushi-keikaku").Targets.Select(t => t.Value.Number!.Value));
        Assert.Equal(82.9m, Actual("chiiki-fukushi-keikaku", 2018)!.Number);
        Assert.Equal(85.3m, Actual("chiiki-fukushi-keikaku", 2019)!.Number);
        Assert.Contains(Outcome("chiiki-fukushi-keikaku").Curation, c => c.Contains("毎年2ポイントずつ"));
    }
}
