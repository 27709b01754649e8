using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>Reads the current year's monthly schedule (April…March with ■ marks).</summary>
public static class ScheduleReader
{
    public static IReadOnlyList<ScheduledTask> Read(string measureCode, TableBlock block, ICollection<ImportWarning> warnings)
    {
        // Two header layouts exist (month 4 in column 1 or 2), so months are looked up, never counted.
        var months = HeaderColumns.Months(block.Header)!.ToDictionary(m => m.Column, m => m.Month);
        var tasks = new List<ScheduledTask>();
        foreach (var row in block.Rows)
        {
            var marked = new List<int>();
            foreach (int column in RoadmapReader.MarkColumns(row, warnings))
            {
                if (months.TryGetValue(column, out int month))
                    marked.Add(month);
                else
                    warnings.Add(new ImportWarning(row.Line, $"{measureCode} schedule '{row[0]}': mark in column {column} is under no month"));
            }
            // No marks means the source shows no months (shading lost), which the model writes as null.
            tasks.Add(new ScheduledTask(row[0], marked.Count == 0 ? null : marked));
        }
        return tasks;
    }
}
