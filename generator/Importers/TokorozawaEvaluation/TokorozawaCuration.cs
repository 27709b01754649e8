using PlanSite.Importers.Shared;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// The reading of seed 002 (seeds/curation/002_bdff7e9c3ffec749.yaml). The text lost its page layout, so
/// which line belongs to which sheet is a reading decision: the curation names, per sheet and field, the
/// seed lines (and the text on them) that hold the value, and the importer takes the text from the seed and
/// checks it is there. A field the text does not pin down is written "? reason" and is never given a value.
/// </summary>
public sealed class TokorozawaCuration
{
    public TokorozawaCurationDocument Document { get; }

    private TokorozawaCuration(TokorozawaCurationDocument document) => Document = document;

    public static TokorozawaCuration Load(string path) =>
        new(CurationYaml.Load<TokorozawaCurationDocument>(path, d => d.Problems()));
}

public sealed class TokorozawaCurationDocument
{
    public Reasoned<string> Id { get; set; } = new();
    public MunicipalitySpec Municipality { get; set; } = new();
    public TextSpec Title { get; set; } = new();
    public TextSpec? TitleNote { get; set; }
    public SourceSpec Source { get; set; } = new();
    public TextSpec Summary { get; set; } = new();
    public TextSpec? Narrative { get; set; }
    public SectionSpec Section { get; set; } = new();
    public List<GradeSpec> Grades { get; set; } = [];
    public UnitCostSpec UnitCosts { get; set; } = new();
    public TextSpec SdgGoals { get; set; } = new();
    /// <summary>How the その他職員 figures were attributed (shown on the plan page).</summary>
    public TextSpec OtherStaff { get; set; } = new();
    /// <summary>The PDF pages: where each starts, and the SDG labels and staff figures no sheet of the page can be given.</summary>
    public List<PageSpec> Pages { get; set; } = [];
    public List<SheetSpec> Sheets { get; set; } = [];

    internal IEnumerable<string> Problems()
    {
        var reasons = new List<(string, string)>
        {
            ("id", Id.Reason), ("municipality", Municipality.Reason), ("title", Title.Reason), ("source", Source.Reason),
            ("summary", Summary.Reason), ("section", Section.Reason), ("unit_costs", UnitCosts.Reason), ("sdg_goals", SdgGoals.Reason),
            ("other_staff", OtherStaff.Reason),
        };
        if (TitleNote is not null) reasons.Add(("title_note", TitleNote.Reason));
        if (Narrative is not null) reasons.Add(("narrative", Narrative.Reason));
        reasons.AddRange(Grades.Select(g => ($"grades {g.Key}", g.Reason)));
        reasons.AddRange(Sheets.SelectMany(s => s.Decisions.Select(d => ($"sheet {s.Id} decision {d.Field}", d.Reason))));
        reasons.AddRange(Pages.Where(p => p.SdgLabels.Count > 0).Select(p => ($"pages {p.Page} sdg_reason", p.SdgReason)));
        reasons.AddRange(Pages.Where(p => p.UnattributedStaff.Count > 0).Select(p => ($"pages {p.Page} staff_reason", p.StaffReason)));
        // An SDG goal given to a sheet is a reading decision like any other: it must say why.
        foreach (var sheet in Sheets.Where(s => s.SdgGoals.Count > 0 && !s.Decisions.Any(d => d.Field == "sdg_goals")))
            yield return $"sheet {sheet.Id} gives sdg_goals but no decision (field: sdg_goals) saying why they are this sheet's";
        foreach (var (where, reason) in reasons.Where(r => string.IsNullOrWhiteSpace(r.Item2)))
            yield return $"{where} has no reason";
        foreach (var duplicate in Sheets.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            yield return $"sheet id '{duplicate.Key}' is used twice";
    }
}

public sealed class Reasoned<T>
{
    public T Value { get; set; } = default!;
    public string Reason { get; set; } = "";
}

public sealed class MunicipalitySpec
{
    public string Name { get; set; } = "";
    public string? Prefecture { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class TextSpec
{
    public string Text { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class SourceSpec
{
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Note { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>The one 章/節 the sheets are filed under; its heading is read from the seed.</summary>
public sealed class SectionSpec
{
    public string Code { get; set; } = "";
    public string Id { get; set; } = "";
    /// <summary>Piece giving the heading, e.g. "L652:第４節　行政経営".</summary>
    public string Heading { get; set; } = "";
    public List<string> Levels { get; set; } = [];
    public string Reason { get; set; } = "";
}

public sealed class GradeSpec
{
    public string Key { get; set; } = "";
    /// <summary>The letter as printed (full-width).</summary>
    public string Printed { get; set; } = "";
    public string Label { get; set; } = "";
    public string Tone { get; set; } = "";
    public string? Description { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>Personnel cost per regular FTE, in 千円, by fiscal year: the arithmetic rule the importer enforces.</summary>
public sealed class UnitCostSpec
{
    public Dictionary<int, decimal> PerFte { get; set; } = [];
    public string Reason { get; set; } = "";
}

public sealed class SheetSpec
{
    public string Id { get; set; } = "";
    public int Page { get; set; }
    public List<string> Name { get; set; } = [];
    public List<string> Department { get; set; } = [];
    public List<string> Account { get; set; } = [];
    public string Evaluator { get; set; } = "";
    public string Grade { get; set; } = "";
    public string Rank { get; set; } = "";
    public string Period { get; set; } = "";
    public List<string> LegalBasis { get; set; } = [];
    public List<string> Purpose { get; set; } = [];
    public CostSpec H30 { get; set; } = new();
    public CostSpec R1 { get; set; } = new();
    public List<ActivitySpec> Activities { get; set; } = [];
    /// <summary>Why an activity slot the sheet prints stays empty (e.g. a bare ③).</summary>
    public string? EmptyActivityNote { get; set; }
    public IndicatorSpec Indicator { get; set; } = new();
    /// <summary>"L89:目標達成済" when the sheet says the target was met.</summary>
    public string? Met { get; set; }
    /// <summary>The printed shortfall reason when it was not met (or no target was set).</summary>
    public List<string> Shortfall { get; set; } = [];
    /// <summary>True when the shortfall text says no R1 target was set.</summary>
    public bool NoTarget { get; set; }
    public List<string> Reason { get; set; } = [];
    public List<string> Improved { get; set; } = [];
    public List<string> Issues { get; set; } = [];
    public List<string> Sdg { get; set; } = [];
    /// <summary>Goal labels the text pins to this sheet (none may be given by guess; see pages[].sdg_labels).</summary>
    public List<SdgGoalSpec> SdgGoals { get; set; } = [];
    public List<DecisionSpec> Decisions { get; set; } = [];
}

/// <summary>
/// One year's money and staffing. Each value is a piece ("L96:6,262千円") or "? why it is undeterminable";
/// the two その他職員 figures may also be "blank" (the sheet prints the category with no figure), which the
/// importer accepts only on a page whose every staff figure is given to a sheet.
/// </summary>
public sealed class CostSpec
{
    public string Budget { get; set; } = "";
    public string Settlement { get; set; } = "";
    public string Staff { get; set; } = "";
    public string PersonnelCost { get; set; } = "";
    /// <summary>その他職員: 臨時職員 (FTE).</summary>
    public string Temporary { get; set; } = "";
    /// <summary>その他職員: 非常勤特別職 (FTE).</summary>
    public string PartTime { get; set; } = "";
}

/// <summary>
/// One PDF page. <see cref="FirstLine"/> is the 項目名 line that opens its evaluator cluster; the page runs to
/// the next page's first line. SDG labels and staff figures listed here are printed on the page but cannot
/// be given to one of its sheets: each is cited exactly once, here or by a sheet.
/// </summary>
public sealed class PageSpec
{
    public int Page { get; set; }
    public int FirstLine { get; set; }
    /// <summary>Pieces of the goal labels (e.g. "L594-596") that no sheet of the page can be given.</summary>
    public List<string> SdgLabels { get; set; } = [];
    public string SdgReason { get; set; } = "";
    /// <summary>Pieces of staff figures (e.g. "L880:0.00 人") that no sheet and year of the page can be given.</summary>
    public List<string> UnattributedStaff { get; set; } = [];
    public string StaffReason { get; set; } = "";
}

/// <summary>An SDG goal label given to a sheet: its piece (e.g. "L594-596") and whether the project itself serves it.</summary>
public sealed class SdgGoalSpec
{
    public string Label { get; set; } = "";
    /// <summary>project (事業自体が貢献する項目) or method (実施手法等の工夫により貢献できた項目).</summary>
    public string Kind { get; set; } = "";
}

public sealed class ActivitySpec
{
    public List<string> Name { get; set; } = [];
    public List<string> Result { get; set; } = [];
}

public sealed class IndicatorSpec
{
    public List<string> Name { get; set; } = [];
    public List<string> Basis { get; set; } = [];
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public string? H30Target { get; set; }
    public string? H30Actual { get; set; }
    public string? R1Target { get; set; }
    public string? R1Actual { get; set; }
    public string? R2Target { get; set; }
}

/// <summary>A reading decision on one field, shown on the site with the value it decided.</summary>
public sealed class DecisionSpec
{
    public string Field { get; set; } = "";
    public string Reason { get; set; } = "";
}
