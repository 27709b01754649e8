namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>Every curated text must still be printed on the lines it names: the seed is the ground truth.</summary>
public sealed class CurationCheck
{
    private readonly IReadOnlyList<SeedLine> _lines;
    private readonly string _curationPath;

    public CurationCheck(IReadOnlyList<SeedLine> lines, string curationPath)
    {
        _lines = lines;
        _curationPath = curationPath;
    }

    public string Text(string text, IReadOnlyList<int> range, string field)
    {
        if (range.Count != 2 || range[0] < 1 || range[1] < range[0] || range[1] > _lines.Count)
            throw new InvalidDataException($"{_curationPath}: {field}: lines must be [from, to] inside the seed (1-{_lines.Count})");
        string printed = Squash(string.Concat(_lines.Skip(range[0] - 1).Take(range[1] - range[0] + 1).Select(l => l.Text)));
        if (!printed.Contains(Squash(text), StringComparison.Ordinal))
            throw new InvalidDataException($"{_curationPath}: {field}: 「{text}」 is not printed on seed lines {range[0]}-{range[1]}");
        return text;
    }

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
