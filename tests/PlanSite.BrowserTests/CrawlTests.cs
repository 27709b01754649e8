using System.Text;
using PlanSite.BrowserTests.Support;
using PlanSite.Model;
using Xunit.Abstractions;

namespace PlanSite.BrowserTests;

/// <summary>
/// The whole site, crawled once from / in chromium at 320 px wide (see <see cref="SiteCrawler"/>):
/// links and assets resolve, every generated page is reachable, nothing overflows, every chart is
/// named, and every indicator table shows the content's values.
/// </summary>
[Collection(PublishedSite.Name)]
public sealed class CrawlTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_internal_link_stylesheet_and_image_resolves_with_200()
    {
        var crawl = await site.Crawl;
        output.WriteLine($"Crawled {crawl.Pages.Count} pages and {crawl.Assets.Count} other files in {crawl.Elapsed.TotalSeconds:0.0} s; " +
                         $"{crawl.References.Count} references, {crawl.ExternalReferences} to other sites (not followed).");
        foreach (var slow in crawl.Pages.Values.OrderByDescending(p => p.LoadTime + p.ProbeTime).Take(5))
            output.WriteLine($"  slowest: {slow.Path} load {slow.LoadTime.TotalMilliseconds:0} ms, probe {slow.ProbeTime.TotalMilliseconds:0} ms");
        output.WriteLine($"  mean load {crawl.Pages.Values.Average(p => p.LoadTime.TotalMilliseconds):0} ms, mean probe {crawl.Pages.Values.Average(p => p.ProbeTime.TotalMilliseconds):0} ms");
        var broken = new List<string>();
        foreach (var reference in crawl.References)
        {
            if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out var url))
            {
                broken.Add($"{reference.FromPage}: {reference.Kind} \"{reference.Text}\" → unparsable URL {reference.Url}");
                continue;
            }
            if (url.Scheme is not ("http" or "https") || url.Authority != site.BaseUrl.Authority) continue;
            string path = url.AbsolutePath;
            int status = crawl.Pages.TryGetValue(path, out var page) ? page.Status
                : crawl.Assets.TryGetValue(path, out var asset) ? asset.Status : -1;
            if (status != 200)
                broken.Add($"{reference.FromPage}: {reference.Kind} \"{reference.Text}\" → {path} answered {status}");
        }
        Assert.True(crawl.Pages.Count > 1, "The crawl found no page beyond the home page.");
        Assert.True(broken.Count == 0, $"{broken.Count} broken internal reference(s):\n" + string.Join("\n", broken.Distinct().Take(60)));
    }

    [Fact]
    public async Task Every_link_to_a_fragment_points_at_an_element_that_exists()
    {
        var crawl = await site.Crawl;
        var missing = new List<string>();
        foreach (var reference in crawl.References)
        {
            if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out var url) || url.Fragment.Length <= 1
                || url.Authority != site.BaseUrl.Authority || !crawl.Pages.TryGetValue(url.AbsolutePath, out var target))
                continue;
            string id = Uri.UnescapeDataString(url.Fragment[1..]);
            if (!target.Ids.Contains(id))
                missing.Add($"{reference.FromPage}: {reference.Kind} \"{reference.Text}\" → {url.AbsolutePath}#{id}, but there is no element with that id");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing.Distinct().Take(40)));
    }

    [Fact]
    public async Task Every_generated_page_is_reachable_by_following_links_from_the_home_page()
    {
        var crawl = await site.Crawl;
        // Redirect pages (moved pages, 再掲 entries) are reached by old links, not by the site's own.
        var all = Directory.GetFiles(site.OutDir, "index.html", SearchOption.AllDirectories);
        var redirects = all.Where(file => File.ReadAllText(file).Contains("http-equiv=\"refresh\"")).ToArray();
        foreach (var redirect in redirects)
        {
            string target = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(redirect), "content=\"0; url=([^\"]+)\"").Groups[1].Value;
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(redirect)!, target, "index.html")), $"{redirect} redirects to {target}, which does not exist");
        }
        var generated = all.Except(redirects)
            .Select(file => Path.GetRelativePath(site.OutDir, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Select(dir => dir == "." ? "/" : "/" + string.Join('/', dir.Split('/').Select(Uri.EscapeDataString)) + "/")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var orphans = generated.Where(path => !crawl.Pages.ContainsKey(path)).ToArray();
        output.WriteLine($"{generated.Length} generated pages, {crawl.Pages.Count} reached by links, {redirects.Length} redirect pages.");
        Assert.True(orphans.Length == 0,
            $"{orphans.Length} of {generated.Length} generated pages are not linked from anywhere reachable from / (orphans):\n" +
            string.Join("\n", orphans.Take(100)));
    }

    [Fact]
    public async Task No_page_logs_a_console_error_or_a_content_security_policy_violation()
    {
        var crawl = await site.Crawl;
        var errors = crawl.Pages.Values.Where(p => p.ConsoleErrors.Count > 0)
            .Select(p => $"{p.Path}:\n  " + string.Join("\n  ", p.ConsoleErrors.Distinct().Take(5))).ToArray();
        Assert.True(errors.Length == 0, $"{errors.Length} page(s) log errors in the browser console:\n" + string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public async Task No_page_scrolls_sideways_at_320_px_wide()
    {
        var crawl = await site.Crawl;
        var failures = new List<string>();
        foreach (var page in crawl.Pages.Values.Where(p => p.Status == 200))
        {
            var layout = page.Layout;
            if (layout.ScrollWidth > layout.ClientWidth || layout.ScrollWidth > SiteCrawler.ViewportWidth)
                failures.Add($"{page.Path}: document is {layout.ScrollWidth} px wide in a {layout.ClientWidth} px viewport; sticking out:\n    " +
                             string.Join("\n    ", layout.Overflowing));
            if (layout.HtmlOverflowX is "hidden" or "clip" || layout.BodyOverflowX is "hidden" or "clip")
                failures.Add($"{page.Path}: html/body overflow-x is {layout.HtmlOverflowX}/{layout.BodyOverflowX}, which would hide overflowing content instead of reflowing it");
        }
        Assert.True(failures.Count == 0,
            $"{failures.Count} problem(s) at {SiteCrawler.ViewportWidth} px (wide tables belong inside a .table-scroll container):\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task Every_chart_on_every_page_has_an_accessible_name_and_a_text_alternative()
    {
        var crawl = await site.Crawl;
        var charts = crawl.Pages.Values.SelectMany(p => p.Charts.Select(c => (p.Path, Chart: c))).ToArray();
        var failures = charts.Where(c => c.Chart.Name.Length == 0 || c.Chart.TextAlternative.Length == 0)
            .Select(c => $"{c.Path} {c.Chart.Where}: " +
                         (c.Chart.Name.Length == 0 ? "no accessible name (aria-labelledby/aria-label/<title>)" : "") +
                         (c.Chart.Name.Length == 0 && c.Chart.TextAlternative.Length == 0 ? "; " : "") +
                         (c.Chart.TextAlternative.Length == 0 ? "no text alternative (<desc>, aria-describedby or <figcaption>)" : ""))
            .ToArray();
        output.WriteLine($"{charts.Length} charts on {crawl.Pages.Count} pages.");
        Assert.True(failures.Length == 0, $"{failures.Length} chart(s) without a name or text alternative:\n" + string.Join("\n", failures.Take(30)));
    }

    [Fact]
    public async Task Every_indicator_page_shows_a_table_with_the_content_values()
    {
        var crawl = await site.Crawl;
        var failures = new List<string>();
        int checkedTables = 0;
        foreach (var plan in site.Content.Plans)
        {
            // 再掲 rows of 再掲 entries have no page: their URL redirects to the original (unit-tested).
            foreach (var indicator in PlanSite.Rendering.Pages.OwnPages.Indicators(plan))
            {
                string path = "/" + TestContent.IndicatorUrl(plan, indicator);
                if (!crawl.Pages.TryGetValue(path, out var page))
                {
                    failures.Add($"{path}: not reached by the crawl");
                    continue;
                }
                if (page.ValuesTable is null)
                {
                    failures.Add($"{path}: no table.values in main");
                    continue;
                }
                var expected = IndicatorTable.ExpectedRows(plan, indicator);
                string? difference = IndicatorTable.Compare(expected, page.ValuesTable);
                if (difference is not null) failures.Add($"{path}: {difference}");
                checkedTables++;
            }
        }
        output.WriteLine($"{checkedTables} indicator tables compared with the content.");
        Assert.True(failures.Count == 0, $"{failures.Count} indicator page(s) differ from the content:\n" + string.Join("\n", failures.Take(30)));
    }
}

/// <summary>What an indicator page's table must show, row by row, derived from the content model.</summary>
public static class IndicatorTable
{
    public const string Missing = "記載なし";
    public const string NoGrade = "評価なし";

    public static IReadOnlyList<IReadOnlyList<string>> ExpectedRows(Plan plan, Indicator indicator)
    {
        var series = TestContent.Series(plan, indicator);
        // A plan without any review (a plan, not a progress report) shows targets only: no actual or grade column.
        bool targetsOnly = plan.Reviews.Count == 0;
        var rows = new List<IReadOnlyList<string>> { targetsOnly ? new[] { "年度", "目標" } : new[] { "年度", "目標", "実績", "評価" } };
        if (series.Indicator.Baseline is { } baseline)
        {
            string? label = baseline.Label ?? baseline.FiscalYear?.Display;
            string heading = "基準値" + (label is null ? "" : $"（{label}）");
            rows.Add(targetsOnly ? new[] { heading, TestContent.Shown(baseline.Value)! } : new[] { heading, TestContent.Shown(baseline.Value)!, "－" });
        }
        foreach (var year in series.Years)
        {
            if (targetsOnly)
            {
                rows.Add(new[] { year.FiscalYear.Display, TestContent.Shown(year.Target) ?? Missing });
                continue;
            }
            string grade = year.Grade is null ? NoGrade : year.Grade.Key + year.Grade.Label;
            if (year.Note is not null) grade += " " + year.Note;
            rows.Add(new[] { year.FiscalYear.Display, TestContent.Shown(year.Target) ?? Missing, TestContent.Shown(year.Actual) ?? Missing, Normalize(grade) });
        }
        return rows;
    }

    public static string? Compare(IReadOnlyList<IReadOnlyList<string>> expected, IReadOnlyList<IReadOnlyList<string>> actual)
    {
        var message = new StringBuilder();
        for (int i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            string want = i < expected.Count ? string.Join(" | ", expected[i].Select(Normalize)) : "(no row)";
            string got = i < actual.Count ? string.Join(" | ", actual[i]) : "(no row)";
            if (want != got) message.Append($"\n    row {i}: expected [{want}]\n           shown    [{got}]");
        }
        return message.Length == 0 ? null : "table differs from the content:" + message;
    }

    private static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
