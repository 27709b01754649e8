using System.Globalization;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Data;

/// <summary>
/// One row per indicator and fiscal year: the shape of every CSV PlanSite publishes
/// (docs/data-formats.md). Numbers are canonical (no separators); the *_raw columns keep the source text.
/// </summary>
public static class DataRecords
{
    public static readonly IReadOnlyList<string> Header =
    [
        "municipality", "plan_id", "plan_title", "measure_id", "measure_code", "measure_title",
        "indicator_id", "indicator_name", "unit", "direction", "repeat_of",
        "fiscal_year", "fiscal_year_label", "target", "target_raw", "actual", "actual_raw", "grade", "grade_label", "result_note",
        "baseline", "baseline_raw", "baseline_label", "final_target", "final_target_raw", "final_target_label",
        "source_title", "source_file", "source_line", "url",
    ];

    public static IEnumerable<IReadOnlyList<string?>> Rows(PlanQueries queries, Indicator indicator, string? baseUrl)
    {
        var plan = queries.Plan;
        var measure = queries.Measure(indicator.MeasureId)!;
        var series = queries.Series(indicator);
        var source = series.Indicator;
        string? url = baseUrl is null ? null : baseUrl + SiteUrls.Indicator(plan, indicator);
        foreach (var year in series.Years)
        {
            yield return
            [
                plan.Municipality.Display, plan.Id, plan.Title, measure.Id, measure.Code, measure.Title,
                indicator.Id, indicator.Name, source.Unit, DirectionKey(source.Direction), indicator.RepeatOf,
                year.FiscalYear.ToString(), year.FiscalYear.EraName,
                Number(year.Target), year.Target?.Raw, Number(year.Actual), year.Actual?.Raw, year.Grade?.Key, year.Grade?.Label, year.Note,
                Number(source.Baseline?.Value), source.Baseline?.Value.Raw, source.Baseline?.Label ?? source.Baseline?.FiscalYear?.EraName,
                Number(source.FinalTarget?.Value), source.FinalTarget?.Value.Raw, source.FinalTarget?.Label,
                plan.Source.Title, plan.Source.File, source.SourceLine?.ToString(CultureInfo.InvariantCulture), url,
            ];
        }
    }

    public static string DirectionKey(Direction direction) => direction.ToString().ToLowerInvariant();

    private static string? Number(Value? value) => value?.Number is { } n ? Value.Canonical(n) : null;
}
