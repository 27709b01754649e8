using System.Globalization;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>The cells of an item line split into columns, before the policy and page are attached.</summary>
public sealed record ItemCells(int No, string Title, string Departments, string PolicyAndContent, string Results,
    IReadOnlyList<IndicatorCells> Indicators, IndicatorLayout Layout, string Grade, string Opinion, string NextGoal);

/// <summary>
/// Reads an item line by content. After the No. come 取組項目, 関係課, C and D (never empty in this
/// document); the grade is the one cell that is a key of the grade scale, followed by exactly G and H;
/// whatever lies between D and the grade is the item's indicator cells, either one indicator as four
/// cells (pages 2–4) or one packed indicator per cell (page 1).
/// </summary>
public sealed class ItemRowReader
{
    private readonly IndicatorCellParser _cells;
    private readonly IReadOnlySet<string> _gradeKeys;

    public ItemRowReader(IndicatorCellParser cells, IReadOnlySet<string> gradeKeys)
    {
        _cells = cells;
        _gradeKeys = gradeKeys;
    }

    public ItemCells? Read(SeedLine line, int noIndex, ICollection<ImportWarning> warnings)
    {
        var cells = line.Texts;
        int no = int.Parse(cells[noIndex], CultureInfo.InvariantCulture);
        int first = noIndex + 5;
        var rest = cells.Skip(first).ToArray();
        var gradeAt = Enumerable.Range(0, rest.Length).Where(i => _gradeKeys.Contains(rest[i])).ToArray();
        if (gradeAt.Length != 1 || gradeAt[0] != rest.Length - 3 || gradeAt[0] == 0)
        {
            warnings.Add(new ImportWarning(line.Number,
                $"No. {no}: expected one grade ({string.Join("/", _gradeKeys.Order(StringComparer.Ordinal))}) after the indicator cells and then exactly 本部会意見 and 次年度目標; found {rest.Length} cells after column D with grade candidates at {string.Join(",", gradeAt)}"));
            return null;
        }

        string departments = cells[noIndex + 2];
        if (!departments.Split(' ').All(d => d.EndsWith('課')))
            warnings.Add(new ImportWarning(line.Number, $"No. {no}: 関係課 cell 「{departments}」 does not read as a list of departments (…課)"));

        var indicatorCells = rest.Take(gradeAt[0]).ToArray();
        var indicators = new List<IndicatorCells>();
        var layout = IndicatorLayout.Cells;
        if (_cells.TryParseCells(indicatorCells) is { } single)
        {
            indicators.Add(single);
        }
        else
        {
            layout = IndicatorLayout.Packed;
            foreach (var cell in indicatorCells)
            {
                if (_cells.TryParsePacked(cell) is { } packed)
                    indicators.Add(packed);
                else
                    warnings.Add(new ImportWarning(line.Number, $"No. {no}: indicator cell 「{cell}」 does not read as 「name baseline target current」"));
            }
        }

        return new ItemCells(no, cells[noIndex + 1], departments, cells[noIndex + 3], cells[noIndex + 4],
            indicators, layout, rest[gradeAt[0]], rest[gradeAt[0] + 1], rest[gradeAt[0] + 2]);
    }
}
