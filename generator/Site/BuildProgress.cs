namespace PlanSite.Site;

/// <summary>A step of a build, reported as it happens so a long build shows it is moving (e.g. "plans 3/5: saitama-dx-2021-2025").</summary>
/// <param name="Step">The build phase: plans, site files, publish.</param>
/// <param name="Item">What was just done: a plan id, with "(unchanged, kept)" when its files were carried over.</param>
public sealed record BuildProgress(string Step, int Done, int Total, string Item)
{
    public override string ToString() => $"{Step} {Done}/{Total}: {Item}";
}
