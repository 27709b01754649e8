using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>Reads the multi-year roadmap (R3…R7 with ■ marks) into tasks with the years they are marked for.</summary>
public static class RoadmapReader
{
    public const string Mark = "■";

    /// <summary>Most rows lost their shading in extraction: an empty row means "no schedule data", not "no activity".</summary>
    public const string NoMarksNote = "元資料のこの行には■の記載がなく、実施年度は読み取れません（実施しないという意味ではありません）。";

    public const string UnplaceableNote = "元資料の■の位置が年度の列と合わないため、実施年度を特定していません。";

    public static IReadOnlyList<RoadmapTask> Read(string measureCode, TableBlock block, CurationFile curation, ICollection<ImportWarning> warnings)
    {
        var headers = HeaderColumns.Years(block.Header)!;
        var tasks = new List<RoadmapTask>();
        foreach (var row in block.Rows)
        {
            string task = row[0];
            var marks = MarkColumns(row, warnings);
            string? curatedNote = curation.RoadmapRow(measureCode, task)?.Note;
            if (marks.Count == 0)
            {
                tasks.Add(new RoadmapTask(task, null, null, curatedNote ?? NoMarksNote));
                continue;
            }
            var years = marks.Select(column => YearAt(headers, column)).ToList();
            if (years.Any(year => year is null))
            {
                if (curatedNote is null)
                    warnings.Add(new ImportWarning(row.Line, $"{measureCode} roadmap '{task}': marks in columns {string.Join(",", marks)} do not fit the year header"));
                tasks.Add(new RoadmapTask(task, null, Picture(row), curatedNote ?? UnplaceableNote));
                continue;
            }
            var distinct = years.Select(year => year!.Value).Distinct().Order().ToArray();
            tasks.Add(new RoadmapTask(task, distinct, null, curatedNote));
        }
        return tasks;
    }

    /// <summary>
    /// The year whose header column is the last one at or before the mark. A header spread over merged
    /// cells (R3 at 1, R4 at 5 …) gives every year as many columns as the gap; the last year gets the same
    /// width. A mark past that, or before the first year, belongs to no year: the spans collapsed.
    /// </summary>
    public static FiscalYear? YearAt(IReadOnlyList<YearColumn> headers, int column)
    {
        for (int i = headers.Count - 1; i >= 0; i--)
        {
            if (headers[i].Column > column)
                continue;
            int width = i + 1 < headers.Count ? headers[i + 1].Column - headers[i].Column
                : i > 0 ? headers[i].Column - headers[i - 1].Column : 1;
            return column < headers[i].Column + width ? headers[i].Year : null;
        }
        return null;
    }

    internal static List<int> MarkColumns(SeedRow row, ICollection<ImportWarning> warnings)
    {
        var marks = new List<int>();
        for (int column = 1; column < row.Cells.Count; column++)
        {
            if (row[column] == Mark)
                marks.Add(column);
            else if (row[column].Length != 0)
                warnings.Add(new ImportWarning(row.Line, $"unexpected '{row[column]}' in a schedule row (only ■ is a mark)"));
        }
        return marks;
    }

    // The row's cells after the task, ■ as printed and □ for an empty cell: the unplaced marks stay visible.
    private static string Picture(SeedRow row) =>
        string.Concat(row.Cells.Skip(1).Select(cell => cell == Mark ? '■' : '□'));
}
