using PlanSite.Importers;
using PlanSite.Importers.SaitamaImplementationPlan;
using PlanSite.Model;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Importers;

/// <summary>
/// Seed 000: さいたま市 実施計画（令和3～7年度）part Ⅱ 質の高い都市経営の実現. Every expected value below was
/// read from the seed text by hand (line numbers are the seed's, 1-based).
/// </summary>
public class SaitamaImplementationPlanImporterTests
{
    private static readonly SaitamaImplementationPlanImporter Importer = new();
    private static readonly Lazy<ImportResult> Imported = new(() => Importer.Import(SeedPath, CurationPath));

    private static string SeedPath => Path.Combine(RepoPaths.Seeds, Importer.SeedFileName);
    private static string CurationPath => ImporterRegistry.CurationPathFor(RepoPaths.Seeds, Importer);

    private static Plan Plan => Imported.Value.Plan;
    private static Measure Measure(string id) => Plan.AllMeasures.Single(m => m.Id == id);
    private static Indicator Indicator(string id) => Plan.AllIndicators.Single(i => i.Id == id);
    private static Value Target(string id, int year) => Indicator(id).TargetFor(new FiscalYear(year))!;
    private static string Fact(string measure, string label) => Measure(measure).Facts.Single(f => f.Label == label).Text;
    private static IEnumerable<Measure> AtDepth(int depth) => Plan.AllMeasures.Where(m => m.Depth == depth && m.RepeatOf is null);

    // ---- the importer as a whole ------------------------------------------------------------------

    [Fact]
    public void ImporterIsRegisteredForSeed000AndImportsWithoutWarnings()
    {
        Assert.Same(Importer.GetType(), ImporterRegistry.Find("saitama-implementation-plan")!.GetType());
        Assert.Equal("000_651471b183945b33.txt", Importer.SeedFileName);
        Assert.Empty(Imported.Value.Warnings);
        Assert.Equal("saitama-jisshi-2021-2025", Plan.Id);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2025)), Plan.Period);
        Assert.Equal(["章", "政策", "施策", "事業"], Plan.LevelNames);
    }

    [Fact]
    public void ThePlanCarriesNoReviewsAndNoGrades()
    {
        Assert.Empty(Plan.Reviews);
        Assert.Empty(Plan.Grades.Grades);
    }

    [Fact]
    public void CountsMatchTheSeed()
    {
        Assert.Equal(["51", "52"], AtDepth(0).Select(m => m.Code));
        Assert.Equal(["51-1", "52-1", "52-2", "52-3", "52-4", "52-5", "52-6"], AtDepth(1).Select(m => m.Code));
        Assert.Equal(13, AtDepth(2).Count());
        Assert.Equal(51, AtDepth(3).Count());
        Assert.Equal(85, AtDepth(3).Sum(m => m.Indicators.Count));
        Assert.Equal(18, AtDepth(2).Sum(m => m.Indicators.Count));
        // 事業一覧: 11 rows marked ○ (COVID-related); 10 boxes print a numeric 5-year fiscal effect.
        Assert.Equal(11, AtDepth(3).Count(m => m.Facts.Any(f => f.Label == PlanAssembler.CovidLabel && f.Text.StartsWith('○'))));
        Assert.Equal(10, AtDepth(3).Count(m => m.Facts.Single(f => f.Label == PlanAssembler.FiscalEffectLabel).Text.EndsWith("千円", StringComparison.Ordinal)));
        // Projects per 施策 as the codes say: 52-2-1 has 15, 52-6-2 none of its own (two 再掲).
        Assert.Equal(15, Measure("52-2-1").Children.Count);
        Assert.All(Measure("52-6-2").Children, c => Assert.NotNull(c.RepeatOf));
    }

    // ---- projects ---------------------------------------------------------------------------------

    [Fact]
    public void ProjectFieldsComeFromTheIndexAndTheBox()
    {
        // l.29 「52-1-1-01 市民に分かりやすい情報発信 ○ P351」; box l.1268-1275.
        var p = Measure("52-1-1-01");
        Assert.Equal("市民に分かりやすい情報発信", p.Title);
        Assert.Equal("52-1-1", p.ParentId);
        Assert.Equal(["広報課"], p.Owners);
        Assert.Equal("市民の市政への理解を深めます。", p.Purpose);
        Assert.Equal("○（関連事業）", Fact("52-1-1-01", PlanAssembler.CovidLabel));
        Assert.Equal("P351", Fact("52-1-1-01", PlanAssembler.PageLabel));
        Assert.Equal("―", Fact("52-1-1-01", PlanAssembler.FiscalEffectLabel));
        Assert.Equal(4, p.Indicators.Count);
        Assert.Equal("・市民とコミュニケーションをとりながら行う出前講座を推進します。", p.Content[1]);
    }

    [Fact]
    public void FiscalEffectsAndOwnersAreReadFromTheirLabels()
    {
        // l.1757-1759 「事業課 行財政改革推進部 財政課」 / 「10,500,000千円財政収支に関する…」 (amount glued to the purpose).
        Assert.Equal(["行財政改革推進部", "財政課"], Measure("52-2-1-01").Owners);
        Assert.Equal("10,500,000千円", Fact("52-2-1-01", PlanAssembler.FiscalEffectLabel));
        Assert.StartsWith("財政収支に関する中期試算", Measure("52-2-1-01").Purpose);
        Assert.Equal("19,307,731千円", Fact("52-2-1-05", PlanAssembler.FiscalEffectLabel));
        Assert.Equal("5,000千円", Fact("51-1-2-05", PlanAssembler.FiscalEffectLabel));
        // 事業課 empty on l.3226, the division on its own line l.3233; a second division on l.2901.
        Assert.Equal(["デジタル改革推進部"], Measure("52-4-1-02").Owners);
        Assert.Equal(["行財政改革推進部", "デジタル改革推進部"], Measure("52-3-2-01").Owners);
    }

    [Fact]
    public void RepostedProjectIsOnePageLinkedFromTheSecondMeasure()
    {
        // l.2892 「再掲先 ５年間の財政効果　　52-4-1」; l.3067-3069 「52-3-2-01 / 【再掲】 / P377」 in 施策 52-4-1.
        Assert.Single(Plan.AllMeasures, m => m.Id == "52-3-2-01");
        var link = Assert.Single(Measure("52-4-1").Children, c => c.RepeatOf is not null);
        Assert.Equal("52-3-2-01", link.RepeatOf);
        Assert.Equal("52-4-1-saikei-52-3-2-01", link.Id);
        Assert.Empty(link.Indicators);
        Assert.Equal("52-4-1 ＩＣＴやデータを活用した行政サービス、業務効率化", Fact("52-3-2-01", PlanAssembler.RepostLabel));
        Assert.Equal(["52-6-1-01", "52-6-1-02"], Measure("52-6-2").Children.Select(c => c.RepeatOf));
    }

    [Fact]
    public void MeasuresAndPoliciesCarryTheirDepartmentsAndDirection()
    {
        Assert.Equal("健全で持続可能な財政運営", Measure("52-2-1").Title);
        Assert.Equal(["財政局 財政課", "都市戦略本部 行財政改革推進部"], Measure("52-2-1").Owners);
        var policy = Measure("52-2");
        Assert.Equal("健全財政の維持", policy.Title);
        Assert.Equal(["必要な市民サービスを維持し、かつ的確に行うため、効率的・効果的な財政運営を推進します。"], policy.Content);
        Assert.Equal("高品質経営市役所", Measure("52").Title);
    }

    // ---- project indicators -----------------------------------------------------------------------

    [Fact]
    public void NumericRowReadsBaselineTargetsAndFinalTarget()
    {
        // l.357-365: 本市の協働事業数 507件（令和元年度） 533件 559件 585件 611件 637件 令和７年度までに637件
        var i = Indicator("51-1-1-02-1");
        Assert.Equal("本市の協働事業数", i.Name);
        Assert.Equal("件", i.Unit);
        Assert.Equal(2019, i.Baseline!.FiscalYear!.Value.StartYear);
        Assert.Equal(507m, i.Baseline.Value.Number);
        Assert.Equal([533m, 559m, 585m, 611m, 637m], i.Targets.Select(t => t.Value.Number!.Value));
        Assert.Equal("令和７年度までに637件", i.FinalTarget!.Value.Raw);
    }

    [Fact]
    public void FullWidthDigitsAreParsedAndRawKept()
    {
        // l.2924 「７件 ５件 ５件 ３件 ３件」
        var t = Target("52-3-2-01-1", 2021);
        Assert.Equal("７件", t.Raw);
        Assert.Equal(7m, t.Number);
    }

    [Fact]
    public void NumberSplitAcrossLinesIsRejoined()
    {
        // l.1797-1798 「700,000千」 / 「円」; l.1312-1313 「1,050,000」 / 「回」.
        var t = Target("52-2-1-01-2", 2023);
        Assert.Equal("700,000千円", t.Raw);
        Assert.Equal(700000m, t.Number);
        Assert.Equal("千円", Indicator("52-2-1-01-2").Unit);
        var r7 = Target("52-1-1-01-2", 2025);
        Assert.Equal("1,050,000回", r7.Raw);
        Assert.Equal(1050000m, r7.Number);
    }

    [Fact]
    public void DisplacedLastCellIsPutBackOnItsRow()
    {
        // l.1318-1320 「19,600人 / 令和７年度までに19,600人」 printed before the row it belongs to (l.1332-1339).
        var i = Indicator("52-1-1-01-4");
        Assert.Equal("市公式YouTubeチャンネルの登録者数", i.Name);
        Assert.Equal(["9,800人", "12,300人", "14,500人", "16,900人", "19,600人"], i.Targets.Select(t => t.Value.Raw));
        Assert.Equal("令和７年度までに19,600人", i.FinalTarget!.Value.Raw);
        Assert.Contains(i.Curation, c => c.Contains("19,600人", StringComparison.Ordinal) && c.Contains("1318", StringComparison.Ordinal));
        // l.1475-1477 「87.0％ / 令和７年度までに87.0％」 at the page top, for the row at l.1479-1488.
        Assert.Equal("87.0％", Target("52-1-2-01-1", 2025).Raw);
    }

    [Fact]
    public void WordTargetsStayWords()
    {
        // l.1484-1488: ― / アンケート実施 / 85.0％ 85.5％ 86.0％
        var first = Target("52-1-2-01-1", 2021);
        Assert.Equal("アンケート実施", first.Word);
        Assert.Null(first.Number);
        Assert.Equal(85.0m, Target("52-1-2-01-1", 2022).Number);
        Assert.Equal("―", Indicator("52-1-2-01-1").Baseline!.Value.Raw);
        // l.1952 「決定 ― ― ― ―」: one word, then no target in the later years.
        var park = Indicator("52-2-1-04-2");
        Assert.Equal(["決定", "―", "―", "―", "―"], park.Targets.Select(t => t.Value.Raw));
        Assert.Equal(Direction.Qualitative, park.Direction);
        Assert.Equal("検討中", park.Baseline!.Value.Word);
        Assert.Equal(2020, park.Baseline.FiscalYear!.Value.StartYear);
    }

    [Fact]
    public void QualifiedTargetsKeepTheirQualifier()
    {
        // l.2537 「110％以上」, l.1696-1697 「実質公債費比率 / 18％未満」, l.2195 「前年度比20％増」.
        var atLeast = Target("52-2-2-01-1", 2025);
        Assert.Equal(110m, atLeast.Number);
        Assert.Equal(ValueBound.AtLeast, atLeast.Bound);
        var below = Target("52-2-1-seika-1", 2025);
        Assert.Equal(18m, below.Number);
        Assert.Equal(ValueBound.Below, below.Bound);
        Assert.Equal("実質公債費比率", below.Note);
        var relative = Target("52-2-1-10-1", 2025);
        Assert.Equal("前年度比20％増", relative.Word);
        // l.1827-1829 「146億円（令和４年度収支不足額）」: the year in parentheses is a note, not the column year.
        var shortfall = Target("52-2-1-01-1", 2021);
        Assert.Equal(146m, shortfall.Number);
        Assert.Equal("令和４年度収支不足額", shortfall.Note);
    }

    [Fact]
    public void NoTargetDashIsKeptApartFromAMissingCell()
    {
        // l.2205-2209: ０件（令和３年度） / ― ５件 11件 13件 ― / 令和６年度までの３年間で29件
        var i = Indicator("52-2-1-10-2");
        Assert.Equal(5, i.Targets.Count);
        Assert.Equal("―", Target("52-2-1-10-2", 2021).Word);
        Assert.Equal("―", Target("52-2-1-10-2", 2025).Word);
        Assert.Equal(0m, i.Baseline!.Value.Number);
        Assert.Equal(2021, i.Baseline.FiscalYear!.Value.StartYear);
    }

    [Fact]
    public void RevisionNotesAreAttachedToTheirIndicator()
    {
        // l.2940-2945 「検討結果を踏まえ、目標指標⑵に統合（令和５年度改定）」 is ⑶ of 52-3-2-01.
        var merged = Indicator("52-3-2-01-3");
        Assert.Equal("テレワーク実施の推進", merged.Name);
        Assert.Contains(merged.Notes, n => n.Text.Contains("令和５年度改定", StringComparison.Ordinal) && n.SourceLine == 2942);
        Assert.DoesNotContain(Indicator("52-3-2-01-1").Notes, n => n.Text.Contains("改定", StringComparison.Ordinal));
        // l.2613-2614 ◆…（令和４年度改定） under 病院事業's content belongs to its one indicator.
        var hospital = Indicator("52-2-2-03-1");
        var note = Assert.Single(hospital.Notes);
        Assert.StartsWith("◆令和４年３月に策定した「第３次さいたま市立病院中期経営計画」", note.Text);
        Assert.EndsWith("（令和４年度改定）。", note.Text);
        Assert.DoesNotContain(Measure("52-2-2-03").Content, c => c.Contains('◆'));
        // l.3171-3174 and l.3187-3190: 52-4-1-01 ⑵ and ⑶ merged in the 令和４年度 revision.
        Assert.All(new[] { "52-4-1-01-2", "52-4-1-01-3" }, id =>
            Assert.Contains(Indicator(id).Notes, n => n.Text.Contains("令和４年度改定", StringComparison.Ordinal)));
        // ※ footnote l.2963-2964 explains 「（※）」 in ⑵'s name (l.2931).
        Assert.Contains(Indicator("52-3-2-01-2").Notes, n => n.Text.StartsWith("※　令和４年度までは", StringComparison.Ordinal));
    }

    [Fact]
    public void SourceInconsistencyIsKeptAndFlagged()
    {
        // l.3501-3503: five targets of 15件 but 「令和７年度までに60件」.
        var i = Indicator("52-5-1-02-1");
        Assert.All(i.Targets, t => Assert.Equal("15件", t.Value.Raw));
        Assert.Equal("令和７年度までに60件", i.FinalTarget!.Value.Raw);
        Assert.Contains(i.Notes, n => n.Text.Contains("60件", StringComparison.Ordinal) && n.Text.Contains("15件", StringComparison.Ordinal));
    }

    [Fact]
    public void CompoundBaselineAndFootnotesKeepEveryPart()
    {
        // l.410-419: 24団体増（令和元年度）※54団体（R2.3.31現在） … ※ＣＳパートナーズ団体数
        var i = Indicator("51-1-1-03-2");
        Assert.Equal(24m, i.Baseline!.Value.Number);
        Assert.Equal("団体増", i.Unit);
        Assert.Equal("※54団体（R2.3.31現在）", i.Baseline.Value.Note);
        Assert.Contains(i.Notes, n => n.Text == "※ＣＳパートナーズ団体数" && n.SourceLine == 419);
        // l.497 explains 「公民連携コミュニティ」（※） in 51-1-1-06's content.
        Assert.Contains(Measure("51-1-1-06").Notes, n => n.Text == "※令和２年11月末現在で85団体");
        // l.1533-1538: a final target of two statements keeps them apart.
        Assert.Equal("令和４年度までにおくやみ窓口を全区に開設\n令和７年度までに翻訳システム機器を全区に導入",
            Indicator("52-1-2-01-3").FinalTarget!.Value.Raw);
    }

    // ---- 施策 outcome indicators -----------------------------------------------------------------

    [Fact]
    public void OutcomeIndicatorsHaveR7TargetsAndTheR12Horizon()
    {
        // l.228-231 「2 公民連携セミナーの参加者数 / 72人 / （平成30年度）」, pair 「80人 90人」 at the page top (l.207).
        var i = Indicator("51-1-1-seika-2");
        Assert.Equal("公民連携セミナーの参加者数", i.Name);
        Assert.Equal(72m, i.Baseline!.Value.Number);
        Assert.Equal(2018, i.Baseline.FiscalYear!.Value.StartYear);
        var target = Assert.Single(i.Targets);
        Assert.Equal((2025, "80人"), (target.Key.StartYear, target.Value.Raw));
        Assert.Equal("90人", i.FinalTarget!.Value.Raw);
        Assert.Equal("令和12年度（2030年度）の目標", i.FinalTarget.Label);
        // 52-2-2: 「資金不足比率「―」」 is a value (no deficit), not an empty cell (l.2488).
        Assert.Equal("資金不足比率「―」", Indicator("52-2-2-seika-1").Baseline!.Value.Raw);
    }

    // ---- the importer checks itself ---------------------------------------------------------------

    [Fact]
    public void ImportFailsWhenTheCuratedTallyDisagrees()
    {
        using var temp = new TempContent();
        string curation = Path.Combine(temp.Root, "curation.yaml");
        File.WriteAllText(curation, File.ReadAllText(CurationPath).Replace("  indicators: 85\n", "  indicators: 84\n"));
        var e = Assert.Throws<InvalidDataException>(() => Importer.Import(SeedPath, curation));
        Assert.Contains("read 85 目標指標 rows", e.Message);
    }

    [Fact]
    public void ImportFailsWhenAnIndexRowHasNoBox()
    {
        using var temp = new TempContent();
        string seed = Path.Combine(temp.Root, Importer.SeedFileName);
        // Renaming box 52-5-1-03 (l.3552) leaves its 事業一覧 row (l.124) without a box.
        var lines = File.ReadAllLines(SeedPath);
        Assert.StartsWith("事業 52-5-1-03 ", lines[3551].TrimStart());
        lines[3551] = lines[3551].Replace("52-5-1-03", "52-5-1-09");
        File.WriteAllText(seed, string.Join("\n", lines));
        var e = Assert.Throws<InvalidDataException>(() => Importer.Import(seed, CurationPath));
        Assert.Contains("52-5-1-03", e.Message);
    }

    [Fact]
    public void ImportFailsWhenACuratedTextIsNotOnItsLines()
    {
        using var temp = new TempContent();
        string curation = Path.Combine(temp.Root, "curation.yaml");
        File.WriteAllText(curation, File.ReadAllText(CurationPath).Replace("name_lines: [228, 228]", "name_lines: [229, 229]"));
        var e = Assert.Throws<InvalidDataException>(() => Importer.Import(SeedPath, curation));
        Assert.Contains("公民連携セミナーの参加者数", e.Message);
        Assert.Contains("229-229", e.Message);
    }
}
