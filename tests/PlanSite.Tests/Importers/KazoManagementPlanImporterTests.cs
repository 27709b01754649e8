using System.Text;
using PlanSite.Importers;
using PlanSite.Importers.KazoManagementPlan;
using PlanSite.Model;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Importers;

/// <summary>
/// Seed 003: 第３次加須市行政経営プラン（令和３年度～令和７年度）. Every expected value below was read
/// from the seed text by hand (line numbers are the seed's, 1-based).
/// </summary>
public class KazoManagementPlanImporterTests
{
    private static readonly KazoManagementPlanImporter Importer = new();
    private static readonly Lazy<ImportResult> Imported = new(() => Importer.Import(SeedPath, CurationPath));

    private static string SeedPath => Path.Combine(RepoPaths.Seeds, Importer.SeedFileName);
    private static string CurationPath => ImporterRegistry.CurationPathFor(RepoPaths.Seeds, Importer);
    private static Plan Plan => Imported.Value.Plan;
    private static Measure Measure(string id) => Plan.AllMeasures.Single(m => m.Id == id);
    private static Indicator Indicator(string id) => Plan.AllIndicators.Single(i => i.Id == id);
    private static Value Target(string id, int year) => Indicator(id).TargetFor(new FiscalYear(year))!;

    /// <summary>The seed with one printed string replaced (it must occur exactly once), for the self-checks.</summary>
    private static ImportResult ImportTampered(string printed, string replacement)
    {
        string text = File.ReadAllText(SeedPath, Encoding.UTF8);
        int at = text.IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(printed, at + 1, StringComparison.Ordinal) < 0, $"「{printed}」 must occur once in the seed");
        return Importer.Import(KazoText.Parse(text.Replace(printed, replacement, StringComparison.Ordinal)), KazoCuration.Load(CurationPath));
    }

    // ---- the importer as a whole ------------------------------------------------------------------

    [Fact]
    public void ImportsWithoutWarningsAndIsRegistered()
    {
        Assert.Empty(Imported.Value.Warnings);
        Assert.Same(typeof(KazoManagementPlanImporter), ImporterRegistry.Find("kazo-management-plan")!.GetType());
        Assert.Equal("003_091ff612ad8d19b4.txt", Importer.SeedFileName);
    }

    [Fact]
    public void PlanTitlePeriodAndLevelsComeFromTheText()
    {
        Assert.Equal("kazo-gyosei-keiei-2021-2025", Plan.Id);
        Assert.Equal("第３次加須市行政経営プラン", Plan.Title);                          // L165–167
        Assert.Equal(new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2025)), Plan.Period); // L204 令和３年度から令和７年度
        Assert.Equal(["視点", "基本目標", "施策", "取組項目群", "取組項目"], Plan.LevelNames);
        Assert.Equal("加須市", Plan.Municipality.Name);
        Assert.Empty(Plan.Reviews);
    }

    [Fact]
    public void CountsMatchTheDocument()
    {
        var all = Plan.AllMeasures.ToArray();
        Assert.Equal(2, all.Count(m => m.Depth == 0));
        Assert.Equal(5, all.Count(m => m.Depth == 1));
        Assert.Equal(17, all.Count(m => m.Depth == 2));
        Assert.Equal(52, all.Count(m => m.Depth == 3));
        var items = all.Where(m => m.Depth == 4).ToArray();
        Assert.Equal(134, items.Length);
        Assert.Equal(9, items.Count(i => i.RepeatOf is not null));
        Assert.Equal(Enumerable.Range(1, 134).Select(n => n.ToString()), items.Select(i => i.Id).Order(Comparer<string>.Create((a, b) => int.Parse(a).CompareTo(int.Parse(b)))));
        Assert.Equal(155, Plan.AllIndicators.Count());
        Assert.Equal(146, Plan.AllIndicators.Count(i => i.RepeatOf is null));
        // Per goal, indicator rows 10 / 5 / 60 / 24 / 56.
        Assert.Equal([10, 5, 60, 24, 56], Enumerable.Range(1, 5).Select(g => Measure($"goal-{g}").SelfAndDescendants.Sum(m => m.Indicators.Count)));
    }

    // ---- the five levels and their descriptions ---------------------------------------------------

    [Fact]
    public void EveryLevelKeepsItsDescription()
    {
        var viewpoint = Measure("viewpoint-2");                                              // L509–527
        Assert.Equal("市役所力の向上", viewpoint.Title);
        Assert.Contains("「市役所を真に市民の役に立つ所とするための組織の力、職員の力、財政の力などを総合した力」を「市役所力」と定義し", viewpoint.Content[2]);
        // 【基本目標１】 under 市役所力 (L531) is the plan's goal 4: matched by order, not by the printed number.
        var goal = Measure("goal-4");
        Assert.Equal("行政手続の利便性と窓口サービスの向上", goal.Title);
        Assert.StartsWith("デジタル社会の発展や多様化する市民ニーズに対応するため", goal.Content[0]);
        var policy = Measure("goal-5-2");                                                    // （２） 効果的な行政運営
        Assert.Equal("効果的な行政運営", policy.Title);
        Assert.Equal("（２）", policy.Code);
        Assert.StartsWith("市政の公正で合理的かつ能率的な執行を確保するとともに", policy.Content[0]);
        var group = Measure("goal-5-2-3");                                                   // ③ サービスと負担の適正化 (L4014–4018)
        Assert.Equal(("③", "サービスと負担の適正化"), (group.Code, group.Title));
        Assert.Equal("受益と負担の公平という観点から、サービスと負担の適正化を図るため、施設使用料や団体補助金等を見直します。", Assert.Single(group.Content));
        var item = Measure("67");                                                            // L3061–3069
        Assert.Equal("職員の接遇力の向上", item.Title);
        Assert.Equal("取組内容", item.ContentHeading);
        Assert.Equal("研修や「加須市職員接遇の手引き」の活用などにより、職員の接遇力の向上を図るとともに、市民に分かりやすい説明を行い、サービス提供者として市民から信頼され、親しまれる職員を目指します。",
            Assert.Single(item.Content));
        Assert.Equal("goal-4-2-1", item.ParentId);
    }

    [Fact]
    public void ItemPrintedOutOfOrderIsPlacedByNumber()
    {
        // Item 55 (L2610) is printed before item 54 (L2641); both sit under ② 地域の一体化の促進.
        var children = Measure("goal-3-3-2").Children;
        Assert.Equal(["50", "51", "52", "53", "54", "55"], children.Select(c => c.Id));
        Assert.Equal(2641, Measure("54").SourceLine);
        Assert.Equal(2610, Measure("55").SourceLine);
    }

    [Fact]
    public void OwnersAreSplitOnTheJapaneseComma()
    {
        Assert.Equal(["シティプロモーション課"], Measure("1").Owners);
        Assert.Equal(["市民協働推進課", "業務改善課"], Measure("64").Owners);                     // L2976
        Assert.Equal(["産業振興課", "高齢介護課", "障がい者福祉課", "子育て支援課"], Measure("32").Owners);
    }

    [Fact]
    public void RemarksKeepTheirActualFiguresAndListLines()
    {
        Assert.Equal(new Fact("備考", "目標値における令和２年度実績：1,311 人"), Assert.Single(Measure("20").Facts)); // L1676–1678
        Assert.Equal("・市の花コスモス栽培面積：平成 28 年度～令和２年度平均 11,400（㎡）\n・市の木サクラ植栽本数：令和２年度０本",
            Assert.Single(Measure("51").Facts).Text);                                        // L2555–2557
        Assert.Empty(Measure("1").Facts);
    }

    // ---- 再掲 -----------------------------------------------------------------------------------------

    [Theory]
    [InlineData("72", "62")]  // 【再掲(-62)】
    [InlineData("78", "4")]   // 【再掲（‐4）】 with U+2010
    [InlineData("95", "64")]  // 【再掲-64】 without parentheses
    [InlineData("133", "90")] // 【再掲(-90)】
    public void RepostedItemsLinkToTheirOriginalAndKeepTheirNumber(string copy, string original)
    {
        var item = Measure(copy);
        Assert.Equal(original, item.RepeatOf);
        Assert.Equal(Measure(original).Title, item.Title);
        var row = Assert.Single(item.Indicators);
        Assert.Equal($"{copy}-1", row.Id);
        Assert.Equal($"{original}-1", row.RepeatOf);
        Assert.Empty(row.Targets);
        Assert.Equal(Indicator($"{original}-1").Name, row.Name);
    }

    // ---- indicator values -------------------------------------------------------------------------

    [Fact]
    public void NegativeTargetsWithTriangleAreNegativeNumbersWithRawKept()
    {
        // Item 98 (L3996–4008): 普通会計における物件費の令和元年度比削減累計額（百万円） 【令和元年度：17】 ▲30 ▲60 ▲90 ▲120 ▲150
        var indicator = Indicator("98-1");
        Assert.Equal("普通会計における物件費の令和元年度比削減累計額（百万円）", indicator.Name);
        Assert.Equal("百万円", indicator.Unit);
        Assert.Equal(17m, indicator.Baseline!.Value.Number);
        Assert.Equal(new FiscalYear(2019), indicator.Baseline.FiscalYear);
        Assert.Equal([-30m, -60m, -90m, -120m, -150m], indicator.Targets.Select(t => t.Value.Number!.Value));
        Assert.Equal("▲30", Target("98-1", 2021).Raw);
        Assert.Equal(Direction.Decrease, indicator.Direction);
        Assert.Equal(new Note("※令和元年度物件費：6,480 百万", 4002), Assert.Single(indicator.Notes));
    }

    [Fact]
    public void DecimalsAndThousandsSeparatorsReadAsNumbers()
    {
        // Item 83 (L3599–3605) 経常収支比率: 89.3 → 91.8 91.7 91.6 91.5 91.4, lower is better.
        Assert.Equal(89.3m, Indicator("83-1").Baseline!.Value.Number);
        Assert.Equal(91.8m, Target("83-1", 2021).Number);
        Assert.Equal(91.4m, Target("83-1", 2025).Number);
        Assert.Equal(Direction.Decrease, Indicator("83-1").Direction);
        // Item 3 (L1160–1164): 【令和元年度：12,005】 18,000 … 30,000
        Assert.Equal(12005m, Indicator("3-1").Baseline!.Value.Number);
        Assert.Equal(("30,000", 30000m), (Target("3-1", 2025).Raw, Target("3-1", 2025).Number!.Value));
    }

    [Fact]
    public void PlainRowReadsWholeFromGoalTwo()
    {
        // Item 13 (L1447–1466), goal 2 広聴の推進 › （２） 広聴活動の充実 › ② 審議会などへの市民の登用.
        var item = Measure("13");
        Assert.Equal(("審議会などへの若手や女性委員の登用", "goal-2-2-2"), (item.Title, item.ParentId));
        Assert.Equal(["総務課"], item.Owners);
        var indicator = Assert.Single(item.Indicators);
        Assert.Equal(("13-1", "審議会等委員のうち女性の割合（％）", "％", 1456), (indicator.Id, indicator.Name, indicator.Unit, indicator.SourceLine!.Value));
        Assert.Equal(30m, indicator.Baseline!.Value.Number);
        Assert.Equal([30m, 32m, 34m, 36m, 40m], indicator.Targets.Select(t => t.Value.Number!.Value));
        Assert.Equal(Enumerable.Range(2021, 5), indicator.Targets.Select(t => t.Key.StartYear));
        Assert.Equal(Direction.Increase, indicator.Direction);
    }

    [Fact]
    public void DashMeansNoTargetThatYearNotZero()
    {
        // Item 67 (L3079–3087): biennial survey, 80 － 80 － 80, with its ※ note.
        Assert.Equal(80m, Target("67-1", 2021).Number);
        var gap = Target("67-1", 2022);
        Assert.False(gap.IsNumber);
        Assert.Equal("－", gap.Raw);
        Assert.Equal(80m, Target("67-1", 2023).Number);
        Assert.Equal("－", Target("67-1", 2024).Raw);
        Assert.Equal(new Note("※ 窓口対応等実態調査は、隔年で実施", 3079), Assert.Single(Indicator("67-1").Notes));
        Assert.Equal("窓口対応等実態調査における「職員の対応」についての満足度の割合（％）", Indicator("67-1").Name);
    }

    [Fact]
    public void WordTargetsFormTheirSchedule()
    {
        // Item 99 (L4038–4051): cells 「方針/検討」「方針/策定」 wrap onto two lines each, then 周知 実施 実施.
        var indicator = Indicator("99-1");
        Assert.Equal("方針の協議", indicator.Baseline!.Value.Word);                            // 【令和元年度：方針の協 / 議】
        Assert.Equal(["方針検討", "方針策定", "周知", "実施", "実施"], indicator.Targets.Select(t => t.Value.Word));
        Assert.Equal(Direction.Qualitative, indicator.Direction);
        Assert.Null(indicator.Unit);
        // Item 84 (L3618–3640): ten lines 作成/活用, joined like the baseline 「作成・活用」.
        Assert.All(Indicator("84-1").Targets, t => Assert.Equal("作成・活用", t.Value.Raw));
    }

    [Fact]
    public void MixedAndCompoundCellsKeepTheirRawText()
    {
        // Item 64 (L2970–2974): 【令和元年度：なし】 導入 50％ 55％ 60％ 65％
        Assert.Equal("なし", Indicator("64-1").Baseline!.Value.Word);
        Assert.Equal("導入", Target("64-1", 2021).Word);
        Assert.Equal(("50％", 50m), (Target("64-1", 2022).Raw, Target("64-1", 2022).Number!.Value));
        // Item 124 (L4734): １以上 (full-width digit) is at least 1.
        var atLeast = Target("124-1", 2023);
        Assert.Equal(("１以上", 1m, ValueBound.AtLeast), (atLeast.Raw, atLeast.Number!.Value, atLeast.Bound!.Value));
        // Item 125 (L4770–4792): 主幹/主査 in one cell.
        Assert.Equal("主幹56・主査 70", Indicator("125-2").Baseline!.Value.Raw);
        Assert.All(Indicator("125-2").Targets, t => Assert.Equal("主幹 50・主査 70", t.Value.Raw));
        // Full-width baseline digits (L1130 【令和元年度：１】).
        Assert.Equal(("１", 1m), (Indicator("2-3").Baseline!.Value.Raw, Indicator("2-3").Baseline!.Value.Number!.Value));
    }

    // ---- self-checks ------------------------------------------------------------------------------

    [Fact]
    public void ImportStopsWhenTheTreeTableNamesAnItemDifferently()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImportTampered("62-押印、書面規制の見直し \n", "62-押印の見直し \n"));
        Assert.Contains("施策の体系", error.Message);
        Assert.Contains("取組項目-62: chapter 3 (line 2889) calls it 「押印、書面規制の見直し」, the table (line 848) 「押印の見直し」", error.Message);
    }

    [Fact]
    public void ImportStopsWhenTheTreeTableDropsARepostMark()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImportTampered("133-資産の有効活用等 ※再掲", "133-資産の有効活用等"));
        Assert.Contains("取組項目-133: 再掲 in chapter 3 (line 5017) only", error.Message);
    }

    [Fact]
    public void ImportStopsWhenThePrintedCountsDisagree()
    {
        var error = Assert.Throws<InvalidDataException>(() => ImportTampered("117 項目 134 項目", "117 項目 135 項目"));
        Assert.Contains("取組項目 (changes table, ８): the document says 135, the import read 134", error.Message);
    }

    // ---- narrative --------------------------------------------------------------------------------

    private static string Chapter(string id) => Plan.Chapters.Single(c => c.Id == id).Markdown;

    [Fact]
    public void NarrativeChaptersKeepTheirHeadingsWordsAndTheSecondPlanEvaluationTable()
    {
        Assert.Equal(["第１章 計画の策定に当たって", "第２章 基本的な考え方", "第４章 推進方法と体制", "用語解説"], Plan.Chapters.Select(c => c.Title));
        string chapter1 = Chapter("chapter-1");
        Assert.Contains("## 第２節 第２次行政経営プランの取組状況（令和元年度）\n", chapter1);
        Assert.Contains("| 市役所力 | 【4】 持続可能で安定的な行財政基盤の構築 | 16 | やや達成できなかった 68.8 | 11 |", chapter1);   // L54
        Assert.Contains("| 市民力 | 【5】 まちづくりの主体の一人として考え行動する市民 | 21 | やや達成できなかった 71.4 | 15 |", chapter1); // L56
        Assert.Contains("| 1.目標達成 | 42 | 37.5 | 78.6 成果があった |", chapter1);                                      // L73–76
        Assert.DoesNotContain("37.5%", chapter1);                                                                     // pie labels L84–100
        string chapter2 = Chapter("chapter-2");
        Assert.Contains("## 第２節 基本理念\n", chapter2);
        Assert.Contains("第３次行政経営プランの基本理念は、「市民との協働による未来につなげる自治体経営」とします。", chapter2); // L178–180
        Assert.Contains("#### 【基本目標２】 効果的で効率的な自治体経営\n", chapter2);                                     // L545
        // Flattened figures carry no sentence and are left out (the timeline's year labels, L214–304).
        Assert.DoesNotContain("年度\n", chapter2);
        Assert.DoesNotContain("概念図", chapter2);
        string chapter4 = Chapter("chapter-4");
        Assert.StartsWith("## １ 全庁的な取組\n", chapter4);                                                               // L5091
        Assert.Contains("毎年、広報紙や市ホームページなどに掲載し、市民にお知らせすることとします。", chapter4);            // L5135–5137
        string glossary = Chapter("glossary");
        Assert.Contains("## ＜サ行＞\n\n### 市債\n", glossary);                                                            // L5500–5502
        Assert.DoesNotContain("http", glossary);                                                                      // leaked link targets, L5343–5346
        Assert.Equal(59, glossary.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Null(Plan.Narrative);
    }

    [Fact]
    public void ChapterPagesRenderTheNarrativeAndPagesSayThereAreNoActualsYet()
    {
        string planDir = Path.Combine(RepoPaths.Content, "plans", Plan.Id);
        using var site = new BuiltSite(new TempContent()
            .With("site.yaml", File.ReadAllText(Path.Combine(RepoPaths.Content, "site.yaml")))
            .With($"plans/{Plan.Id}/plan.yaml", File.ReadAllText(Path.Combine(planDir, "plan.yaml"))));

        var links = site.Page($"plans/{Plan.Id}/index.html").QuerySelectorAll("section[aria-labelledby=chapters-heading] a");
        Assert.Equal(["第１章 計画の策定に当たって", "第２章 基本的な考え方", "第４章 推進方法と体制", "用語解説"], links.Select(a => a.TextContent));
        var page = site.Page($"plans/{Plan.Id}/chapters/chapter-1/index.html");
        Assert.Equal("第１章 計画の策定に当たって", page.QuerySelector("main h1")!.TextContent);
        var prose = page.QuerySelector("article.prose")!;
        Assert.Empty(prose.QuerySelectorAll("[style]")); // the site's CSP forbids inline styles (Markdig writes column alignment as one)
        Assert.Contains(prose.QuerySelectorAll("h2"), h => h.TextContent == "第３節 策定に当たっての課題");
        Assert.Contains(prose.QuerySelectorAll("h3"), h => h.TextContent == "≪第２次行政経営プランの評価≫");
        var table = prose.QuerySelectorAll("table").First();
        Assert.Equal(["視点", "基本目標", "取組項目数", "基本目標毎の評価（％）", "該当項目数※"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var row = table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent).ToArray();
        Assert.Equal(["市役所力", "【2】 少人数で大きな成果を上げる組織体制づくり", "14", "概ね達成できた 92.9", "13"], row); // L50

        // No review: the charts draw targets only and the pages say so.
        var indicator = site.Page($"plans/{Plan.Id}/indicators/98-1/index.html");
        Assert.Contains("実績の公表なし", indicator.QuerySelector("figcaption")!.TextContent);
        Assert.Empty(indicator.QuerySelectorAll("svg .actual"));
        var measure = site.Page($"plans/{Plan.Id}/measures/99/index.html");
        Assert.Contains("この計画には実績・評価の公表がまだありません。", measure.QuerySelector(".indicator-card")!.TextContent);
        Assert.Empty(measure.QuerySelectorAll("svg .actual"));

        // A 再掲 item's printed number still resolves: its URL leads to the original's one page.
        var repost = site.Page($"plans/{Plan.Id}/measures/72/index.html");
        Assert.Equal("0; url=../../../../plans/kazo-gyosei-keiei-2021-2025/measures/62/",
            repost.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        // So does its indicator row; the row's own data still says what it repeats.
        var repostRow = site.Page($"plans/{Plan.Id}/indicators/72-1/index.html");
        Assert.Equal("0; url=../../../../plans/kazo-gyosei-keiei-2021-2025/indicators/62-1/",
            repostRow.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        var embed = site.Page($"plans/{Plan.Id}/indicators/72-1/embed/index.html");
        Assert.Contains("indicators/62-1/embed/", embed.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Contains(",62-1,", File.ReadAllText(Path.Combine(site.OutDir, "plans", Plan.Id, "indicators", "72-1.csv")));
    }
}
