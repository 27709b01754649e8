using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>A cell of an indicator's 実績 or 評価 row, placed on its fiscal year.</summary>
public sealed record YearCell(FiscalYear Year, string Raw, int Line);

/// <summary>An indicator as the plan states it, with the actuals and grades that go into the reviews.</summary>
public sealed record IndicatorReading(Indicator Indicator, IReadOnlyList<YearCell> Actuals, IReadOnlyList<YearCell> Grades);

/// <summary>
/// Reads the indicator table: per indicator a named 目標 row followed by 実績 and 評価 rows. Values
/// are taken in order from the cell after the label, not from the header's columns, because several
/// headers sit one column off the rows under them.
/// </summary>
public static partial class IndicatorTableReader
{
    private enum Role { Target, Actual, Grade }

    private static readonly Dictionary<string, Role> RoleLabels = new()
    {
        ["目標"] = Role.Target,
        ["実績"] = Role.Actual,
        ["評価"] = Role.Grade,
    };

    /// <summary>Words that stand for "no target (yet)" rather than a state to reach.</summary>
    private static readonly HashSet<string> Placeholders = ["-", "/", "未定", "なし"];

    public static IReadOnlyList<IndicatorReading> Read(string measureCode, TableBlock block, CurationFile curation, ICollection<ImportWarning> warnings)
    {
        var years = HeaderColumns.Years(block.Header)!.Select(h => h.Year).ToArray();
        return Group(block.Rows, warnings)
            .Select((rows, index) => ReadOne(measureCode, $"{measureCode}-{index + 1}", rows, years, curation, warnings))
            .ToArray();
    }

    /// <summary>An indicator starts at a row with a name in cell 0; its other rows leave cell 0 empty.</summary>
    private static List<List<SeedRow>> Group(IReadOnlyList<SeedRow> rows, ICollection<ImportWarning> warnings)
    {
        var groups = new List<List<SeedRow>>();
        foreach (var row in rows)
        {
            if (row[0].Length != 0)
                groups.Add([row]);
            else if (groups.Count > 0)
                groups[^1].Add(row);
            else
                warnings.Add(new ImportWarning(row.Line, "indicator row without an indicator name above it ignored"));
        }
        return groups;
    }

    private static IndicatorReading ReadOne(string measureCode, string id, List<SeedRow> rows, FiscalYear[] years,
        CurationFile curation, ICollection<ImportWarning> warnings)
    {
        var first = rows[0];
        string name = first[0];
        var entries = curation.Indicator(id);
        foreach (var entry in entries.Where(e => e.Name != name))
            warnings.Add(new ImportWarning(first.Line, $"curation for {id} names '{entry.Name}' but the seed has '{name}'"));

        var cells = RoleCells(id, rows, entries.Any(e => e.RolesByOrder), warnings);
        if (entries.FirstOrDefault(e => e.DropValue is not null)?.DropValue is int drop)
            DropStrayCell(id, drop, cells, warnings);

        var absent = entries.SelectMany(e => e.AbsentYears).ToHashSet();
        var valueYears = years.Where(year => !absent.Contains(year.StartYear)).ToArray();
        CheckWidths(id, cells, valueYears.Length, warnings);

        var targets = Place(cells, Role.Target, valueYears)
            .Select(cell => KeyValuePair.Create(cell.Year, Value.FromScalar(cell.Raw)))
            .ToArray();
        string? curatedDirection = entries.FirstOrDefault(e => e.Direction is not null)?.Direction;

        var indicator = new Indicator
        {
            Id = id,
            Name = name,
            MeasureId = measureCode,
            Unit = Unit(id, name, first.Line, curation, warnings),
            Direction = curatedDirection is null ? InferDirection(targets.Select(t => t.Value)) : Enum.Parse<Direction>(curatedDirection, ignoreCase: true),
            Targets = targets,
            Notes = entries.Where(e => e.Note is not null).Select(e => new Note(e.Note!, first.Line)).ToArray(),
            // Only entries that change the positional reading; absent years and notes leave it as printed.
            Curation = entries.Where(e => e.DropValue is not null || e.RolesByOrder || e.Direction is not null)
                .Select(e => e.Reason).ToArray(),
            SourceLine = first.Line,
        };
        return new IndicatorReading(indicator, Place(cells, Role.Actual, valueYears), Place(cells, Role.Grade, valueYears));
    }

    private static Dictionary<Role, (SeedRow Row, List<string> Values)> RoleCells(string id, List<SeedRow> rows, bool rolesByOrder,
        ICollection<ImportWarning> warnings)
    {
        var cells = new Dictionary<Role, (SeedRow Row, List<string> Values)>();
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Role role;
            List<string> values;
            if (RoleLabels.TryGetValue(row[1], out role))
                values = row.Cells.Skip(2).ToList();
            else if (i < RoleLabels.Count)
            {
                role = (Role)i;
                values = row.Cells.Skip(1).ToList();
                if (!rolesByOrder)
                    warnings.Add(new ImportWarning(row.Line, $"{id}: row has no 目標/実績/評価 label; read as {role} by its position"));
            }
            else
            {
                warnings.Add(new ImportWarning(row.Line, $"{id}: extra unlabelled row ignored"));
                continue;
            }
            if (!cells.TryAdd(role, (row, values)))
                warnings.Add(new ImportWarning(row.Line, $"{id}: second {role} row ignored"));
        }
        if (!cells.ContainsKey(Role.Target))
            warnings.Add(new ImportWarning(rows[0].Line, $"{id}: no 目標 row"));
        return cells;
    }

    private static void DropStrayCell(string id, int position, Dictionary<Role, (SeedRow Row, List<string> Values)> cells,
        ICollection<ImportWarning> warnings)
    {
        foreach (var (row, values) in cells.Values.Where(c => c.Values.Count >= position))
        {
            if (values[position - 1].Length != 0)
                warnings.Add(new ImportWarning(row.Line, $"{id}: value cell {position} is '{values[position - 1]}', not the stray empty cell the curation removes"));
            else
                values.RemoveAt(position - 1);
        }
    }

    private static void CheckWidths(string id, Dictionary<Role, (SeedRow Row, List<string> Values)> cells, int yearCount,
        ICollection<ImportWarning> warnings)
    {
        foreach (var (role, (row, values)) in cells)
        {
            // A target row is expected to fill every year; actual and grade rows stop at the last reported year.
            if (values.Count > yearCount || (role == Role.Target && values.Count < yearCount))
                warnings.Add(new ImportWarning(row.Line, $"{id}: {values.Count} {role} cells for {yearCount} years"));
        }
    }

    private static IReadOnlyList<YearCell> Place(Dictionary<Role, (SeedRow Row, List<string> Values)> cells, Role role, FiscalYear[] years)
    {
        if (!cells.TryGetValue(role, out var found))
            return [];
        return found.Values.Zip(years)
            .Where(pair => pair.First.Length != 0)
            .Select(pair => new YearCell(pair.Second, pair.First, found.Row.Line))
            .ToArray();
    }

    private static string? Unit(string id, string name, int line, CurationFile curation, ICollection<ImportWarning> warnings)
    {
        var match = TrailingGroup().Match(name);
        if (!match.Success)
            return null;
        string text = match.Groups[1].Value;
        if (!curation.TryUnit(text, out string? unit))
            warnings.Add(new ImportWarning(line, $"{id}: trailing （{text}） is neither a curated unit nor a curated non-unit; no unit set"));
        return unit;
    }

    /// <summary>
    /// Word targets that are real states (実現, 実施 …) and no numbers make an indicator qualitative.
    /// Placeholders alone (-, 未定) do not: 「工事件数」 with targets 未定 is still a count.
    /// </summary>
    private static Direction InferDirection(IEnumerable<Value> targets)
    {
        var list = targets.ToList();
        if (list.Any(v => v.IsNumber))
            return Direction.Increase;
        return list.Any(v => !Placeholders.Contains(v.Raw)) ? Direction.Qualitative : Direction.Increase;
    }

    [GeneratedRegex(@"（([^（）]+)）$")]
    private static partial Regex TrailingGroup();
}
