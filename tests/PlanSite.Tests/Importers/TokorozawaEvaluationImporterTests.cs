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
    // ---- その他職員 and SDG goals: only as far as the text pins them ------------------------------------

    private static (string Kind, decimal? Fte, bool Undetermined)[] Others(YearCost cost) =>
        cost.OtherStaff.Select(o => (o.Kind, o.Fte?.Number, o.Undetermined is not null)).ToArray();

    [Fact]
    public void OtherStaffOfKodomoKosodateOnPage1()
    {
        // R1: L50 「Ｈ２７ 20,780千円 臨時職員 0.15 人」 (the R1 人件費's line), L48 「0.00 人 R2年度目標」 after
        // L44 「期間 2.50 人」 and 非常勤/特別職. H30: L52 「臨時職員 0.00 人」, L87 「0.00 人 16 16」.
        Assert.Equal(new[] { ("臨時職員", (decimal?)0.15m, false), ("非常勤特別職", 0.00m, false) }, Others(R1("kodomo-kosodate").Cost!));
        Assert.Equal(new[] { ("臨時職員", (decimal?)0.00m, false), ("非常勤特別職", 0.00m, false) }, Others(H30("kodomo-kosodate").Cost!));
        Assert.Equal("0.15 人", R1("kodomo-kosodate").Cost!.OtherStaff[0].Fte!.Raw);
        // Page 1's every figure is taken, so the other sheets' cells are blank, not undetermined.
        Assert.Equal(new[] { ("臨時職員", (decimal?)null, false), ("非常勤特別職", null, false) }, Others(R1("management-system").Cost!));
    }

    [Fact]
    public void OtherStaffOfKojinBangoCardOnPage7()
    {
        // L3956 「… 39,233千円 臨時職員 13.00 人」 (R1) and L3971 「48,855千円 臨時職員 13.00 人」 (H30).
        Assert.Equal(new[] { ("臨時職員", (decimal?)13.00m, false), ("非常勤特別職", null, false) }, Others(R1("kojin-bango-card").Cost!));
        Assert.Equal(new[] { ("臨時職員", (decimal?)13.00m, false), ("非常勤特別職", null, false) }, Others(H30("kojin-bango-card").Cost!));
    }

    [Fact]
    public void OtherStaffLeftOverOnPage4IsUndeterminedNotGuessed()
    {
        // 全庁ネットワーク: 臨時職員 on its R1 and H30 人件費 lines (L2356 0.60, L2361 0.10); its R1 非常勤 could be
        // one of four figures no sheet can be given (L2246, L2257, L2300, L2387).
        Assert.Equal(new[] { ("臨時職員", (decimal?)0.60m, false), ("非常勤特別職", null, true) }, Others(R1("zencho-network").Cost!));
        Assert.Equal(new[] { ("臨時職員", (decimal?)0.10m, false), ("非常勤特別職", 0.00m, false) }, Others(H30("zencho-network").Cost!));
        Assert.Contains("L2257「10.00 人」", R1("zencho-network").Cost!.OtherStaff[1].Undetermined);
    }

    [Fact]
    public void OtherStaffCountsAcrossAll104Cells()
    {
        var cells = Plan.Reviews.SelectMany(r => r.Measures.Values).SelectMany(m => m.Cost!.OtherStaff).ToArray();
        Assert.Equal(104, cells.Length);
        Assert.Equal(39, cells.Count(c => c.Fte is not null));
        Assert.Equal(27, cells.Count(c => c.Undetermined is not null));
        Assert.Equal(38, cells.Count(c => c.Fte is null && c.Undetermined is null));
    }

    [Fact]
    public void SdgGoalLabelsCannotBeGivenToSheetsAndEachSheetListsItsPagesLabels()
    {
        var curation = TokorozawaCuration.Load(CurationPath).Document;
        var seedLines = File.ReadAllLines(SeedPath, Encoding.UTF8);
        Assert.Equal(52, seedLines.Count(SdgLabels.StartsLabel));
        Assert.Equal(52, curation.Pages.Sum(p => p.SdgLabels.Count) + curation.Sheets.Sum(s => s.SdgGoals.Count));

        var sdgs = Review(2019).Measures.Values.Select(m => m.Sdgs!).ToArray();
        Assert.Equal(26, sdgs.Length);
        Assert.All(sdgs, s => Assert.Empty(s.Goals));
        Assert.All(sdgs, s => Assert.False(string.IsNullOrWhiteSpace(s.Undetermined)));
        // Page 7 prints three labels for its two sheets: L4183-4185, L4187-4189 and L4201-4203.
        Assert.EndsWith("7ページ目の2シートに印字された目標（3個、印字順）：１１．住み続けられるまちづくりを、１１．住み続けられるまちづくりを、９．産業と技術革新の基盤を作ろう。",
            R1("kojin-bango-card").Sdgs!.Undetermined);
        Assert.Contains("１７．パートナーシップで目標を達成しよう", R1("kodomo-kosodate").Sdgs!.Undetermined); // wrapped over L619-623
    }

    [Fact]
    public void AnSdgLabelCitedTwiceMakesTheImportFail()
    {
        // Give L594-596 (１１．住み続 / けられるまち / づくりを) to マネジメント while page 1 still lists it.
        var (seed, curation) = TamperedCopies(1, "", "", curationEdit: c => c.Replace(
            "    sdg: [L582-584]\n    decisions:\n",
            "    sdg: [L582-584]\n    sdg_goals: [{label: L594-596, kind: project}]\n    decisions:\n      - field: sdg_goals\n        reason: test\n"));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains(":594:", error.Message);
        Assert.Contains("cited twice", error.Message);
    }

    [Fact]
    public void AnSdgLabelLeftOutMakesTheImportFail()
    {
        var (seed, curation) = TamperedCopies(1, "", "", curationEdit: c => c.Replace("L590-592, L594-596, ", "L590-592, "));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains("594", error.Message);
        Assert.Contains("given to no sheet", error.Message);
    }

    [Fact]
    public void AGoalNumberOutside1To17MakesTheImportFail()
    {
        var (seed, curation) = TamperedCopies(594, "１１．住み続", "１８．住み続", curationEdit: c => c);
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains(":594:", error.Message);
        Assert.Contains("goal 18", error.Message);
    }

    [Fact]
    public void AStaffFigureNobodyCitesMakesTheImportFail()
    {
        var (seed, curation) = TamperedCopies(1, "", "", curationEdit: c => c.Replace("temporary: \"L52:0.00 人\"", "temporary: blank"));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains(":52:", error.Message);
        Assert.Contains("prints 1 staff figure(s), but 0 are cited", error.Message);
    }

    [Fact]
    public void BlankIsRefusedOnAPageWithAFigureNoSheetIsGiven()
    {
        var (seed, curation) = TamperedCopies(1, "", "", curationEdit: c => c
            .Replace("temporary: \"L52:0.00 人\"", "temporary: \"? test\"")
            .Replace("    first_line: 2\n", "    first_line: 2\n    unattributed_staff: [\"L52:0.00 人\"]\n    staff_reason: test\n"));
        var error = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, curation));
        Assert.Contains("is 'blank', but page 1 has staff figures no sheet is given", error.Message);
    }
}
