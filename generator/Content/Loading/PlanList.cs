using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>
/// The site's plans in folder order, of which some may be held back: a plan the build will not render
/// (unchanged since the last build) is read from the plan cache only if something asks for it. Every
/// plan is still there for whoever needs it, so nothing can see fewer plans than the content has;
/// the build itself asks only for the plans it renders, and makes the site-wide files from outlines.
/// </summary>
internal sealed class PlanList(IEnumerable<Lazy<Plan>> plans) : IReadOnlyList<Plan>
{
    private readonly Lazy<Plan>[] _plans = plans.ToArray();

    public Plan this[int index] => _plans[index].Value;

    public int Count => _plans.Length;

    /// <summary>How many plans have been read so far (held-back plans are not until asked for).</summary>
    public int LoadedCount => _plans.Count(p => p.IsValueCreated);

    public IEnumerator<Plan> GetEnumerator() => _plans.Select(p => p.Value).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
