namespace PlanSite.Model;

public enum Direction { Increase, Decrease, Maintain, Qualitative }

public sealed record Baseline(FiscalYear? FiscalYear, string? Label, Value Value);

public sealed record FinalTarget(string? Label, Value Value);

public sealed record Indicator
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string MeasureId { get; init; }
    public string? Unit { get; init; }
    public Direction Direction { get; init; } = Direction.Increase;
    public Baseline? Baseline { get; init; }
    /// <summary>Targets by fiscal year, ascending.</summary>
    public IReadOnlyList<KeyValuePair<FiscalYear, Value>> Targets { get; init; } = Array.Empty<KeyValuePair<FiscalYear, Value>>();
    public FinalTarget? FinalTarget { get; init; }
    public IReadOnlyList<Note> Notes { get; init; } = Array.Empty<Note>();
    public IReadOnlyList<string> Curation { get; init; } = Array.Empty<string>();
    public int? SourceLine { get; init; }
    /// <summary>再掲: this row repeats the indicator with this id; its series is the original's.</summary>
    public string? RepeatOf { get; init; }

    public Value? TargetFor(FiscalYear year) => Targets.FirstOrDefault(t => t.Key == year).Value;
}
