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
    /// <summary>Staff other than the regular staff (その他職員: 臨時職員, 非常勤特別職 …), one entry per category the sheet prints.</summary>
    public IReadOnlyList<OtherStaff> OtherStaff { get; init; } = Array.Empty<OtherStaff>();

    public static readonly IReadOnlyList<string> Keys = ["budget", "settlement", "staff_fte", "personnel_cost"];

    public bool IsUndetermined(string key) => Undetermined.Contains(key);
}

/// <summary>
/// One category of other staff (その他職員) as the sheet prints it, with its share in FTE. A category whose
/// figure the source does not pin down has no <see cref="Fte"/> and says why in <see cref="Undetermined"/>;
/// with neither, the sheet prints the category and leaves its figure blank.
/// </summary>
public sealed record OtherStaff(string Kind, Value? Fte, string? Undetermined = null);

/// <summary>Whether an SDG goal is one the project itself serves or one its way of working served (実施手法等の工夫).</summary>
public enum SdgKind { Project, Method }

/// <summary>One SDG goal a sheet names: the goal number (1–17), its label and the label exactly as printed.</summary>
public sealed record SdgGoal(int Goal, string Label, string? Raw, SdgKind Kind)
{
    public static string Key(SdgKind kind) => kind == SdgKind.Project ? "project" : "method";
}

/// <summary>
/// The SDG goals a sheet names (SDGsへの貢献). <see cref="Undetermined"/> says why goals the sheet prints could
/// not be attributed to it; pages then say 「原資料から特定できません」 instead of listing goals.
/// </summary>
public sealed record SdgContribution(IReadOnlyList<SdgGoal> Goals, string? Undetermined);

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
