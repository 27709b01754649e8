using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>
/// さいたま市's progress sheets for its R3–R7 ICT/DX plan (R5 edition): 38 事業 sheets, each with
/// fields, a multi-year roadmap, this year's monthly schedule and an indicator table with R3/R4 results.
/// </summary>
public sealed class SaitamaDxImporter : ISourceImporter
{
    public string Name => "saitama-dx";

    public string SeedFileName => "004_ed437960464d9b3c.txt";

    public ImportResult Import(string seedPath, string curationPath)
    {
        var curation = CurationFile.Load(curationPath);
        var warnings = new List<ImportWarning>();
        var editionYear = new FiscalYear(curation.AsOf.EditionYear);
        var grades = curation.GradeScale;

        var seed = RecordSegmenter.Segment(SeedReader.Read(seedPath), warnings);
        var sheets = seed.Records.Select(record => ProjectSheetReader.Read(record, warnings)).ToArray();
        var projects = sheets.Select(sheet => ProjectBuilder.Build(sheet, editionYear, curation, warnings)).ToArray();
        CheckUnique(projects.Select(p => p.Measure), warnings);

        var plan = new Plan
        {
            Id = curation.PlanId,
            Municipality = curation.Municipality,
            Title = curation.Title.Text,
            TitleNote = curation.Title.Note,
            Period = Period(sheets),
            AsOf = curation.AsOf.Text,
            Source = new SourceDocument(curation.Source.Title, SeedFileName, curation.Source.Publisher, curation.Source.Url, curation.Source.Note),
            LevelNames = curation.LevelNames,
            Grades = grades,
            Notes = seed.PlanNotes,
            Measures = PlanTreeBuilder.Build(projects.Select(p => p.Measure).ToArray(), curation.GroupTitles),
            Reviews = ReviewBuilder.Build(projects.SelectMany(p => p.Indicators), grades, editionYear, warnings),
        };

        warnings.AddRange(curation.UnusedEntries().Select(entry => new ImportWarning(0, $"curation entry matches nothing in the seed: {entry}")));
        return new ImportResult(plan, warnings);
    }

    /// <summary>The plan period is what the year headers span; every table of this edition shows R3…R7.</summary>
    private static FiscalYearRange Period(IEnumerable<ProjectSheet> sheets)
    {
        var years = sheets
            .SelectMany(sheet => new[] { sheet.Roadmap, sheet.Indicators })
            .Where(block => block is not null)
            .SelectMany(block => HeaderColumns.Years(block!.Header)!)
            .Select(column => column.Year)
            .ToArray();
        return new FiscalYearRange(years.Min(), years.Max());
    }

    private static void CheckUnique(IEnumerable<Measure> projects, ICollection<ImportWarning> warnings)
    {
        foreach (var duplicate in projects.GroupBy(p => p.Id).Where(g => g.Count() > 1))
            warnings.Add(new ImportWarning(duplicate.Last().SourceLine ?? 0, $"事業番号 {duplicate.Key} appears more than once"));
    }
}
