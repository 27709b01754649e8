using PlanSite.Importers.Shared;
using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// The reviewed overlay for seed 003 (seeds/curation/003_….yaml): what no rule can recover from the
/// text (the plan id, the prefecture, which indicators are lower-is-better, how two-line cells join).
/// Every entry carries a reason; entries that match nothing are reported, so a stale one is noticed.
/// </summary>
public sealed class KazoCuration
{
    private readonly KazoCurationDocument _document;
    private readonly HashSet<object> _used = new(ReferenceEqualityComparer.Instance);

    private KazoCuration(KazoCurationDocument document) => _document = document;

    public static KazoCuration Load(string path) => new(CurationYaml.Load<KazoCurationDocument>(path, MissingReasons));

    private static IEnumerable<string> MissingReasons(KazoCurationDocument document)
    {
        var missing = document.Reasons().Where(r => string.IsNullOrWhiteSpace(r.Reason)).Select(r => r.Where).ToArray();
        if (missing.Length > 0)
            yield return $"every entry needs a reason; missing for {string.Join(", ", missing)}";
    }

    public string PlanId => _document.Id.Value;
    public Municipality Municipality => new(_document.Municipality.Name, _document.Municipality.Prefecture);
    public KazoSourceEntry Source => _document.Source;
    public IReadOnlyList<string> LevelNames => _document.Levels.Names;
    public string? Summary => _document.Summary.Text;

    /// <summary>How the two lines of a two-line target cell join for this item ("" when it is one wrapped word).</summary>
    public string CellJoiner(int item) => Use(_document.CellJoiners.FirstOrDefault(c => c.Item == item))?.Joiner ?? "";

    /// <summary>備考 lines join like prose unless the curation says the line breaks are a list.</summary>
    public string RemarksJoin(int item, IReadOnlyList<string> lines)
    {
        bool keepBreaks = Use(_document.RemarksAsLines.FirstOrDefault(r => r.Item == item)) is not null;
        return keepBreaks ? string.Join("\n", lines) : string.Concat(lines);
    }

    public DecreaseEntry? Decrease(string indicatorId) => Use(_document.Decrease.FirstOrDefault(d => d.Id == indicatorId));

    public IEnumerable<string> UnusedEntries()
    {
        foreach (var c in _document.CellJoiners.Where(e => !_used.Contains(e))) yield return $"cell_joiners: item {c.Item}";
        foreach (var r in _document.RemarksAsLines.Where(e => !_used.Contains(e))) yield return $"remarks_as_lines: item {r.Item}";
        foreach (var d in _document.Decrease.Where(e => !_used.Contains(e))) yield return $"decrease: {d.Id}";
    }

    private T? Use<T>(T? entry) where T : class
    {
        if (entry is not null) _used.Add(entry);
        return entry;
    }
}

// The classes below mirror the YAML file; YamlDotNet fills them through their setters and throws on unknown keys.

public sealed class KazoCurationDocument
{
    public KazoValueEntry Id { get; set; } = new();
    public KazoMunicipalityEntry Municipality { get; set; } = new();
    public KazoSourceEntry Source { get; set; } = new();
    public KazoLevelsEntry Levels { get; set; } = new();
    public KazoSummaryEntry Summary { get; set; } = new();
    public List<CellJoinerEntry> CellJoiners { get; set; } = [];
    public List<RemarksEntry> RemarksAsLines { get; set; } = [];
    public List<DecreaseEntry> Decrease { get; set; } = [];

    internal IEnumerable<(string Where, string Reason)> Reasons() =>
        new[] { ("id", Id.Reason), ("municipality", Municipality.Reason), ("source", Source.Reason), ("levels", Levels.Reason), ("summary", Summary.Reason) }
            .Concat(CellJoiners.Select(c => ($"cell_joiners {c.Item}", c.Reason)))
            .Concat(RemarksAsLines.Select(r => ($"remarks_as_lines {r.Item}", r.Reason)))
            .Concat(Decrease.Select(d => ($"decrease {d.Id}", d.Reason)));
}

public sealed class KazoValueEntry { public string Value { get; set; } = ""; public string Reason { get; set; } = ""; }
public sealed class KazoMunicipalityEntry { public string Name { get; set; } = ""; public string? Prefecture { get; set; } public string Reason { get; set; } = ""; }
public sealed class KazoSourceEntry { public string Title { get; set; } = ""; public string? Publisher { get; set; } public string? Url { get; set; } public string? Note { get; set; } public string Reason { get; set; } = ""; }
public sealed class KazoLevelsEntry { public List<string> Names { get; set; } = []; public string Reason { get; set; } = ""; }
public sealed class KazoSummaryEntry { public string? Text { get; set; } public string Reason { get; set; } = ""; }
public sealed class CellJoinerEntry { public int Item { get; set; } public string Joiner { get; set; } = ""; public string Reason { get; set; } = ""; }
public sealed class RemarksEntry { public int Item { get; set; } public string Reason { get; set; } = ""; }
public sealed class DecreaseEntry { public string Id { get; set; } = ""; public string Reason { get; set; } = ""; }
