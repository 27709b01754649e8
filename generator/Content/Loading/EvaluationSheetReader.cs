using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>Reads the optional evaluation-sheet keys of a review's measure entry (cost, activities, target_status).</summary>
public static class EvaluationSheetReader
{
    public static YearCost? ReadCost(Node? node)
    {
        if (node is null) return null;
        var map = node.AsMapping("unit", "budget", "settlement", "settlement_label", "staff_fte", "personnel_cost", "undetermined", "note");
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
