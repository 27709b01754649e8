using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>Gathers the indicators' 実績 and 評価 cells into one review per fiscal year.</summary>
public static class ReviewBuilder
{
    public static IReadOnlyList<Review> Build(IEnumerable<IndicatorReading> readings, GradeScale grades, FiscalYear editionYear,
        ICollection<ImportWarning> warnings)
    {
        var byYear = new SortedDictionary<FiscalYear, Dictionary<string, IndicatorResult>>();
        foreach (var reading in readings)
        {
            string id = reading.Indicator.Id;
            var years = reading.Actuals.Select(a => a.Year).Union(reading.Grades.Select(g => g.Year)).Order();
            foreach (var year in years)
            {
                var actual = reading.Actuals.FirstOrDefault(a => a.Year == year);
                var gradeCell = reading.Grades.FirstOrDefault(g => g.Year == year);
                // An edition written during year N reports up to N-1; a later actual means a misaligned row.
                if (year.CompareTo(editionYear) >= 0)
                    warnings.Add(new ImportWarning((actual ?? gradeCell)!.Line, $"{id}: result for {year}, which the {editionYear} edition cannot report yet"));
                Grade? grade = null;
                if (gradeCell is not null)
                {
                    grade = grades.Find(gradeCell.Raw);
                    if (grade is null)
                        warnings.Add(new ImportWarning(gradeCell.Line, $"{id}: grade '{gradeCell.Raw}' is not in the grade scale"));
                }
                if (!byYear.TryGetValue(year, out var results))
                    byYear[year] = results = new Dictionary<string, IndicatorResult>();
                results[id] = new IndicatorResult(id, actual is null ? null : Value.FromScalar(actual.Raw), grade, null);
            }
        }
        return byYear.Select(pair => new Review { FiscalYear = pair.Key, Indicators = pair.Value }).ToArray();
    }
}
