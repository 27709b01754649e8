using PlanSite.Model;

namespace PlanSite.Reviews;

/// <summary>What an import would change in an existing review, one line per measure or indicator, so staff can check before replacing it.</summary>
public static class ReviewChanges
{
    public static IReadOnlyList<string> Between(Review before, Review after)
    {
        var lines = new List<string>();
        foreach (var id in Ids(before.Measures.Keys, after.Measures.Keys))
        {
            var a = before.Measures.GetValueOrDefault(id);
            var b = after.Measures.GetValueOrDefault(id);
            var parts = new List<string>();
            if (a?.Grade?.Key != b?.Grade?.Key) parts.Add($"grade {Show(a?.Grade?.Key)} → {Show(b?.Grade?.Key)}");
            if (!Same(a?.Commentary, b?.Commentary)) parts.Add("commentary changed");
            if (parts.Count > 0) lines.Add($"measure {id}: {string.Join("; ", parts)}");
        }
        foreach (var id in Ids(before.Indicators.Keys, after.Indicators.Keys))
        {
            var a = before.Indicators.GetValueOrDefault(id);
            var b = after.Indicators.GetValueOrDefault(id);
            var parts = new List<string>();
            if (a?.Actual != b?.Actual) parts.Add($"actual {Show(a?.Actual?.Raw)} → {Show(b?.Actual?.Raw)}");
            if (a?.Grade?.Key != b?.Grade?.Key) parts.Add($"grade {Show(a?.Grade?.Key)} → {Show(b?.Grade?.Key)}");
            if (a?.Note != b?.Note) parts.Add("comment changed");
            if (parts.Count > 0) lines.Add($"indicator {id}: {string.Join("; ", parts)}");
        }
        return lines;
    }

    private static IEnumerable<string> Ids(IEnumerable<string> a, IEnumerable<string> b) => a.Concat(b).Distinct();

    private static bool Same(IReadOnlyList<Commentary>? a, IReadOnlyList<Commentary>? b) =>
        (a ?? []).SequenceEqual(b ?? []);

    private static string Show(string? text) => text is null ? "(none)" : $"'{text}'";
}
