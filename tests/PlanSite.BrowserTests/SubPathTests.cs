using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanSite.BrowserTests.Support;
using PlanSite.Site;
using static Microsoft.Playwright.Assertions;

namespace PlanSite.BrowserTests;

/// <summary>
/// The real site built for a sub-path base URL (https://www.city.example.lg.jp/plan/) and served
/// under /plan/ with the site's 404.html for unknown URLs, as a city's web server would host it.
/// </summary>
public sealed class SubPathSite : IAsyncLifetime
{
    public const string PathBase = "/plan";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"plansite-subpath-{Guid.NewGuid():N}");
    private StaticSiteServer? _server;

    public Uri BaseUrl => _server!.BaseUrl;

    public async Task InitializeAsync()
    {
        // Inside a folder of _root, so the plan cache beside the output is deleted with it.
        string site = Path.Combine(_root, "site");
        SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, site,
            new BuildOptions { BaseUrl = "https://www.city.example.lg.jp" + PathBase + "/" });
        _server = await StaticSiteServer.StartAsync(site, PathBase, notFoundPage: true);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

[Collection(PublishedSite.Name)]
public sealed partial class SubPathTests(SiteFixture site, SubPathSite subPath) : IClassFixture<SubPathSite>
{
    [GeneratedRegex("""\s(?:href|src)="([^"]*)"|\sxlink:href="([^"]*)"|url=([^"]+)">""")]
    private static partial Regex References();

    [Fact]
    public async Task Every_link_and_asset_of_every_page_resolves_under_the_sub_path()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var origin = subPath.BaseUrl.GetLeftPart(UriPartial.Authority);
        var queue = new Queue<Uri>([subPath.BaseUrl, new Uri(subPath.BaseUrl, "404.html")]);
        var seen = new HashSet<string>(queue.Select(u => u.AbsoluteUri));
        var problems = new List<string>();
        int pages = 0, files = 0;
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            using var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url.AbsolutePath}: {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                files++;
                continue;
            }
            pages++;
            string html = await response.Content.ReadAsStringAsync();
            foreach (Match match in References().Matches(html))
            {
                string raw = WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value
                    : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value);
                if (raw.StartsWith('#') || raw.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var target = new Uri(url, raw);
                // Canonical, feed and embed URLs name the public host on purpose; map them onto this server.
                if (target.Host == "www.city.example.lg.jp")
                    target = new Uri(origin + target.PathAndQuery);
                if (target.GetLeftPart(UriPartial.Authority) != origin) continue;
                if (!target.AbsolutePath.StartsWith(SubPathSite.PathBase + "/", StringComparison.Ordinal))
                {
                    problems.Add($"{url.AbsolutePath}: '{raw}' leaves {SubPathSite.PathBase}/");
                    continue;
                }
                var clean = new UriBuilder(target) { Fragment = "" }.Uri;
                if (seen.Add(clean.AbsoluteUri)) queue.Enqueue(clean);
            }
        }
        Assert.True(problems.Count == 0, $"{problems.Count} broken reference(s):\n" + string.Join("\n", problems.Take(30)));
        int expectedPages = site.Content.Plans.Sum(p => p.AllIndicators.Count());
        Assert.True(pages > expectedPages, $"only {pages} pages crawled for {expectedPages} indicators");
        Assert.True(files > expectedPages * 2, $"only {files} data files and assets reached");
    }

    [Fact]
    public async Task An_unknown_url_shows_the_404_page_styled_and_its_links_lead_back_into_the_site()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(subPath.BaseUrl, "plans/no-such-plan/indicators/x/").ToString());
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // The stylesheet is linked by an absolute path: it must load under /plan/ at any depth.
        int rules = await page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(rules > 10, $"the 404 page at depth 4 loaded {rules} CSS rules");

        var plan = site.Content.Plans[0];
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = plan.Title, Exact = false }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(subPath.BaseUrl, $"plans/{plan.Id}/").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(plan.Title);
    }
}
