using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// 所沢市 事務事業評価シート（令和元年度の評価）, 第７章 第４節 行政経営: 26 sheets on 7 landscape pages whose
/// text extraction interleaves four sheets per page. The curation file attributes lines to sheets; the
/// importer takes every value from the seed, checks it is on the cited line, and enforces the rules that
/// pin the reading (人件費 = FTE × unit cost; each evaluator, grade and 目標達成済 belongs to one sheet).
/// </summary>
public sealed class TokorozawaEvaluationImporter : ISourceImporter
{
    public string Name => "tokorozawa-evaluation";

    public string SeedFileName => "002_bdff7e9c3ffec749.txt";

    public ImportResult Import(string seedPath, string curationPath)
    {
        var curation = TokorozawaCuration.Load(curationPath).Document;
        var seed = new SeedText(seedPath);
        var sheets = ReadSheets(seed, curation);
        var warnings = new List<ImportWarning>();
        SheetRules.Check(sheets, seed, curation.UnitCosts, curation.Grades.Select(g => g.Printed), warnings);
        var pages = new PageRules(seed, curation.Pages);
        pages.Check(sheets);
        var heading = seed.Piece(curation.Section.Heading, "section.heading");
        var plan = new PlanBuilder(curation).Build(sheets, heading.Text, heading.Line, SeedFileName, Sdgs(sheets, pages, curation));
        return new ImportResult(plan, warnings);
    }

    /// <summary>
    /// Each sheet's goals: those the curation pins to it, and, when its page prints labels no sheet can be
    /// given, the page's reason with those labels listed, so the reader sees what the page prints without
    /// a guess at whose they are.
    /// </summary>
    private static IReadOnlyDictionary<string, SdgContribution?> Sdgs(IReadOnlyList<Sheet> sheets, PageRules pages, TokorozawaCurationDocument curation) =>
        sheets.ToDictionary(s => s.Id, s =>
        {
            var page = curation.Pages[s.Page - 1];
            var goals = s.SdgGoals.Select(g => g.Goal).ToArray();
            string? undetermined = null;
            if (page.SdgLabels.Count > 0)
            {
                var labels = pages.Unattributed(s.Page);
                int onPage = sheets.Count(o => o.Page == s.Page);
                undetermined = $"{page.SdgReason}{s.Page}ページ目の{onPage}シートに印字された目標（{labels.Count}個、印字順）：{string.Join("、", labels.Select(l => l.Raw))}。";
            }
            return goals.Length == 0 && undetermined is null ? null : new SdgContribution(goals, undetermined);
        });

    public static IReadOnlyList<Sheet> ReadSheets(SeedText seed, TokorozawaCurationDocument curation)
    {
        var reader = new SheetReader(seed, curation.Grades);
        return curation.Sheets.Select(reader.Read).ToArray();
    }
}
