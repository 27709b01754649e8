using System.Text;
using PlanSite.Model;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Data;

/// <summary>
/// The data build, separate from the HTML (as Open SDG separates them): per-indicator CSV, JSON and
/// chart SVG; per-plan CSV and JSON; the site index. The zip bundle of all of it is ZipBundle's.
/// </summary>
public static class DataFiles
{
    /// <summary>
    /// A plan's data files as independent renders: a caller makes them one at a time (writing and
    /// dropping each) or side by side.
    /// </summary>
    public static IEnumerable<Func<OutputFile>> ForPlan(SiteContent site, PlanQueries q)
    {
        string? baseUrl = site.Info.BaseUrl;
        var plan = q.Plan;
        foreach (var indicator in plan.AllIndicators)
        {
            yield return () => new OutputFile(SiteUrls.IndicatorData(plan, indicator, "csv"),
                Csv.Write(DataRecords.Header, DataRecords.Rows(q, indicator, baseUrl)));
            yield return () => new OutputFile(SiteUrls.IndicatorData(plan, indicator, "json"), JsonData.Indicator(q, indicator, baseUrl));
            yield return () => new OutputFile(SiteUrls.IndicatorChart(plan, indicator), SvgFile(q.Chart(indicator)));
        }
        yield return () => new OutputFile(SiteUrls.PlanCsv(plan),
            Csv.Write(DataRecords.Header, plan.AllIndicators.SelectMany(i => DataRecords.Rows(q, i, baseUrl))));
        yield return () => new OutputFile(SiteUrls.PlanJson(plan), JsonData.Plan(q, baseUrl));
    }

    private static readonly byte[] XmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8.ToArray();

    /// <summary>The chart markup as a standalone .svg file, encoded straight into its bytes (no concatenated copy).</summary>
    private static byte[] SvgFile(string chart)
    {
        var bytes = new byte[XmlDeclaration.Length + Encoding.UTF8.GetByteCount(chart) + 1];
        XmlDeclaration.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(chart, bytes.AsSpan(XmlDeclaration.Length));
        bytes[^1] = (byte)'\n';
        return bytes;
    }

    public static OutputFile Index(SiteContent site, IReadOnlyList<PlanOutline> plans) => new(SiteUrls.DataIndex, JsonData.Index(site, plans, site.Info.BaseUrl));

    /// <summary>Whether a data file goes into the bundle: the CSV and JSON files (not the chart images).</summary>
    public static bool IsBundleMember(ReadOnlySpan<char> path) =>
        path.EndsWith(".csv", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal);
}
