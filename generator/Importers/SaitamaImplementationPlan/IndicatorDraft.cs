namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>A printed cell: its text with wrapped lines rejoined, and the line it starts on.</summary>
public sealed record Cell(string Text, int Line);

/// <summary>One 目標指標 row as read from the table, before values are parsed.</summary>
public sealed record IndicatorDraft(string Name, int Line, Cell Baseline, IReadOnlyList<Cell> Targets, Cell Final)
{
    /// <summary>Curation notes explaining where a cell came from when it was not in the row's place.</summary>
    public IReadOnlyList<string> Placement { get; init; } = Array.Empty<string>();
}
