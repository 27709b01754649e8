namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>One 実施計画事業 box as read from its labels; TableLines is what is left for the 目標指標 table.</summary>
public sealed record ProjectBox(
    string Code,
    string Name,
    int Line,
    string? RepostedTo,
    IReadOnlyList<string> Owners,
    string FiscalEffect,
    string Purpose,
    IReadOnlyList<string> Content,
    IReadOnlyList<SeedLine> TableLines,
    IReadOnlyList<PlanSite.Model.Note> Footnotes);
