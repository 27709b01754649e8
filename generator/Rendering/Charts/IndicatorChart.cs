using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// The chart of one indicator over the plan period, as a self-contained accessible SVG string
/// (root has xmlns, viewBox, role="img", aria-labelledby → &lt;title&gt; and &lt;desc&gt;).
/// </summary>
public static class IndicatorChart
{
    /// <summary>
    /// Chooses the form that tells the truth about the data:
    /// <list type="bullet">
    /// <item>neither a target nor an actual in any year → a small SVG that says 「データなし」 (never null);</item>
    /// <item>no number to plot (Direction.Qualitative, or only words) → a status-word timeline;</item>
    /// <item>otherwise → bars of targets (dashed outline) and actuals (solid) per fiscal year from zero, with the
    /// baseline as a dash-dot line; words and missing years are never drawn as zero.</item>
    /// </list>
    /// The x axis is every fiscal year of <see cref="IndicatorSeries.Period"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The id prefix is not a valid id, or the size is too small for the period.</exception>
    public static string Render(IndicatorSeries series, ChartOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        ChartIds.Validate(options.IdPrefix);
        if (options.ViewWidth < 120 || options.ViewHeight < 80)
            throw new ArgumentException("Chart width must be at least 120 and height at least 80.", nameof(options));

        var years = ChartSummary.YearsOf(series);
        if (years.All(y => y.Target is null && y.Actual is null))
            return NoDataChart.Render(series, options);

        bool plottable = years.Any(y => ValueText.IsPlottable(y.Target, series.Indicator)
                                        || ValueText.IsPlottable(y.Actual, series.Indicator));
        if (series.Indicator.Direction == Direction.Qualitative || !plottable)
            return StatusTimelineChart.Render(series, options);
        return NumericIndicatorChart.Render(series, options);
    }
}
