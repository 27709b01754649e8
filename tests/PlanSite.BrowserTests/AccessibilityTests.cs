using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using PlanSite.BrowserTests.Support;
using Xunit.Abstractions;

namespace PlanSite.BrowserTests;

/// <summary>
/// axe-core with the WCAG 2.0 and 2.1 level A and AA rules (JIS X 8341-3:2016 AA is WCAG 2.0 AA)
/// on one page of each page type per plan. A scan costs a few seconds, so the whole-site checks
/// live in the crawl instead.
/// </summary>
[Collection(PublishedSite.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    private static readonly string[] WcagTags = { "wcag2a", "wcag2aa", "wcag21a", "wcag21aa" };

    public static TheoryData<string, string> Samples => PageTypes.Samples;

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Axe_finds_no_WCAG_2_1_A_or_AA_violations(string kind, string path)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var context = await site.NewContextAsync();
        var page = await site.OpenAsync(context, path);
        var opened = clock.Elapsed;
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags.ToList() },
        });
        output.WriteLine($"opened in {opened.TotalSeconds:0.00} s, scanned in {(clock.Elapsed - opened).TotalSeconds:0.00} s");
        output.WriteLine($"{kind} /{path}: {result.Passes.Length} rules passed, {result.Incomplete.Length} need review, {result.Violations.Length} violated.");
        foreach (var item in result.Incomplete)
            output.WriteLine($"  needs review: {item.Id} ({item.Nodes.Length} nodes) {item.Help}");
        Assert.True(result.Violations.Length == 0, Describe(kind, path, result.Violations));
    }

    private static string Describe(string kind, string path, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"axe found {violations.Length} violated rule(s) on the {kind} page /{path}:");
        foreach (var violation in violations)
        {
            text.Append($"\n- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(8))
            {
                text.Append($"\n    at {node.Target?.Selector ?? node.Target?.ToString()}: {Shorten(node.Html)}");
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Message)).Take(3))
                    text.Append($"\n       {check.Id}: {check.Message}");
            }
            if (violation.Nodes.Length > 8) text.Append($"\n    … and {violation.Nodes.Length - 8} more");
        }
        return text.ToString();
    }

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
