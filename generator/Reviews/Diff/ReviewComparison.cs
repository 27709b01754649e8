using PlanSite.Model;

namespace PlanSite.Reviews.Diff;

/// <summary>How a grade moved between two reviews, read against the plan's grade scale (best first).</summary>
public enum GradeMove
{
    Better,
    Worse,
    /// <summary>Changed, but one side is outside the ranking (a grade of tone None such as 「-」 評価対象外), so neither better nor worse.</summary>
    Changed,
    /// <summary>No grade in the earlier review, one in the later.</summary>
    Given,
    /// <summary>A grade in the earlier review, none in the later.</summary>
    Withdrawn,
}

/// <summary>Whether an indicator's actual is there in one review and not in the other.</summary>
public enum Presence
{
    /// <summary>No actual in the earlier review, one in the later.</summary>
    New,
    /// <summary>An actual in the earlier review; the later review has the indicator but no actual.</summary>
    Missing,
    /// <summary>An actual in the earlier review; the later review does not mention the indicator at all.</summary>
    Removed,
}

/// <summary>A measure or indicator whose grade differs between the two reviews.</summary>
public sealed record GradeChange(string Id, string Name, Grade? From, Grade? To, GradeMove Move);

/// <summary>An indicator whose numeric actual moved the wrong way for its direction (down for 大きいほど良い, up for 小さいほど良い).</summary>
public sealed record ActualDecline(string Id, string Name, Direction Direction, string? Unit, Value From, Value To)
{
    /// <summary>Later minus earlier, in the indicator's unit.</summary>
    public decimal Difference => To.Number!.Value - From.Number!.Value;

    /// <summary>The difference relative to the earlier actual, in percent; null when the earlier actual is 0.</summary>
    public decimal? Percent => From.Number!.Value == 0 ? null : Math.Round(Difference / Math.Abs(From.Number.Value) * 100, 1);
}

/// <summary>An indicator with an actual in one review and none in the other.</summary>
public sealed record ActualPresence(string Id, string Name, string? Unit, Value? From, Value? To, Presence Change);

/// <summary>A measure that one review covers and the other does not.</summary>
public sealed record MeasureEntry(string Id, string Level, string Title, bool Added);

/// <summary>What changed between two fiscal reviews of one plan, in plan order. Immutable; formatters only read it.</summary>
public sealed record ReviewComparison
{
    public required string PlanId { get; init; }
    public required string PlanTitle { get; init; }
    public required FiscalYear From { get; init; }
    public required FiscalYear To { get; init; }
    public required IReadOnlyList<GradeChange> IndicatorGrades { get; init; }
    public required IReadOnlyList<ActualDecline> WorseActuals { get; init; }
    public required IReadOnlyList<ActualPresence> Actuals { get; init; }
    public required IReadOnlyList<GradeChange> MeasureGrades { get; init; }
    public required IReadOnlyList<MeasureEntry> Measures { get; init; }
    /// <summary>Indicators and measures that at least one of the two reviews mentions.</summary>
    public required int IndicatorsCompared { get; init; }
    public required int MeasuresCompared { get; init; }

    public bool IsEmpty => IndicatorGrades.Count == 0 && WorseActuals.Count == 0 && Actuals.Count == 0
                           && MeasureGrades.Count == 0 && Measures.Count == 0;
}
