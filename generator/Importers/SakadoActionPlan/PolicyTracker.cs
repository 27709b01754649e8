namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// The 基本方針 column is a merged cell: its label is printed once, on the group's first line, and not
/// again when the group runs onto the next page (items 7, 16 and 23 open a page with an empty cell).
/// The tracker carries the label forward across lines and pages and remembers when it did so across a
/// page break, because that is the one step a reader cannot see on the page itself.
/// </summary>
public sealed class PolicyTracker
{
    private PolicyRow? _current;
    private bool _pageBreakSinceLabel;

    public int Page { get; private set; }

    public IReadOnlyList<PolicyRow> Policies => _policies;
    private readonly List<PolicyRow> _policies = new();

    /// <summary>A header row starts every page.</summary>
    public void StartPage()
    {
        Page++;
        if (_current is not null)
            _pageBreakSinceLabel = true;
    }

    public void StartPolicy(PolicyRow policy)
    {
        _current = policy;
        _pageBreakSinceLabel = false;
        _policies.Add(policy);
    }

    /// <summary>The policy an item line belongs to; null before the first label.</summary>
    public (PolicyRow? Policy, bool CarriedAcrossPage) Current => (_current, _pageBreakSinceLabel);
}
