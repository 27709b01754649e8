using PlanSite.Importers.Shared;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>
/// The reviewed overlay for this seed (seeds/curation/004_….yaml): what no rule can recover from the
/// text. Every entry carries a reason. Lookups remember which entries were used, so an entry that no
/// longer matches the seed shows up as a warning instead of silently doing nothing.
/// </summary>
public sealed class CurationFile
{
    private readonly CurationDocument _document;
    private readonly HashSet<object> _used = new(ReferenceEqualityComparer.Instance);

    private CurationFile(CurationDocument document) => _document = document;

    public static CurationFile Load(string path) => Parse(File.ReadAllText(path, System.Text.Encoding.UTF8), path);

    public static CurationFile Parse(string yaml, string displayPath) =>
        new(CurationYaml.Parse<CurationDocument>(yaml, displayPath, d => d.Problems()));

    public string PlanId => _document.Id.Value;
    public TitleEntry Title => _document.Title;
    public Municipality Municipality => new(_document.Municipality.Name, _document.Municipality.Prefecture);
    public SourceEntry Source => _document.Source;
    public AsOfEntry AsOf => _document.AsOf;
    public IReadOnlyList<string> LevelNames => _document.Levels.Names;
    public GroupTitlesEntry GroupTitles => _document.GroupTitles;

    public GradeScale GradeScale => new(_document.Grades
        .Select(g => new Grade(g.Key, g.Label, Enum.Parse<GradeTone>(g.Tone, ignoreCase: true), g.Description))
        .ToArray());

    /// <summary>
    /// Whether the curation has decided on a trailing （…） group: <paramref name="unit"/> is the group's
    /// text when it is a unit, null when it is a description (「削減時間」).
    /// </summary>
    public bool TryUnit(string parenthesised, out string? unit)
    {
        unit = Use(_document.Units.FirstOrDefault(u => u.Text == parenthesised))?.Text;
        return unit is not null || Use(_document.NotUnits.FirstOrDefault(u => u.Text == parenthesised)) is not null;
    }

    public BudgetEntry? Budget(string measureCode) => Use(_document.Budgets.FirstOrDefault(b => b.Measure == measureCode));

    public RoadmapEntry? RoadmapRow(string measureCode, string task) =>
        Use(_document.Roadmap.FirstOrDefault(r => r.Measure == measureCode && r.Task == task));

    public IReadOnlyList<IndicatorEntry> Indicator(string indicatorId) =>
        _document.Indicators.Where(i => i.Id == indicatorId).Select(i => Use(i)!).ToArray();

    /// <summary>Entries that matched nothing in the seed: stale or mistyped.</summary>
    public IEnumerable<string> UnusedEntries()
    {
        foreach (var u in _document.Units.Where(e => !_used.Contains(e))) yield return $"units: {u.Text}";
        foreach (var u in _document.NotUnits.Where(e => !_used.Contains(e))) yield return $"not_units: {u.Text}";
        foreach (var b in _document.Budgets.Where(e => !_used.Contains(e))) yield return $"budgets: {b.Measure}";
        foreach (var r in _document.Roadmap.Where(e => !_used.Contains(e))) yield return $"roadmap: {r.Measure} {r.Task}";
        foreach (var i in _document.Indicators.Where(e => !_used.Contains(e))) yield return $"indicators: {i.Id}";
    }

    private T? Use<T>(T? entry) where T : class
    {
        if (entry is not null)
            _used.Add(entry);
        return entry;
    }
}

// The classes below mirror the YAML file; YamlDotNet fills them through their setters.

public sealed class CurationDocument
{
    public ValueEntry Id { get; set; } = new();
    public TitleEntry Title { get; set; } = new();
    public MunicipalityEntry Municipality { get; set; } = new();
    public SourceEntry Source { get; set; } = new();
    public AsOfEntry AsOf { get; set; } = new();
    public LevelsEntry Levels { get; set; } = new();
    public GroupTitlesEntry GroupTitles { get; set; } = new();
    public List<GradeEntry> Grades { get; set; } = [];
    public List<UnitEntry> Units { get; set; } = [];
    public List<NotUnitEntry> NotUnits { get; set; } = [];
    public List<BudgetEntry> Budgets { get; set; } = [];
    public List<RoadmapEntry> Roadmap { get; set; } = [];
    public List<IndicatorEntry> Indicators { get; set; } = [];

    internal IEnumerable<string> Problems()
    {
        var reasoned = new (string Where, string Reason)[] {
            ("id", Id.Reason), ("title", Title.Reason), ("municipality", Municipality.Reason), ("source", Source.Reason),
            ("as_of", AsOf.Reason), ("levels", Levels.Reason), ("group_titles", GroupTitles.Reason) }
            .Concat(Grades.Select(g => ($"grades {g.Key}", g.Reason)))
            .Concat(Units.Select(u => ($"units {u.Text}", u.Reason)))
            .Concat(NotUnits.Select(u => ($"not_units {u.Text}", u.Reason)))
            .Concat(Budgets.Select(b => ($"budgets {b.Measure}", b.Reason)))
            .Concat(Roadmap.Select(r => ($"roadmap {r.Measure} {r.Task}", r.Reason)))
            .Concat(Indicators.Select(i => ($"indicators {i.Id}", i.Reason)));
        foreach (var (where, reason) in reasoned.Where(e => string.IsNullOrWhiteSpace(e.Reason)))
            yield return $"{where} has no reason";
        if (string.IsNullOrWhiteSpace(Id.Value) || string.IsNullOrWhiteSpace(Title.Text) || string.IsNullOrWhiteSpace(Municipality.Name)
            || string.IsNullOrWhiteSpace(Source.Title) || Levels.Names.Count == 0 || AsOf.EditionYear == 0)
            yield return "id, title, municipality.name, source.title, levels.names and as_of.edition_year are required";
        foreach (var g in Grades.Where(g => !Enum.TryParse<GradeTone>(g.Tone, ignoreCase: true, out _)))
            yield return $"grade {g.Key}: tone '{g.Tone}' is not good, fair, poor or none";
        foreach (var i in Indicators.Where(i => i.Direction is not null && !Enum.TryParse<Direction>(i.Direction, ignoreCase: true, out _)))
            yield return $"indicator {i.Id}: direction '{i.Direction}' is not increase, decrease, maintain or qualitative";
    }
}

public sealed class ValueEntry
{
    public string Value { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class TitleEntry
{
    public string Text { get; set; } = "";
    /// <summary>Shown with the title: why it reads as it does.</summary>
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class MunicipalityEntry
{
    public string Name { get; set; } = "";
    public string? Prefecture { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class SourceEntry
{
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class AsOfEntry
{
    public string Text { get; set; } = "";
    /// <summary>The fiscal year the sheet was written in (今年度): budgets are for it, actuals end before it.</summary>
    public int EditionYear { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class LevelsEntry
{
    public List<string> Names { get; set; } = [];
    public string Reason { get; set; } = "";
}

public sealed class GroupTitlesEntry
{
    /// <summary>Title pattern for the level-1 and level-2 nodes; {code} is replaced by the node's code.</summary>
    public string Level1 { get; set; } = "{code}";
    public string Level2 { get; set; } = "{code}";
    public string Reason { get; set; } = "";

    public string For(int depth, string code) => (depth == 0 ? Level1 : Level2).Replace("{code}", code, StringComparison.Ordinal);
}

public sealed class GradeEntry
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Tone { get; set; } = "";
    public string? Description { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class UnitEntry
{
    /// <summary>The content of the trailing （…） group, as printed; it becomes the unit unchanged.</summary>
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class NotUnitEntry
{
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class BudgetEntry
{
    public string Measure { get; set; } = "";
    public int FiscalYear { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RoadmapEntry
{
    public string Measure { get; set; } = "";
    /// <summary>The task cell exactly as printed.</summary>
    public string Task { get; set; } = "";
    /// <summary>Shown beside the task.</summary>
    public string Note { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class IndicatorEntry
{
    public string Id { get; set; } = "";
    /// <summary>The indicator's printed name: guards against the entry drifting onto another indicator.</summary>
    public string Name { get; set; } = "";
    public string? Direction { get; set; }
    /// <summary>1-based position of a stray empty value cell to remove from every row of the indicator.</summary>
    public int? DropValue { get; set; }
    /// <summary>Years the source gives no target cell for; the printed values fill the other years in order.</summary>
    public List<int> AbsentYears { get; set; } = [];
    /// <summary>The rows carry no 目標/実績/評価 labels; read them as target, actual, grade by order.</summary>
    public bool RolesByOrder { get; set; }
    /// <summary>Shown with the indicator.</summary>
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}
