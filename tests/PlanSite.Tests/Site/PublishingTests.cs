using System.Security.Cryptography;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PlanSite.Site;
using PlanSite.Site.Permalinks;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Site;

/// <summary>What keeps published links working and citable: the URL manifest, redirects, base URL, feeds.</summary>
public class PublishingTests
{
    private const string OldIndicator = "plans/demo/indicators/1-1-1/";
    private const string NewIndicator = "plans/demo/indicators/1-1-count/";

    private static string Out(TempContent content, string name = "output") => Path.Combine(content.Root, name);

    private static TempContent Demo() =>
        new TempContent().With("site.yaml", "title: テストの計画サイト\nbase_url: https://plansite.example/\n").WithValidPlan();

    private static BuildResult Build(TempContent content, BuildOptions? options = null, string name = "output") =>
        SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, Out(content, name), options);

    private static string ManifestPath(TempContent content) => Path.Combine(content.ContentDir, UrlManifest.FileName);

    /// <summary>The demo plan with its manifest recorded, then the indicator 1-1-1 renamed.</summary>
    private static TempContent RenamedIndicator()
    {
        var content = Demo();
        Build(content, new BuildOptions { UpdateManifest = true });
        return content
            .With("plans/demo/plan.yaml", TempContent.ValidPlan.Replace("id: 1-1-1", "id: 1-1-count"))
            .With("plans/demo/reviews/2021.yaml", TempContent.ValidReview.Replace("id: 1-1-1,", "id: 1-1-count,"));
    }

    [Fact]
    public void UpdateManifestRecordsEveryPageAndAPlainBuildNeverChangesIt()
    {
        using var content = Demo();
        var first = Build(content);
        Assert.False(File.Exists(ManifestPath(content)), "a plain build must not write the manifest");
        Assert.Contains(first.Warnings, w => w.Contains("--update-manifest"));

        Build(content, new BuildOptions { UpdateManifest = true });
        var urls = File.ReadAllLines(ManifestPath(content)).Where(l => !l.StartsWith('#')).ToArray();
        Assert.Contains("/", urls);
        Assert.Contains("/plans/demo/", urls);
        Assert.Contains("/" + OldIndicator, urls);
        Assert.Contains("/plans/demo/measures/1-1/", urls);

        content.With("plans/demo/plan.yaml", TempContent.ValidPlan.Replace(
            "targets: {2021: 7553, 2022: 7000}",
            "targets: {2021: 7553, 2022: 7000}\n          - {id: 1-1-3, name: 新しい指標}"));
        Assert.Contains("1-1-3", File.ReadAllText(Path.Combine(content.ContentDir, "plans/demo/plan.yaml")));
        string before = File.ReadAllText(ManifestPath(content));
        var plain = Build(content);
        Assert.Equal(before, File.ReadAllText(ManifestPath(content)));
        Assert.Contains(plain.Warnings, w => w.Contains("plans/demo/indicators/1-1-3/"));
    }

    [Fact]
    public void RenamingAPublishedIndicatorFailsTheBuildAndKeepsTheOldSite()
    {
        using var content = RenamedIndicator();
        string oldPage = Path.Combine(Out(content), OldIndicator, "index.html");
        string before = File.ReadAllText(oldPage);

        var error = Assert.Throws<PermalinkException>(() => Build(content));
        Assert.Contains($"'/{OldIndicator}' was published and would disappear", error.Message);
        Assert.Contains("redirects.yaml", error.Message);
        Assert.Equal(before, File.ReadAllText(oldPage));
    }

    [Fact]
    public void CliExplainsABrokenPermalinkAndExitsNonZero()
    {
        using var content = RenamedIndicator();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PlanSite.Cli.PlanSiteCommand.Run(
            ["build", "--content", content.ContentDir, "--templates", RepoPaths.Templates, "--out", Out(content)], stdout, stderr);
        Assert.NotEqual(0, exit);
        Assert.Contains(OldIndicator, stderr.ToString());
    }

    /// <summary>The renamed indicator with its old URL declared as moved.</summary>
    private static TempContent RedirectedIndicator() =>
        RenamedIndicator().With("redirects.yaml", $"""
            - from: {OldIndicator}
              to: {NewIndicator}
              reason: 指標IDを整理したため
            """);

    [Fact]
    public void ValidateChecksARedirectedSiteLikeTheBuildWithoutKeepingItsFiles()
    {
        using var content = RedirectedIndicator();
        var built = Build(content);

        var check = PlanSite.Checking.SiteCheck.Run(content.ContentDir, RepoPaths.Templates);
        var preview = PlanSite.Checking.SiteCheck.Run(content.ContentDir, RepoPaths.Templates, keepFiles: true);

        Assert.True(check.Ok, string.Join("\n", check.Errors));
        Assert.Empty(check.Site!.Files); // validate renders everything but keeps no bytes
        Assert.Equal(built.PageCount, check.Site.PageCount);
        Assert.Equal(built.PageCount, preview.Site!.PageCount);
        // The preview keeps every file the build wrote, the redirected data included.
        Assert.Equal(built.FileCount, preview.Site.Files.Count);
        Assert.Contains(preview.Site.Files, f => f.Path == OldIndicator.TrimEnd('/') + ".csv");
    }

    [Fact]
    public void DeclaredRedirectWritesARedirectPageAndKeepsTheOldData()
    {
        using var content = RedirectedIndicator();
        Build(content);
        var redirect = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out(content), OldIndicator, "index.html")));
        Assert.Equal($"https://plansite.example/{NewIndicator}",
            redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        string refresh = redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content")!;
        Assert.Matches(@"^0;\s*url=", refresh);
        Assert.EndsWith("1-1-count/", refresh);
        Assert.Contains("指標IDを整理したため", redirect.Body!.TextContent);
        Assert.NotNull(redirect.QuerySelector("a[href$='1-1-count/']"));

        // The embed page moves with its page without a second declaration.
        var embed = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out(content), OldIndicator, "embed", "index.html")));
        Assert.Equal($"https://plansite.example/{NewIndicator}embed/", embed.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // Links to the old CSV/JSON keep working, with the renamed indicator's current data.
        foreach (var extension in new[] { ".csv", ".json" })
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(Out(content), NewIndicator.TrimEnd('/') + extension)),
                File.ReadAllBytes(Path.Combine(Out(content), OldIndicator.TrimEnd('/') + extension)));
    }

    [Fact]
    public void MovedDataStaysWhenTheRebuildKeepsThePlanItCopies()
    {
        using var content = RedirectedIndicator();
        Build(content);
        string oldCsv = Path.Combine(Out(content), OldIndicator.TrimEnd('/') + ".csv");
        Assert.True(File.Exists(oldCsv));

        // Nothing changed: the plan is kept whole (its records unread), and the copies at the old
        // URLs must still find the files they copy among the kept plan's files.
        var again = Build(content);

        Assert.Equal(0, again.RenderedPlans);
        Assert.Equal(0, again.WrittenFiles);
        foreach (var extension in new[] { ".csv", ".json" })
            Assert.Equal(
                File.ReadAllBytes(Path.Combine(Out(content), NewIndicator.TrimEnd('/') + extension)),
                File.ReadAllBytes(Path.Combine(Out(content), OldIndicator.TrimEnd('/') + extension)));
    }

    [Fact]
    public void RedirectToAPageThatDoesNotExistIsRefused()
    {
        using var content = RenamedIndicator();
        content.With("redirects.yaml", $"""
            - from: {OldIndicator}
              to: plans/demo/indicators/nowhere/
              reason: 誤り
            """);
        var error = Assert.Throws<PermalinkException>(() => Build(content));
        Assert.Contains("which the site does not have", error.Message);
    }

    [Fact]
    public void BaseUrlWithASubPathIsUsedForCanonicalLinksFeedsSitemapAnd404()
    {
        using var content = Demo();
        Build(content, new BuildOptions { BaseUrl = "https://x.example/plan" });
        string root = Out(content);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, OldIndicator, "index.html")));
        Assert.Equal($"https://x.example/plan/{OldIndicator}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains($"https://x.example/plan/{OldIndicator}embed/", page.QuerySelector("pre[aria-label=埋め込み用HTML]")!.TextContent);

        // The 404 page is served at any depth, so its links are absolute paths under the sub-path.
        var notFound = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(root, "404.html")));
        var hrefs = notFound.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToArray();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("/plan/", h));

        var sitemap = XDocument.Load(Path.Combine(root, "sitemap.xml"));
        Assert.Contains($"https://x.example/plan/{OldIndicator}", sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value));
        Assert.Contains("Sitemap: https://x.example/plan/sitemap.xml", File.ReadAllText(Path.Combine(root, "robots.txt")));
    }

    [Fact]
    public void SitemapListsExactlyThePagesAndFeedsAreWellFormedAtom()
    {
        using var content = Demo();
        Build(content);
        string root = Out(content);
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Load(Path.Combine(root, "sitemap.xml")).Descendants(sm + "loc").Select(e => e.Value).ToArray();
        Assert.Equal(locs.Length, locs.Distinct().Count());
        foreach (var loc in locs)
        {
            Assert.StartsWith("https://plansite.example/", loc);
            // Decoded as a web server maps a URL to a file (department pages have percent-encoded names).
            string path = Uri.UnescapeDataString(loc["https://plansite.example/".Length..]);
            Assert.True(File.Exists(Path.Combine(root, path, "index.html")), $"{loc} has no page");
        }
        Assert.Contains($"https://plansite.example/{OldIndicator}", locs);
        Assert.Contains("https://plansite.example/plans/demo/measures/1-1/", locs);
        Assert.Contains("https://plansite.example/plans/demo/departments/%E8%AA%B2A/", locs);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        foreach (var feedPath in new[] { "feed.xml", "plans/demo/feed.xml" })
        {
            var feed = XDocument.Load(Path.Combine(root, feedPath)).Root!;
            Assert.Equal(atom + "feed", feed.Name);
            Assert.Equal($"https://plansite.example/{feedPath}", feed.Element(atom + "id")!.Value);
            var entry = Assert.Single(feed.Elements(atom + "entry"));
            Assert.Contains("令和3年度（2021年度）", entry.Element(atom + "title")!.Value);
            Assert.Equal("https://plansite.example/plans/demo/", entry.Element(atom + "link")!.Attribute("href")!.Value);
            // No review date given: the end of the fiscal year, never the build clock.
            Assert.StartsWith("2022-03-31", entry.Element(atom + "updated")!.Value);
        }
    }

    [Fact]
    public void TwoBuildsOfTheRealContentAreByteIdenticalBundleIncluded()
    {
        string root = Path.Combine(Path.GetTempPath(), "plansite-repro-" + Guid.NewGuid().ToString("N"));
        try
        {
            string a = Path.Combine(root, "a"), b = Path.Combine(root, "b");
            SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, a);
            SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, b);
            var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToArray();
            Assert.Contains(Path.Combine("data", "plansite-data.zip"), files);
            Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order());
            foreach (var file in files)
                Assert.True(
                    SHA256.HashData(File.ReadAllBytes(Path.Combine(a, file))).AsSpan()
                        .SequenceEqual(SHA256.HashData(File.ReadAllBytes(Path.Combine(b, file)))),
                    $"{file} differs between two builds");
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void CommittedManifestCoversEveryPageOfTheRealSite()
    {
        // A plain build of content/ must not warn about unrecorded URLs: the manifest is up to date.
        string root = Path.Combine(Path.GetTempPath(), "plansite-manifest-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Into a folder of root, so the plan cache beside the output is deleted with it.
            var result = SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, Path.Combine(root, "site"));
            Assert.DoesNotContain(result.Warnings, w => w.Contains(UrlManifest.FileName));
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
