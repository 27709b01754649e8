namespace PlanSite.Model;

public sealed record Commentary(string Label, string Text);

public sealed record MeasureReview(string MeasureId, Grade? Grade, IReadOnlyList<Commentary> Commentary)
{
    /// <summary>Who gave the grade, as printed (評価者).</summary>
    public string? Evaluator { get; init; }
    /// <summary>The year's budget, settlement and staffing (evaluation sheets).</summary>
    public YearCost? Cost { get; init; }
    /// <summary>The year's 活動実績 items.</summary>
    public IReadOnlyList<ActivityResult> Activities { get; init; } = Array.Empty<ActivityResult>();
    /// <summary>Whether the year's indicator target was met, as the source states it.</summary>
    public TargetStatus? TargetStatus { get; init; }
    /// <summary>The SDG goals the sheet names for the project (SDGsへの貢献).</summary>
    public SdgContribution? Sdgs { get; init; }
}

public sealed record IndicatorResult(string IndicatorId, Value? Actual, Grade? Grade, string? Note);

/// <summary>One fiscal year's monitoring of a plan (年度評価).</summary>
public sealed record Review
{
    public required FiscalYear FiscalYear { get; init; }
    public SourceDocument? Source { get; init; }
    /// <summary>When the review was published, if the source says; pages and feeds date themselves from content, never the build clock.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The published date, or else the last day of the fiscal year reviewed (documented convention).</summary>
    public DateOnly EffectiveDate => Published ?? new DateOnly(FiscalYear.StartYear + 1, 3, 31);
    public IReadOnlyDictionary<string, MeasureReview> Measures { get; init; } = new Dictionary<string, MeasureReview>();
    public IReadOnlyDictionary<string, IndicatorResult> Indicators { get; init; } = new Dictionary<string, IndicatorResult>();
}
