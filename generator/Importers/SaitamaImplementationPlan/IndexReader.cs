using System.Text.RegularExpressions;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>One row of 事業一覧: the authoritative code, name, COVID flag and printed page of a project.</summary>
public sealed record IndexRow(string Code, string Name, string CovidMark, int Page, int Line)
{
    public bool CovidRelated => CovidMark == "○";
    public string MeasureCode => Code[..^3];
}

/// <summary>Reads 事業一覧 (the project index at the head of the part), the one table the extraction keeps intact.</summary>
public static partial class IndexReader
{
    public static IReadOnlyList<IndexRow> Read(IReadOnlyList<SeedLine> lines)
    {
        var rows = new List<IndexRow>();
        foreach (var line in lines)
        {
            var m = IndexRowPattern().Match(line.Text);
            if (!m.Success) continue;
            rows.Add(new IndexRow(m.Groups["code"].Value, m.Groups["name"].Value, m.Groups["covid"].Value,
                int.Parse(m.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture), line.Number));
        }
        var duplicate = rows.GroupBy(r => r.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"line {duplicate.Last().Line}: 事業一覧 lists {duplicate.Key} twice");
        return rows;
    }

    [GeneratedRegex(@"^ ?(?<code>\d{2}-\d-\d-\d{2}) (?<name>.+) (?<covid>[―○]) P(?<page>\d{3})\s*$")]
    private static partial Regex IndexRowPattern();
}
