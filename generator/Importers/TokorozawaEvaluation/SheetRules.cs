using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// The rules that pin the reading down, enforced: personnel cost is regular FTE × the year's unit cost,
/// and every 評価者 entry, grade letter and 目標達成済 of the seed belongs to exactly one sheet.
/// A break is an error: a wrong attribution must not be published.
/// </summary>
public static class SheetRules
{
    public static void Check(IReadOnlyList<Sheet> sheets, SeedText seed, UnitCostSpec unitCosts, IEnumerable<string> gradeLetters,
        ICollection<ImportWarning> warnings)
    {
        foreach (var sheet in sheets)
        {
            CheckPersonnelCost(sheet, sheet.H30, 2018, unitCosts, seed);
            CheckPersonnelCost(sheet, sheet.R1, 2019, unitCosts, seed);
            WarnOverspend(sheet, sheet.H30, "H30", warnings);
            WarnOverspend(sheet, sheet.R1, "R1", warnings);
        }
        ExactlyOnce(seed, "評価者 entry", seed.LinesEqualTo("評価者").Select(l => l + 2), sheets.Select(s => s.EvaluatorLine));
        ExactlyOnce(seed, "grade letter", gradeLetters.SelectMany(seed.LinesEqualTo), sheets.Select(s => s.GradeLine));
        var metLines = Enumerable.Range(1, seed.LineCount).Where(n => seed.Line(n).StartsWith("目標達成済", StringComparison.Ordinal));
        ExactlyOnce(seed, "目標達成済", metLines, sheets.Where(s => s.MetLine is not null).Select(s => s.MetLine!.Value));
    }

    public static decimal ExpectedPersonnelCost(decimal fte, decimal unitCost) =>
        Math.Round(fte * unitCost, 0, MidpointRounding.AwayFromZero);

    private static void CheckPersonnelCost(Sheet sheet, YearCost cost, int year, UnitCostSpec unitCosts, SeedText seed)
    {
        if (cost.StaffFte is null || cost.PersonnelCost is null) return;
        if (!unitCosts.PerFte.TryGetValue(year, out var unit))
            throw new InvalidDataException($"{seed.FileName}: unit_costs has no personnel cost per FTE for {year}");
        decimal fte = ValueText.Number(cost.StaffFte, $"sheet {sheet.Id}: {year} 正規職員");
        decimal printed = ValueText.Number(cost.PersonnelCost, $"sheet {sheet.Id}: {year} 人件費");
        decimal expected = ExpectedPersonnelCost(fte, unit);
        if (printed != expected)
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{seed.FileName}: sheet {sheet.Id} ({sheet.Name}): {year} 人件費 「{cost.PersonnelCost.Raw}」 breaks the rule 人件費 = 正規職員 × {unit}千円: {cost.StaffFte.Raw} gives {expected:#,0}千円"));
    }

    private static void WarnOverspend(Sheet sheet, YearCost cost, string year, ICollection<ImportWarning> warnings)
    {
        // A settlement above the budget is printed as such on one sheet; the curation must acknowledge it.
        if (sheet.Decisions.Any(d => d.Field == "overspend"))
            return;
        if (cost.Budget?.Number is { } budget && cost.Settlement?.Number is { } settlement && settlement > budget)
            warnings.Add(new ImportWarning(sheet.NameLine,
                $"sheet {sheet.Id}: {year} 決算 {cost.Settlement.Raw} exceeds 予算現額 {cost.Budget.Raw} as printed"));
    }

    private static void ExactlyOnce(SeedText seed, string what, IEnumerable<int> inSeed, IEnumerable<int> used)
    {
        var seedLines = inSeed.Order().ToArray();
        var usedLines = used.Order().ToArray();
        foreach (var twice in usedLines.GroupBy(l => l).Where(g => g.Count() > 1))
            throw new InvalidDataException($"{seed.FileName}:{twice.Key}: the {what} on this line is given to {twice.Count()} sheets");
        var missing = seedLines.Except(usedLines).ToArray();
        if (missing.Length > 0)
            throw new InvalidDataException($"{seed.FileName}: the {what} on line(s) {string.Join(", ", missing)} belongs to no sheet");
        var stray = usedLines.Except(seedLines).ToArray();
        if (stray.Length > 0)
            throw new InvalidDataException($"{seed.FileName}: line(s) {string.Join(", ", stray)} are not a {what}");
    }
}
