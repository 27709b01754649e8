using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>A 事業 measure and the readings of its indicators (whose actuals go to the reviews).</summary>
public sealed record ProjectReading(Measure Measure, IReadOnlyList<IndicatorReading> Indicators);

/// <summary>Turns one sheet into a depth-2 measure (事業) with its budget, texts, schedules and indicators.</summary>
public static class ProjectBuilder
{
    public static ProjectReading Build(ProjectSheet sheet, FiscalYear editionYear, CurationFile curation, ICollection<ImportWarning> warnings)
    {
        string code = sheet.Code;
        var name = ProjectNameParser.Parse(sheet.FieldText(RowClassifier.NameLabel));
        var indicators = sheet.Indicators is null ? [] : IndicatorTableReader.Read(code, sheet.Indicators, curation, warnings);
        var measure = new Measure
        {
            Id = code,
            Code = code,
            Title = name.Title,
            Depth = 2,
            ParentId = code[..code.LastIndexOf('-')],
            Owners = [sheet.Department],
            Budget = Budget(code, name, editionYear, sheet.Fields.GetValueOrDefault(RowClassifier.NameLabel)?.Line ?? sheet.Line, curation, warnings),
            Purpose = NullIfEmpty(ListText.Paragraphs(sheet.FieldText(RowClassifier.PurposeLabel))),
            Content = ListText.Items(sheet.FieldText(RowClassifier.ContentLabel)),
            Roadmap = sheet.Roadmap is null ? [] : RoadmapReader.Read(code, sheet.Roadmap, curation, warnings),
            AnnualPlans =
            [
                // 今年度 is the edition year: the monthly table and its 実施事項 are that year's plan.
                new AnnualPlan(editionYear,
                    ListText.Items(sheet.FieldText(RowClassifier.ActionsLabel)),
                    sheet.Schedule is null ? [] : ScheduleReader.Read(code, sheet.Schedule, warnings)),
            ],
            Notes = sheet.Notes,
            SourceLine = sheet.Line,
            Indicators = indicators.Select(i => i.Indicator).ToArray(),
        };
        return new ProjectReading(measure, indicators);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static Budget? Budget(string code, ProjectName name, FiscalYear editionYear, int line, CurationFile curation, ICollection<ImportWarning> warnings)
    {
        if (name.BudgetRaw is null)
        {
            warnings.Add(new ImportWarning(line, $"{code}: 事業名 has no budget group"));
            return null;
        }
        var year = name.BudgetYear;
        if (curation.Budget(code) is { } entry)
            year = new FiscalYear(entry.FiscalYear);
        else if (year is null)
            warnings.Add(new ImportWarning(line, $"{code}: budget '{name.BudgetRaw}' states no fiscal year"));
        else if (year != editionYear)
            warnings.Add(new ImportWarning(line, $"{code}: budget is for {year}, not the edition year {editionYear}"));
        return new Budget(year, name.BudgetAmount, name.BudgetAmount is null ? null : ProjectNameParser.BudgetUnit, name.BudgetRaw);
    }
}
