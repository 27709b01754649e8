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
        _glossary = new(() => Pages.Glossary.Of(plan));
    }

    public Indicator? Indicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>A 再掲 row's numbers are its original's.</summary>
    public Indicator SeriesSource(Indicator indicator) =>
        indicator.RepeatOf is { } id && _indicators.TryGetValue(id, out var original) ? original : indicator;

    public Measure? Measure(string id) => _measures.GetValueOrDefault(id);

    /// <summary>The terms of the plan's glossary chapter, read once per plan.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary => _glossary.Value;
    private readonly Lazy<IReadOnlyList<GlossaryTerm>> _glossary;

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

    /// <summary>How current the page's data is, said from the content (never the build clock).</summary>
    public string UpdatedText => Updated(Plan);

    public static string Updated(Plan plan)
    {
        var latest = plan.Reviews.Count == 0 ? null : plan.Reviews[^1];
        if (latest is null) return "評価・実績の掲載はありません（計画の内容のみ）";
        return latest.Published is { } date
            ? $"更新日：{date.Year}年{date.Month}月{date.Day}日（{latest.FiscalYear.Display}の評価まで掲載）"
            : $"{latest.FiscalYear.Display}の評価まで掲載";
    }

    // The same series and full-size chart feed an indicator's page, embed, SVG, CSV and JSON (and the
    // plan's CSV and JSON); computing them once per indicator saves most of the data and page work.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Indicator, IndicatorSeries> _series = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Indicator, string> _charts = new(ReferenceEqualityComparer.Instance);

    public IndicatorSeries Series(Indicator indicator) => _series.GetOrAdd(indicator, i => IndicatorSeries.For(Plan, SeriesSource(i)));

    /// <summary>The indicator's full-size chart as SVG markup (the page, the embed and the .svg file show the same one).</summary>
    public string Chart(Indicator indicator) => _charts.GetOrAdd(indicator, i => PageCharts.Indicator(Series(i), compact: false, idPrefix: "chart"));
}
