namespace PlanSite.Model;

public sealed record Budget(FiscalYear? FiscalYear, decimal? Amount, string? Unit, string Raw);

/// <summary>A multi-year schedule row. Years is null when the source's marks cannot be placed on years.</summary>
public sealed record RoadmapTask(string Task, IReadOnlyList<FiscalYear>? Years, string? Raw, string? Note);

public sealed record ScheduledTask(string Task, IReadOnlyList<int>? Months);

/// <summary>What the plan says will be done in one fiscal year (今年度の実施事項 and its monthly schedule).</summary>
public sealed record AnnualPlan(FiscalYear FiscalYear, IReadOnlyList<string> Actions, IReadOnlyList<ScheduledTask> Schedule);

/// <summary>A labelled value as the source prints it.</summary>
public sealed record Fact(string Label, string Text);

public sealed record MeasureStatus(string State, FiscalYear? FiscalYear, string Raw);

/// <summary>A node of the plan's tree at any level: 施策, 事業, 取組項目 …</summary>
public sealed record Measure
{
    public required string Id { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    /// <summary>0 for top-level measures.</summary>
    public required int Depth { get; init; }
    public string? ParentId { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = Array.Empty<string>();
    public Budget? Budget { get; init; }
    public string? Purpose { get; init; }
    public IReadOnlyList<string> Content { get; init; } = Array.Empty<string>();
    /// <summary>The source's own heading for Content (e.g. 取組の方針と内容); 実施内容 when absent.</summary>
    public string? ContentHeading { get; init; }
    public IReadOnlyList<RoadmapTask> Roadmap { get; init; } = Array.Empty<RoadmapTask>();
    public IReadOnlyList<AnnualPlan> AnnualPlans { get; init; } = Array.Empty<AnnualPlan>();
    public MeasureStatus? Status { get; init; }
    public string? RepeatOf { get; init; }
    /// <summary>Labelled facts the source prints that have no field of their own (掲載頁, 財政効果 …).</summary>
    public IReadOnlyList<Fact> Facts { get; init; } = Array.Empty<Fact>();
    public IReadOnlyList<Note> Notes { get; init; } = Array.Empty<Note>();
    public int? SourceLine { get; init; }
    public IReadOnlyList<Indicator> Indicators { get; init; } = Array.Empty<Indicator>();
    public IReadOnlyList<Measure> Children { get; init; } = Array.Empty<Measure>();

    public IEnumerable<Measure> SelfAndDescendants => new[] { this }.Concat(Children.SelectMany(c => c.SelfAndDescendants));
}
