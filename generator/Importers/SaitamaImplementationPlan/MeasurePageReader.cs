using System.Text.RegularExpressions;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>A 施策 page: its code, name and responsible departments (施策マネジメント局 / 課 pairs).</summary>
public sealed record MeasurePage(string Code, string Name, int Line, IReadOnlyList<string> Departments);

/// <summary>Reads each 「施策 CODE」 page by its labels: the name is the next line, the departments follow 施策マネジメント局.</summary>
public static partial class MeasurePageReader
{
    public static IReadOnlyList<MeasurePage> Read(IReadOnlyList<SeedLine> lines)
    {
        var pages = new List<MeasurePage>();
        for (int i = 0; i < lines.Count; i++)
        {
            var m = HeaderPattern().Match(lines[i].Text);
            if (!m.Success) continue;
            int name = Next(lines, i + 1) ?? throw new InvalidDataException($"line {lines[i].Number}: 施策 {m.Groups["code"].Value} has no name");
            int managers = -1;
            for (int k = name + 1; k < lines.Count && k < name + 6; k++)
                if (lines[k].Trimmed == "施策マネジメント局 施策マネジメント課") { managers = k; break; }
            if (managers < 0)
                throw new InvalidDataException($"line {lines[i].Number}: 施策 {m.Groups["code"].Value} has no 施策マネジメント局 header after its name");
            var departments = new List<string>();
            for (int k = Next(lines, managers + 1) ?? lines.Count; k < lines.Count && DepartmentPattern().IsMatch(lines[k].Text); k = Next(lines, k + 1) ?? lines.Count)
                departments.Add(lines[k].Trimmed);
            if (departments.Count == 0)
                throw new InvalidDataException($"line {lines[managers].Number}: 施策 {m.Groups["code"].Value} names no department");
            pages.Add(new MeasurePage(m.Groups["code"].Value, lines[name].Trimmed, lines[i].Number, departments));
        }
        var duplicate = pages.GroupBy(p => p.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"line {duplicate.Last().Line}: 施策 {duplicate.Key} has two pages");
        return pages;
    }

    private static int? Next(IReadOnlyList<SeedLine> lines, int from)
    {
        for (int i = from; i < lines.Count; i++)
            if (!lines[i].IsBlank) return i;
        return null;
    }

    [GeneratedRegex(@"^ ?施策 (?<code>\d{2}-\d-\d)\s*$")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex(@"^\S+(局|本部|公室) \S+\s*$")]
    private static partial Regex DepartmentPattern();
}
