using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>One 事務事業評価シート as read from the seed, before mapping onto the model.</summary>
public sealed record Sheet
{
    public required string Id { get; init; }
    public required int Page { get; init; }
    public required string Name { get; init; }
    public required int NameLine { get; init; }
    public required string Department { get; init; }
    public required string Account { get; init; }
    public required string Evaluator { get; init; }
    /// <summary>事業の種別 read from the check boxes printed above the evaluator (■ marks the box).</summary>
    public required string WorkType { get; init; }
    public required int EvaluatorLine { get; init; }
    /// <summary>The letter as printed (Ａ, Ｂ) and the line it stands on.</summary>
    public required string GradePrinted { get; init; }
    public required int GradeLine { get; init; }
    /// <summary>実施計画ランク; null when undetermined (see RankNote).</summary>
    public string? Rank { get; init; }
    public string? RankNote { get; init; }
    /// <summary>期間; null when undetermined (see PeriodNote).</summary>
    public string? Period { get; init; }
    public string? PeriodNote { get; init; }
    /// <summary>根拠法令; null when undetermined (see LegalBasisNote).</summary>
    public string? LegalBasis { get; init; }
    public string? LegalBasisNote { get; init; }
    public required string Purpose { get; init; }
    public required YearCost H30 { get; init; }
    public required YearCost R1 { get; init; }
    public required IReadOnlyList<(int Line, ActivityResult Activity)> Activities { get; init; }
    public string? EmptyActivityNote { get; init; }
    public required SheetIndicator Indicator { get; init; }
    public required TargetStatus TargetStatus { get; init; }
    public int? MetLine { get; init; }
    public string? Shortfall { get; init; }
    public required string Reason { get; init; }
    /// <summary>Null when the sheet prints nothing in the cell.</summary>
    public string? Improved { get; init; }
    public string? Issues { get; init; }
    public required string SdgHow { get; init; }
    /// <summary>Goal labels the curation pins to this sheet, with the line each label starts on.</summary>
    public required IReadOnlyList<(int Line, SdgGoal Goal)> SdgGoals { get; init; }
    /// <summary>The lines of every staff figure (regular and other, both years) this sheet takes, once per figure.</summary>
    public required IReadOnlyList<int> StaffLines { get; init; }
    public required IReadOnlyList<DecisionSpec> Decisions { get; init; }
}

/// <summary>The sheet's 成果指標: H30 and R1 target and actual, R2 target. A null slot is blank or undetermined (Notes say which).</summary>
public sealed record SheetIndicator(
    string Name, int Line, string Basis, string? Unit, Direction Direction,
    Value? H30Target, Value? H30Actual, Value? R1Target, Value? R1Actual, Value? R2Target,
    IReadOnlyList<string> Notes)
{
    /// <summary>Slots the source does not pin down, by fiscal year: 目標 or 実績.</summary>
    public IReadOnlyList<(int Year, string Slot)> Undetermined { get; init; } = [];

    /// <summary>What the year's row says instead of a figure, e.g. 実績は原資料から特定できません（注記を参照）.</summary>
    public string? UndeterminedNote(int year)
    {
        var slots = Undetermined.Where(u => u.Year == year).Select(u => u.Slot).ToArray();
        return slots.Length == 0 ? null : $"{string.Join("・", slots)}は{SheetReader.Undeterminable}（注記を参照）";
    }
}
