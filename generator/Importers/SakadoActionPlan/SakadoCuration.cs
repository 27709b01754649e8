using PlanSite.Importers.Shared;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// The reviewed overlay for seed 001 (seeds/curation/001_0fad9f246a39a638.yaml): what the text does not
/// carry (municipality, plan id, grade tones, the status-word order …) and the decisions a rule should
/// not take alone (which figure of 「72事業(累計215)」 is the actual). Every entry must give a reason.
/// Entries are marked when used so that one which no longer matches the seed becomes a warning.
/// </summary>
public sealed class SakadoCuration
{
    private readonly SakadoCurationDocument _document;
    private readonly HashSet<object> _used = new(ReferenceEqualityComparer.Instance);

    private SakadoCuration(SakadoCurationDocument document) => _document = document;

    public static SakadoCuration Load(string path) => Parse(File.ReadAllText(path, System.Text.Encoding.UTF8), path);

    public static SakadoCuration Parse(string yaml, string displayPath) =>
        new(CurationYaml.Parse<SakadoCurationDocument>(yaml, displayPath, d => d.Problems()));

    public string PlanId => _document.Id.Value;
    public Municipality Municipality => new(_document.Municipality.Name, _document.Municipality.Prefecture);
    public SourceEntry Source => _document.Source;
    public string? TitleNote => _document.TitleNote?.Text;
    public string? Summary => _document.Summary?.Text;
    public string? Narrative => _document.Narrative?.Text;
    public IReadOnlyList<string> LevelNames => _document.Levels.Names;
    public IReadOnlyList<string> StatusWords => _document.StatusWords.Words;
    public IReadOnlyList<string> DecreaseWords => _document.DecreaseWords.Words;
    public IReadOnlyList<VerbatimEntry> Verbatim => _document.Verbatim;

    /// <summary>Western offset of the era that bare years such as (29年度) belong to.</summary>
    public int? BareYearEraOffset => _document.BareYearEra is { } e && EraYear.TryEra(e.Era, out int offset) ? offset : null;

    public GradeScale GradeScale => new(_document.Grades
        .Select(g => new Grade(g.Key, g.Label, Enum.Parse<GradeTone>(g.Tone, ignoreCase: true), g.Description))
        .ToArray());

    public CarriedPolicyEntry? CarriedPolicy(int itemNo) => Use(_document.CarriedPolicies.FirstOrDefault(c => c.Item == itemNo));

    public UnitConversionEntry? Conversion(string from, string to) =>
        Use(_document.UnitConversions.FirstOrDefault(c => c.From == from && c.To == to));

    public IndicatorEntry? Indicator(string id) => Use(_document.Indicators.FirstOrDefault(i => i.Id == id));

    /// <summary>Entries that matched nothing in the seed: stale or mistyped.</summary>
    public IEnumerable<string> UnusedEntries()
    {
        foreach (var c in _document.CarriedPolicies.Where(e => !_used.Contains(e))) yield return $"carried_policies: item {c.Item}";
        foreach (var c in _document.UnitConversions.Where(e => !_used.Contains(e))) yield return $"unit_conversions: {c.From} → {c.To}";
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

public sealed class SakadoCurationDocument
{
    public IdEntry Id { get; set; } = new();
    public MunicipalityEntry Municipality { get; set; } = new();
    public SourceEntry Source { get; set; } = new();
    public TextEntry? TitleNote { get; set; }
    public TextEntry? Summary { get; set; }
    public TextEntry? Narrative { get; set; }
    public LevelsEntry Levels { get; set; } = new();
    public List<GradeEntry> Grades { get; set; } = [];
    public WordsEntry StatusWords { get; set; } = new();
    public WordsEntry DecreaseWords { get; set; } = new();
    public EraEntry? BareYearEra { get; set; }
    public List<CarriedPolicyEntry> CarriedPolicies { get; set; } = [];
    public List<UnitConversionEntry> UnitConversions { get; set; } = [];
    public List<IndicatorEntry> Indicators { get; set; } = [];
    public List<VerbatimEntry> Verbatim { get; set; } = [];

    internal IEnumerable<string> Problems()
    {
        var reasoned = new List<(string Where, string? Reason)>
        {
            ("id", Id.Reason), ("municipality", Municipality.Reason), ("source", Source.Reason),
            ("levels", Levels.Reason), ("status_words", StatusWords.Reason), ("decrease_words", DecreaseWords.Reason),
        };
        // Optional sections need a reason only when present.
        if (TitleNote is not null) reasoned.Add(("title_note", TitleNote.Reason));
        if (Summary is not null) reasoned.Add(("summary", Summary.Reason));
        if (Narrative is not null) reasoned.Add(("narrative", Narrative.Reason));
        if (BareYearEra is not null) reasoned.Add(("bare_year_era", BareYearEra.Reason));
        reasoned.AddRange(Grades.Select(g => ($"grades {g.Key}", (string?)g.Reason)));
        reasoned.AddRange(CarriedPolicies.Select(c => ($"carried_policies item {c.Item}", (string?)c.Reason)));
        reasoned.AddRange(UnitConversions.Select(c => ($"unit_conversions {c.From}", (string?)c.Reason)));
        reasoned.AddRange(Indicators.Select(i => ($"indicators {i.Id}", (string?)i.Reason)));
        reasoned.AddRange(Verbatim.Select(v => ($"verbatim line {v.Line} 「{v.Text}」", (string?)v.Reason)));
        foreach (var (where, reason) in reasoned.Where(e => string.IsNullOrWhiteSpace(e.Reason)))
            yield return $"{where} has no reason";
        if (string.IsNullOrWhiteSpace(Id.Value) || string.IsNullOrWhiteSpace(Municipality.Name) || Levels.Names.Count == 0)
            yield return "id.value, municipality.name and levels.names are required";
        foreach (var g in Grades.Where(g => !Enum.TryParse<GradeTone>(g.Tone, ignoreCase: true, out _)))
            yield return $"grade {g.Key}: tone '{g.Tone}' is not good, fair, poor or none";
        foreach (var i in Indicators.Where(i => i.Direction is not null && !Enum.TryParse<Direction>(i.Direction, ignoreCase: true, out _)))
            yield return $"indicator {i.Id}: direction '{i.Direction}' is not increase, decrease, maintain or qualitative";
        foreach (var i in Indicators.Where(i => i.ActualFigure is not null && i.ActualFigure != IndicatorEntry.Cumulative))
            yield return $"indicator {i.Id}: actual_figure '{i.ActualFigure}' is not '{IndicatorEntry.Cumulative}'";
        if (BareYearEra is { } era && !EraYear.TryEra(era.Era, out _))
            yield return $"bare_year_era: '{era.Era}' is not 平成 or 令和";
        foreach (var c in UnitConversions.Where(c => c.Factor <= 0))
            yield return $"unit_conversions {c.From}: factor must be positive";
    }
}

public sealed class IdEntry
{
    public string Value { get; set; } = "";
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
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    /// <summary>Shown with the source on the site.</summary>
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class TextEntry
{
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class LevelsEntry
{
    public List<string> Names { get; set; } = [];
    public string Reason { get; set; } = "";
}

public sealed class GradeEntry
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Tone { get; set; } = "";
    public string? Description { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class WordsEntry
{
    public List<string> Words { get; set; } = [];
    public string Reason { get; set; } = "";
}

public sealed class EraEntry
{
    public string Era { get; set; } = "";
    public string Reason { get; set; } = "";
}

/// <summary>Confirms the 基本方針 of the first item on a page whose merged policy cell began on an earlier page.</summary>
public sealed class CarriedPolicyEntry
{
    public int Item { get; set; }
    /// <summary>The label without parentheses: ア, イ, ウ.</summary>
    public string Policy { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class UnitConversionEntry
{
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    /// <summary>One <see cref="From"/> is this many <see cref="To"/>.</summary>
    public decimal Factor { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class IndicatorEntry
{
    public const string Cumulative = "cumulative";

    public string Id { get; set; } = "";
    /// <summary>The printed name: guards against the entry drifting onto another indicator.</summary>
    public string Name { get; set; } = "";
    /// <summary>The indicator's unit when its values print more than one.</summary>
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    /// <summary>"cumulative": the actual is the 累計 figure in parentheses, not the leading number.</summary>
    public string? ActualFigure { get; set; }
    /// <summary>Shown on the indicator page (データの読み取りについて).</summary>
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>A source typo kept as printed; the importer checks it is still there.</summary>
public sealed class VerbatimEntry
{
    public int Line { get; set; }
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
}
