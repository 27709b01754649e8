using System.Globalization;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

public readonly record struct YearColumn(int Column, FiscalYear Year);

public readonly record struct MonthColumn(int Column, int Month);

/// <summary>Reads the column headers of the sheet's three tables: R3…R7 and the April…March months.</summary>
public static partial class HeaderColumns
{
    private static readonly int[] FiscalMonths = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3];

    /// <summary>The 評価 column closing every monthly header; the sheet never fills it.</summary>
    public const string MonthGradeLabel = "評価";

    /// <summary>Year columns of a header such as "∅ ∅ R3 R4 R5 R6 R7", or null when the row is not one.</summary>
    public static IReadOnlyList<YearColumn>? Years(SeedRow row)
    {
        if (row[0].Length != 0)
            return null;
        var columns = new List<YearColumn>();
        for (int column = 1; column < row.Cells.Count; column++)
        {
            if (row[column].Length == 0)
                continue;
            var match = ReiwaShort().Match(row[column]);
            if (!match.Success)
                return null;
            columns.Add(new YearColumn(column, Wareki.Reiwa(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))));
        }
        bool consecutive = columns.Zip(columns.Skip(1)).All(pair => pair.Second.Year.StartYear == pair.First.Year.StartYear + 1);
        return columns.Count >= 2 && consecutive ? columns : null;
    }

    /// <summary>Month columns of a header "∅ 4 5 … 12 1 2 3 評価", or null when the row is not one.</summary>
    public static IReadOnlyList<MonthColumn>? Months(SeedRow row)
    {
        if (row[0].Length != 0)
            return null;
        var filled = Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).Where(c => row[c].Length != 0).ToList();
        if (filled.Count > 0 && row[filled[^1]] == MonthGradeLabel)
            filled.RemoveAt(filled.Count - 1);
        if (filled.Count != FiscalMonths.Length)
            return null;
        var columns = filled.Select((column, i) => new MonthColumn(column, FiscalMonths[i])).ToList();
        return columns.All(c => row[c.Column] == c.Month.ToString(CultureInfo.InvariantCulture)) ? columns : null;
    }

    [GeneratedRegex(@"^R(\d{1,2})$")]
    private static partial Regex ReiwaShort();
}
