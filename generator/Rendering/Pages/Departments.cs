using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>A department the plan names as owner, with the measures (that have a page) it owns, in document order.</summary>
public sealed record Department(string Name, IReadOnlyList<Measure> Measures);

/// <summary>
/// Which departments get a page. Only measures with a page of their own count (OwnPages), so a
/// 再掲 entry is listed once, under its original; a department named only on 再掲 entries would
/// have nothing to list and gets no page. Renderer, permanent-URL check and sitemap all ask here.
/// </summary>
public static class Departments
{
    /// <summary>In order of first appearance in the plan, which is how the document introduces them.</summary>
    public static IReadOnlyList<Department> Of(Plan plan)
    {
        var byName = new Dictionary<string, List<Measure>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var measure in OwnPages.Measures(plan))
            foreach (var owner in measure.Owners.Distinct(StringComparer.Ordinal))
            {
                if (!byName.TryGetValue(owner, out var list))
                {
                    byName[owner] = list = new List<Measure>();
                    order.Add(owner);
                }
                list.Add(measure);
            }
        return order.Select(name => new Department(name, byName[name])).ToArray();
    }
}
