namespace PlanSite.Model;

/// <summary>One fiscal year of an indicator: the plan's target beside that year's review.</summary>
public sealed record IndicatorYear(FiscalYear FiscalYear, Value? Target, Value? Actual, Grade? Grade, string? Note)
{
    public bool IsEmpty => Target is null && Actual is null && Grade is null && Note is null;
}

/// <summary>The whole story of one indicator over the plan period, ready for tables and charts.</summary>
public sealed record IndicatorSeries(Indicator Indicator, FiscalYearRange Period, IReadOnlyList<IndicatorYear> Years)
{
    /// <summary>False for a plan that has no review at all (a plan, not a progress report): there are no
    /// actuals to show, and pages and charts say so instead of drawing empty places for them.</summary>
    public bool HasReviews { get; init; } = true;

    public static IndicatorSeries For(Plan plan, Indicator indicator)
    {
        var years = plan.Period.Years.Select(year =>
        {
            var review = plan.Reviews.FirstOrDefault(r => r.FiscalYear == year);
            IndicatorResult? result = null;
            review?.Indicators.TryGetValue(indicator.Id, out result);
            return new IndicatorYear(year, indicator.TargetFor(year), result?.Actual, result?.Grade, result?.Note);
        }).ToArray();
        return new IndicatorSeries(indicator, plan.Period, years) { HasReviews = plan.Reviews.Count > 0 };
    }

    /// <summary>The latest year that has an actual or a grade, if any.</summary>
    public IndicatorYear? Latest => Years.LastOrDefault(y => y.Actual is not null || y.Grade is not null);

    public bool HasNumbers => Years.Any(y => y.Target?.IsNumber == true || y.Actual?.IsNumber == true)
                              || Indicator.Baseline?.Value.IsNumber == true;
}
