using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// さいたま市 実施計画（令和3～7年度）part Ⅱ 質の高い都市経営の実現 (printed P337–P387): 2 章 → 7 政策 →
/// 13 施策 (with 成果指標) → 51 実施計画事業 (with 目標指標: baseline, five yearly targets, final target).
/// A plan, not a review: it carries no actuals and no grades, so the import has no review.
/// The 事業一覧 index is the authority for codes, names, COVID flags and pages; every box is matched
/// back to it, and the counts are checked against the curated tally.
/// </summary>
public sealed class SaitamaImplementationPlanImporter : ISourceImporter
{
    public string Name => "saitama-implementation-plan";

    public string SeedFileName => "000_651471b183945b33.txt";

    public ImportResult Import(string seedPath, string curationPath)
    {
        var lines = SeedLine.Read(seedPath);
        var curation = Curation.Load(curationPath);
        var check = new CurationCheck(lines, curationPath);
        var warnings = new List<ImportWarning>();
        var document = Read(lines, curation, check);
        var plan = new PlanAssembler(curation, check).Assemble(document, SeedFileName, warnings);
        return new ImportResult(plan, warnings);
    }

    /// <summary>The seed as read, before mapping to the model: for tests and for checking a reading.</summary>
    public static ImplementationDocument Read(IReadOnlyList<SeedLine> lines, Curation curation, CurationCheck check)
    {
        var index = IndexReader.Read(lines);
        Expect(index.Count, curation.ExpectedCounts.Projects, "事業一覧 rows");
        var measures = MeasurePageReader.Read(lines);
        Expect(measures.Count, curation.ExpectedCounts.Measures, "施策 pages");

        var boxes = BlockSegmenter.Split(lines).Where(ProjectBoxReader.IsProjectBlock).Select(ProjectBoxReader.Read).ToArray();
        var byCode = boxes.GroupBy(b => b.Code).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var row in index)
        {
            if (!byCode.TryGetValue(row.Code, out var found) || found.Length != 1)
                throw new InvalidDataException($"line {row.Line}: 事業一覧 lists {row.Code}, which has {found?.Length ?? 0} 事業 boxes (expected 1)");
            if (found[0].Name != row.Name)
                throw new InvalidDataException($"line {found[0].Line}: box {row.Code} is named 「{found[0].Name}」 but 事業一覧 (line {row.Line}) says 「{row.Name}」");
            if (measures.All(m => m.Code != row.MeasureCode))
                throw new InvalidDataException($"line {row.Line}: {row.Code} belongs to 施策 {row.MeasureCode}, which has no page");
        }
        if (boxes.FirstOrDefault(b => index.All(r => r.Code != b.Code)) is { } stray)
            throw new InvalidDataException($"line {stray.Line}: box {stray.Code} is not in 事業一覧");
        foreach (var box in boxes.Where(b => b.RepostedTo is not null))
            if (measures.All(m => m.Code != box.RepostedTo))
                throw new InvalidDataException($"line {box.Line}: {box.Code} names 再掲先 {box.RepostedTo}, which is not a 施策 of this part");
        RepostMarks.Check(lines, boxes, index.Max(r => r.Line));

        var tables = new Dictionary<string, IReadOnlyList<IndicatorDraft>>();
        var errors = new List<string>();
        foreach (var box in boxes)
        {
            var curated = curation.IndicatorTables.FirstOrDefault(t => t.Project == box.Code);
            try
            {
                tables[box.Code] = curated is null ? IndicatorTableReader.Read(box.Code, box.TableLines) : CuratedRows(curated, check);
            }
            catch (InvalidDataException e)
            {
                errors.Add(e.Message);
            }
        }
        if (errors.Count > 0)
            throw new InvalidDataException("目標指標 tables that no rule reads (curate them under indicator_tables):\n" + string.Join("\n", errors));
        foreach (var unused in curation.IndicatorTables.Where(t => !byCode.ContainsKey(t.Project)))
            throw new InvalidDataException($"indicator_tables: {unused.Project} is not a project of the seed");
        Expect(tables.Values.Sum(t => t.Count), curation.ExpectedCounts.Indicators, "目標指標 rows");
        Expect(curation.OutcomeIndicators.Count, curation.ExpectedCounts.OutcomeIndicators, "成果指標 rows");
        BaselineAnchors.Check(lines, tables.Values.SelectMany(t => t), curation.OutcomeIndicators);

        var ordered = index.Select(r => byCode[r.Code][0]).ToArray();
        return new ImplementationDocument(index, measures, ordered, tables);
    }

    private static IReadOnlyList<IndicatorDraft> CuratedRows(Curation.TableEntry table, CurationCheck check) =>
        table.Rows.Select((row, i) =>
        {
            string where = $"indicator_tables {table.Project} row {i + 1}";
            if (row.Targets.Count != IndicatorTableReader.YearCount)
                throw new InvalidDataException($"{where}: {row.Targets.Count} targets, expected {IndicatorTableReader.YearCount}");
            check.Text(row.Name, row.NameLines, $"{where} name");
            check.Text(row.Baseline, row.BaselineLines, $"{where} baseline");
            foreach (var target in row.Targets.Where(t => t != CellValues.NoTarget))
                check.Text(target, row.TargetLines, $"{where} target");
            check.Text(row.Final, row.FinalLines, $"{where} final");
            return new IndicatorDraft(row.Name, row.NameLines[0], new Cell(row.Baseline, row.BaselineLines[0]),
                row.Targets.Select(t => new Cell(t, row.TargetLines[0])).ToArray(), new Cell(row.Final, row.FinalLines[0]))
            {
                Placement = [$"この指標の行は原文で他の行と入り組んで印刷されているため、値を行ごとに確認して並べました（{table.Reason}）"],
            };
        }).ToArray();

    private static void Expect(int actual, int expected, string what)
    {
        if (actual != expected)
            throw new InvalidDataException($"read {actual} {what}, but the curated tally (expected_counts) says {expected}");
    }
}

/// <summary>What the seed says, read and cross-checked, before it becomes a plan.</summary>
public sealed record ImplementationDocument(
    IReadOnlyList<IndexRow> Index,
    IReadOnlyList<MeasurePage> Measures,
    IReadOnlyList<ProjectBox> Boxes,
    IReadOnlyDictionary<string, IReadOnlyList<IndicatorDraft>> Indicators);
