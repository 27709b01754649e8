using PlanSite.Serving;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Reviews;

public class PreviewServerTests
{
    private const string Page = "plans/saitama-dx-2021-2025/indicators/2-1-1-1/";
    private const string Review = "plans/saitama-dx-2021-2025/reviews/2023.yaml";

    [Fact]
    public async Task ServesRebuildsOnChangeShowsErrorsAndKeepsTheLastGoodSite()
    {
        using var copy = new ContentCopy();
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(copy.ContentDir, RepoPaths.Templates, 0, TextWriter.Synchronized(log), TimeSpan.FromMilliseconds(200));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal("127.0.0.1", server.Address.Host);

        var first = await http.GetAsync(Page);
        string html = await first.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)first.StatusCode);
        Assert.Contains("帳票読取・入力（削減時間）", html);
        Assert.DoesNotContain("令和5年度（2023年度）</th><td", html);
        // Serve mode adds the reload script and lets it run; the published files never have it.
        Assert.Contains($"<script src=\"{PreviewMarkup.ScriptPath}\" defer></script>", html);
        Assert.Contains("script-src 'self'; connect-src 'self';", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "script-src"));
        Assert.False(Directory.Exists(Path.Combine(copy.Root, "output")));
        Assert.Equal("text/csv; charset=utf-8", (await http.GetAsync(Page.TrimEnd('/') + ".csv")).Content.Headers.ContentType!.ToString());
        Assert.Equal(200, (int)(await http.GetAsync(PreviewMarkup.ScriptPath)).StatusCode);
        int version = await Version(http);

        File.WriteAllText(copy.PathOf(Review), "fiscal_year: 2023\nindicators:\n  - {id: 2-1-1-1, actual: 3512, grade: S}\n");
        version = await WaitForRebuild(http, version);
        html = await http.GetStringAsync(Page);
        Assert.Contains("3,512", html);
        Assert.DoesNotContain("plansite-preview-errors", html);

        File.WriteAllText(copy.PathOf(Review), "fiscal_year: 2023\nindicators: [ {id: 2-1-1-1, actual: \n");
        version = await WaitForRebuild(http, version);
        var broken = await http.GetAsync(Page);
        html = await broken.Content.ReadAsStringAsync();
        Assert.Equal(200, (int)broken.StatusCode);
        Assert.Contains("plansite-preview-errors", html);
        Assert.Contains("2023.yaml:3:1: (syntax): malformed YAML", html);
        Assert.Contains("3,512", html); // the last good build is still what is shown
        Assert.Contains("2023.yaml:3:1: (syntax): malformed YAML", log.ToString());
        Assert.Contains("still serving the last good build", log.ToString());

        File.WriteAllText(copy.PathOf(Review), "fiscal_year: 2023\nindicators:\n  - {id: 2-1-1-1, actual: 3600, grade: S}\n");
        await WaitForRebuild(http, version);
        html = await http.GetStringAsync(Page);
        Assert.Contains("3,600", html);
        Assert.DoesNotContain("plansite-preview-errors", html);
    }

    [Fact]
    public async Task WithNoGoodBuildYetTheErrorsAreThePage()
    {
        using var copy = new ContentCopy();
        File.WriteAllText(copy.PathOf(Review), "fiscal_year: 2023\nindicators:\n  - {id: nope}\n");
        await using var server = await PreviewServer.StartAsync(copy.ContentDir, RepoPaths.Templates, 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Address };
        var response = await http.GetAsync("");
        Assert.Equal(503, (int)response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"2023\.yaml:3:\d+: indicators\[0\]\.id: unknown indicator id &#39;nope&#39;", html);
        Assert.DoesNotContain("'nope'", html);
    }

    private static async Task<int> Version(HttpClient http) => int.Parse(await http.GetStringAsync(PreviewMarkup.VersionPath));

    /// <summary>Bounded wait: the rebuild of the real site takes seconds on a busy 2-core machine.</summary>
    private static async Task<int> WaitForRebuild(HttpClient http, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            int now = await Version(http);
            if (now > version) return now;
            await Task.Delay(200);
        }
        throw new TimeoutException("no rebuild within 90 s");
    }
}
