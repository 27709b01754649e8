namespace PlanSite.Model;

/// <summary>
/// What a 事務事業評価シート reports for one fiscal year beside the grade: money, staffing, activities,
/// whether the indicator's target was met, and who evaluated. Every part is optional because cities'
/// sheets differ; a figure the source does not pin down is listed in <see cref="YearCost.Undetermined"/>
/// instead of being given a value.
/// </summary>
public sealed record YearCost
{
    /// <summary>Unit of the money amounts as printed, e.g. 千円.</summary>
    public string? Unit { get; init; }
    /// <summary>予算現額 (current budget).</summary>
    public Value? Budget { get; init; }
    /// <summary>決算額 (settlement), or its estimate when <see cref="SettlementLabel"/> says so.</summary>
    public Value? Settlement { get; init; }
    /// <summary>The source's own heading for the settlement, e.g. 決算額（見込み）.</summary>
    public string? SettlementLabel { get; init; }
    /// <summary>Regular staff in full-time equivalents (正規職員).</summary>
    public Value? StaffFte { get; init; }
    /// <summary>人件費 of the regular staff.</summary>
    public Value? PersonnelCost { get; init; }
    /// <summary>Keys (budget, settlement, staff_fte, personnel_cost) whose value the source does not determine.</summary>
    public IReadOnlyList<string> Undetermined { get; init; } = Array.Empty<string>();
    /// <summary>How the figures were read, or why some could not be.</summary>
    public string? Note { get; init; }

    public static readonly IReadOnlyList<string> Keys = ["budget", "settlement", "staff_fte", "personnel_cost"];

    public bool IsUndetermined(string key) => Undetermined.Contains(key);
}

/// <summary>One 活動実績 item: what was done and the year's result as printed.</summary>
public sealed record ActivityResult(string Name, Value? Result);

/// <summary>Whether the year's indicator target was met, as the sheet states it.</summary>
public enum TargetState { Met, NotMet, NoTarget }

public sealed record TargetStatus(TargetState State, string? Raw)
{
    public static string Key(TargetState state) => state switch
    {
        TargetState.Met => "met",
        TargetState.NotMet => "not_met",
        _ => "no_target",
    };
}
