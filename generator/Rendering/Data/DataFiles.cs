using System.IO.Compression;
using PlanSite.Model;
using PlanSite.Rendering.Charts;
using PlanSite.Rendering.Pages;

namespace PlanSite.Rendering.Data;

/// <summary>
/// The data build, separate from the HTML (as Open SDG separates them): per-indicator CSV, JSON and
/// chart SVG; per-plan CSV and JSON; the site index and a zip bundle of all of it.
/// </summary>
public static class DataFiles
{
    /// <summary>Bundle entries carry a fixed time so the zip is byte-identical for identical content.</summary>
    private static readonly DateTimeOffset FixedZipTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<OutputFile> Build(SiteContent site, IReadOnlyDictionary<string, PlanQueries> queries)
    {
        string? baseUrl = site.Info.BaseUrl;
        var perIndicator = site.Plans
            .SelectMany(plan => plan.AllIndicators.Select(indicator => (Queries: queries[plan.Id], Indicator: indicator)))
            .ToArray();
        var files = new OutputFile[perIndicator.Length * 3];
        Parallel.For(0, perIndicator.Length, i =>
        {
            var (q, indicator) = perIndicator[i];
            files[i * 3] = new OutputFile(SiteUrls.IndicatorData(q.Plan, indicator, "csv"),
                Csv.Write(DataRecords.Header, DataRecords.Rows(q, indicator, baseUrl)));
            files[i * 3 + 1] = new OutputFile(SiteUrls.IndicatorData(q.Plan, indicator, "json"), JsonData.Indicator(q, indicator, baseUrl));
            files[i * 3 + 2] = OutputFile.Text(SiteUrls.IndicatorChart(q.Plan, indicator),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + PageCharts.Indicator(q.Series(indicator), compact: false, idPrefix: "chart") + "\n");
        });

        var all = new List<OutputFile>(files);
        foreach (var plan in site.Plans)
        {
            var q = queries[plan.Id];
            all.Add(new OutputFile(SiteUrls.PlanCsv(plan),
                Csv.Write(DataRecords.Header, plan.AllIndicators.SelectMany(i => DataRecords.Rows(q, i, baseUrl)))));
            all.Add(new OutputFile(SiteUrls.PlanJson(plan), JsonData.Plan(q, baseUrl)));
        }
        all.Add(new OutputFile(SiteUrls.DataIndex, JsonData.Index(site, baseUrl)));
        all.Add(new OutputFile(SiteUrls.Bundle, Zip(all.Where(f => !f.Path.EndsWith(".svg", StringComparison.Ordinal)))));
        return all;
    }

    private static byte[] Zip(IEnumerable<OutputFile> files)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedZipTime;
                using var entryStream = entry.Open();
                entryStream.Write(file.Bytes);
            }
        return stream.ToArray();
    }
}
