using PlanSite.Model;

namespace PlanSite.Rendering.Pages;

/// <summary>Questions pages ask of a plan: where a measure sits, what its latest grade is.</summary>
public sealed class PlanQueries
{
    private readonly Dictionary<string, Measure> _measures;
    private readonly Dictionary<string, Indicator> _indicators;

    public Plan Plan { get; }

    public PlanQueries(Plan plan)
    {
        Plan = plan;
        _measures = plan.AllMeasures.ToDictionary(m => m.Id);
        _indicators = plan.AllIndicators.ToDictionary(i => i.Id);
    }

    public Indicator? Indicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>A 再掲 row's numbers are its original's.</summary>
    public Indicator SeriesSource(Indicator indicator) =>
        indicator.RepeatOf is { } id && _indicators.TryGetValue(id, out var original) ? original : indicator;

    public Measure? Measure(string id) => _measures.GetValueOrDefault(id);

    /// <summary>From the top-level measure down to <paramref name="measure"/>'s parent.</summary>
    public IReadOnlyList<Measure> Ancestors(Measure measure)
    {
        var chain = new List<Measure>();
        for (var id = measure.ParentId; id is not null && _measures.TryGetValue(id, out var parent); id = parent.ParentId)
            chain.Insert(0, parent);
        return chain;
    }

    /// <summary>The latest review that grades this measure.</summary>
    public (FiscalYear Year, Grade Grade)? LatestGrade(Measure measure)
    {
        foreach (var review in Plan.Reviews.Reverse())
            if (review.Measures.TryGetValue(measure.Id, out var r) && r.Grade is not null)
                return (review.FiscalYear, r.Grade);
        return null;
    }

    /// <summary>The latest fiscal year in which any of the plan's reviews gives a grade.</summary>
    public Review? LatestGradedReview =>
        Plan.Reviews.LastOrDefault(r => r.Measures.Values.Any(m => m.Grade is not null) || r.Indicators.Values.Any(i => i.Grade is not null));

    public IndicatorSeries Series(Indicator indicator) => IndicatorSeries.For(Plan, SeriesSource(indicator));
}
