using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Data;

/// <summary>
/// The data build, separate from the HTML (as Open SDG separates them): per-indicator CSV, JSON and
/// chart SVG; per-plan CSV and JSON; the site index. The zip bundle of all of it is ZipBundle's.
/// </summary>
public static class DataFiles
{
    /// <summary>A plan's data files, produced one at a time so a caller can write and drop each.</summary>
    public static IEnumerable<OutputFile> ForPlan(SiteContent site, PlanQueries q)
    {
        string? baseUrl = site.Info.BaseUrl;
        var plan = q.Plan;
        foreach (var indicator in plan.AllIndicators)
        {
            yield return new OutputFile(SiteUrls.IndicatorData(plan, indicator, "csv"),
                Csv.Write(DataRecords.Header, DataRecords.Rows(q, indicator, baseUrl)));
            yield return new OutputFile(SiteUrls.IndicatorData(plan, indicator, "json"), JsonData.Indicator(q, indicator, baseUrl));
            yield return OutputFile.Text(SiteUrls.IndicatorChart(plan, indicator),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + q.Chart(indicator) + "\n");
        }
        yield return new OutputFile(SiteUrls.PlanCsv(plan),
            Csv.Write(DataRecords.Header, plan.AllIndicators.SelectMany(i => DataRecords.Rows(q, i, baseUrl))));
        yield return new OutputFile(SiteUrls.PlanJson(plan), JsonData.Plan(q, baseUrl));
    }

    public static OutputFile Index(SiteContent site) => new(SiteUrls.DataIndex, JsonData.Index(site, site.Info.BaseUrl));

    /// <summary>Whether the file goes into the bundle (all data except the chart images).</summary>
    public static bool IsBundled(string path) => !path.EndsWith(".svg", StringComparison.Ordinal);
}
