using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>Reads the optional evaluation-sheet keys of a review's measure entry (cost, activities, target_status, sdgs).</summary>
public static class EvaluationSheetReader
{
    public static YearCost? ReadCost(Node? node)
    {
        if (node is null) return null;
        var map = node.AsMapping("unit", "budget", "settlement", "settlement_label", "staff_fte", "personnel_cost", "undetermined", "note", "other_staff");
        if (map is null) return null;
        Value? Read(string key) => map.Optional(key) is { } n ? ValueReader.Read(n) : null;
        var undetermined = map.StringList("undetermined");
        foreach (var key in undetermined.Where(k => !YearCost.Keys.Contains(k)))
            map.Optional("undetermined")!.Error($"'{key}' is not one of {string.Join(", ", YearCost.Keys)}");
        var cost = new YearCost
        {
            Unit = map.String("unit"),
            Budget = Read("budget"),
            Settlement = Read("settlement"),
            SettlementLabel = map.String("settlement_label"),
            StaffFte = Read("staff_fte"),
            PersonnelCost = Read("personnel_cost"),
            Undetermined = undetermined,
            Note = map.String("note"),
            OtherStaff = ReadOtherStaff(map.List("other_staff")),
        };
        // A figure cannot be both given and declared undeterminable: the page would contradict itself.
        var given = new Dictionary<string, Value?>
        {
            ["budget"] = cost.Budget, ["settlement"] = cost.Settlement, ["staff_fte"] = cost.StaffFte, ["personnel_cost"] = cost.PersonnelCost,
        };
        foreach (var key in undetermined.Where(k => given.TryGetValue(k, out var v) && v is not null))
            map.Optional(key)!.Error($"'{key}' has a value but is also listed as undetermined");
        if (undetermined.Count > 0 && string.IsNullOrWhiteSpace(cost.Note))
            node.Error("cost lists undetermined figures but gives no note saying why");
        return cost;
    }

    private static IReadOnlyList<OtherStaff> ReadOtherStaff(IReadOnlyList<Node> items) =>
        items.Select(item =>
        {
            var map = item.AsMapping("kind", "fte", "undetermined");
            string? kind = map?.RequiredString("kind", "the category as printed, e.g. 臨時職員");
            if (map is null || kind is null) return null;
            var fte = map.Optional("fte") is { } f ? ValueReader.Read(f) : null;
            string? undetermined = map.String("undetermined");
            // A figure cannot be both given and declared undeterminable: the page would contradict itself.
            if (fte is not null && undetermined is not null)
            {
                map.Optional("undetermined")!.Error($"other staff '{kind}' has an fte but is also marked undetermined");
                return null;
            }
            return new OtherStaff(kind, fte, undetermined);
        }).OfType<OtherStaff>().ToArray();

    public static SdgContribution? ReadSdgs(Node? node)
    {
        if (node is null) return null;
        var map = node.AsMapping("goals", "undetermined");
        if (map is null) return null;
        var goals = map.List("goals").Select(ReadSdgGoal).OfType<SdgGoal>().ToArray();
        return new SdgContribution(goals, map.String("undetermined"));
    }

    private static SdgGoal? ReadSdgGoal(Node item)
    {
        var map = item.AsMapping("goal", "label", "raw", "kind");
        if (map is null) return null;
        var goalNode = map.Required("goal", "the SDG goal number, 1–17");
        int? goal = goalNode?.AsInt();
        if (goal is not null and (< 1 or > 17))
        {
            goalNode!.Error($"goal {goal} is not an SDG goal number (1–17)");
            goal = null;
        }
        string? label = map.RequiredString("label", "the goal's label as printed, e.g. 住み続けられるまちづくりを");
        var kindNode = map.Required("kind", "project (the project itself serves the goal) or method (実施手法等の工夫)");
        string? kindText = kindNode?.AsString();
        SdgKind? kind = kindText switch { "project" => SdgKind.Project, "method" => SdgKind.Method, _ => null };
        if (kindText is not null && kind is null)
            kindNode!.Error($"'{kindText}' is not project or method");
        return goal is null || label is null || kind is null ? null : new SdgGoal(goal.Value, label, map.String("raw"), kind.Value);
    }

    public static IReadOnlyList<ActivityResult> ReadActivities(IReadOnlyList<Node> items) =>
        items.Select(item =>
        {
            var map = item.AsMapping("name", "result");
            string? name = map?.RequiredString("name", "the activity as printed (項目名)");
            var result = map?.Optional("result") is { } r ? ValueReader.Read(r) : null;
            return name is null ? null : new ActivityResult(name, result);
        }).OfType<ActivityResult>().ToArray();

    public static TargetStatus? ReadTargetStatus(Node? node)
    {
        if (node is null) return null;
        var map = node.AsMapping("state", "raw");
        var stateNode = map?.Required("state", "met, not_met or no_target");
        string? state = stateNode?.AsString();
        if (state is null) return null;
        TargetState? parsed = state switch
        {
            "met" => TargetState.Met,
            "not_met" => TargetState.NotMet,
            "no_target" => TargetState.NoTarget,
            _ => null,
        };
        if (parsed is null)
        {
            stateNode!.Error($"'{state}' is not met, not_met or no_target");
            return null;
        }
        return new TargetStatus(parsed.Value, map!.String("raw"));
    }
}
