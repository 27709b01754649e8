using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// 坂戸市 行政改革後期アクションプラン（平成29年度～令和3年度）進行管理集計表（令和2年3月31日現在）:
/// a 4-page landscape table of 24 取組項目 under 3 基本方針, each with up to four indicators
/// (当初 H27末 / 目標 R3末 / 現状値 R1末), a grade A–D and long text columns.
/// </summary>
public sealed class SakadoActionPlanImporter : ISourceImporter
{
    public string Name => "sakado-action-plan";

    public string SeedFileName => "001_0fad9f246a39a638.txt";

    public ImportResult Import(string seedPath, string curationPath)
    {
        var curation = SakadoCuration.Load(curationPath);
        var lines = SeedTokeniser.Read(seedPath);
        var warnings = new List<ImportWarning>();
        var document = Read(lines, curation, warnings);
        var plan = new PlanAssembler(curation, CreateValueParser(curation)).Assemble(document, SeedFileName, warnings);
        CheckVerbatim(lines, curation, warnings);
        warnings.AddRange(curation.UnusedEntries().Select(entry => new ImportWarning(0, $"curation entry matches nothing in the seed: {entry}")));
        return new ImportResult(plan, warnings);
    }

    /// <summary>The seed as read, before mapping to the model: for tests and for checking a reading.</summary>
    public static SakadoDocument Read(IReadOnlyList<SeedLine> lines, SakadoCuration curation, ICollection<ImportWarning> warnings)
    {
        var cells = new IndicatorCellParser(CreateValueParser(curation));
        var gradeKeys = curation.GradeScale.Grades.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return new DocumentReader(cells, gradeKeys).Read(lines, warnings);
    }

    public static ValueParser CreateValueParser(SakadoCuration curation) =>
        new(curation.StatusWords.Concat(curation.DecreaseWords), curation.BareYearEraOffset);

    /// <summary>Typos are kept as printed; each listed one must still be on its line, or the list is stale.</summary>
    private static void CheckVerbatim(IReadOnlyList<SeedLine> lines, SakadoCuration curation, ICollection<ImportWarning> warnings)
    {
        foreach (var entry in curation.Verbatim)
        {
            var line = lines.FirstOrDefault(l => l.Number == entry.Line);
            if (line is null || !line.Texts.Any(t => t.Contains(entry.Text, StringComparison.Ordinal)))
                warnings.Add(new ImportWarning(entry.Line, $"curation verbatim entry 「{entry.Text}」 is not on this line"));
        }
    }
}
