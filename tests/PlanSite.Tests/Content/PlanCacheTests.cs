using PlanSite.Content;
using PlanSite.Content.Caching;
using PlanSite.Content.Loading;
using PlanSite.Rendering.Templates;
using PlanSite.Site;
using PlanSite.Tests.Reviews;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Content;

/// <summary>
/// The plan cache may only ever change how fast a build is, never what it publishes or which errors it reports.
/// </summary>
public sealed class PlanCacheTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    private PlanCache Cache => new(_copy.File("cache"));

    private string ReviewFile => _copy.PathOf("plans/saitama-dx-2021-2025/reviews/2022.yaml");

    [Fact]
    public void EveryRealPlanReadBackFromTheCacheRendersTheSameSiteByteForByte()
    {
        var parsed = ContentLoader.Load(_copy.ContentDir);
        Assert.True(parsed.Ok);
        Assert.Equal(0, parsed.PlansFromCache);
        ContentLoader.Load(_copy.ContentDir, Cache); // fills the cache
        var cached = ContentLoader.Load(_copy.ContentDir, Cache);
        Assert.True(cached.Ok, string.Join("\n", cached.Errors));
        Assert.Equal(5, cached.PlansFromCache);

        var templates = TemplateSet.Load(RepoPaths.Templates);
        var expected = SiteBuilder.Prepare(parsed.Content!, templates, _copy.ContentDir, new BuildOptions()).Files;
        var actual = SiteBuilder.Prepare(cached.Content!, templates, _copy.ContentDir, new BuildOptions()).Files;
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        Assert.True(expected.Count > 1300, $"{expected.Count} files");
        foreach (var (want, got) in expected.Zip(actual))
            Assert.True(want.Bytes.AsSpan().SequenceEqual(got.Bytes), $"{want.Path} differs when its plan comes from the cache");
    }

    [Fact]
    public void EditingOneReviewReadsThatPlanAgainAndTakesTheOthersFromTheCache()
    {
        ContentLoader.Load(_copy.ContentDir, Cache);
        string text = File.ReadAllText(ReviewFile);
        const string printed = "- id: 2-1-1-1\n  actual: 3243\n";
        Assert.Contains(printed, text);
        File.WriteAllText(ReviewFile, text.Replace(printed, "- id: 2-1-1-1\n  actual: 3250\n"));

        var result = ContentLoader.Load(_copy.ContentDir, Cache);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(4, result.PlansFromCache);
        var review = result.Content!.Plans.Single(p => p.Id == "saitama-dx-2021-2025").Reviews.Single(r => r.FiscalYear.StartYear == 2022);
        Assert.Equal("3250", review.Indicators["2-1-1-1"].Actual!.Raw);
        Assert.Equal(3250m, review.Indicators["2-1-1-1"].Actual!.Number);
    }

    [Fact]
    public void AnErrorIsReportedOnEveryLoadUntilItIsFixedEvenAfterACachedLoad()
    {
        ContentLoader.Load(_copy.ContentDir, Cache);
        string text = File.ReadAllText(ReviewFile);
        File.WriteAllText(ReviewFile, text.Replace("fiscal_year: 2022", "fiscal_year: 2019"));

        for (int attempt = 0; attempt < 2; attempt++)
        {
            var result = ContentLoader.Load(_copy.ContentDir, Cache);
            Assert.False(result.Ok);
            var error = Assert.Single(result.Errors);
            Assert.EndsWith(Path.Combine("saitama-dx-2021-2025", "reviews", "2022.yaml"), error.File);
            Assert.Equal("fiscal_year", error.Field);
        }

        File.WriteAllText(ReviewFile, text);
        var fixedAgain = ContentLoader.Load(_copy.ContentDir, Cache);
        Assert.True(fixedAgain.Ok);
        Assert.Equal(5, fixedAgain.PlansFromCache); // the entry from before the mistake matches the restored file
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"Key\":\"0000\",\"Plan\":{\"Id\":\"saitama-dx-2021-2025\"}}")]
    [InlineData("")]
    public void AnUnreadableOrStaleEntryIsReadFromTheYamlAgain(string entry)
    {
        ContentLoader.Load(_copy.ContentDir, Cache);
        File.WriteAllText(Path.Combine(Cache.Folder, "saitama-dx-2021-2025.json"), entry);

        var result = ContentLoader.Load(_copy.ContentDir, Cache);

        Assert.True(result.Ok, string.Join("\n", result.Errors));
        Assert.Equal(4, result.PlansFromCache);
        Assert.Equal(67, result.Content!.Plans.Single(p => p.Id == "saitama-dx-2021-2025").AllIndicators.Count());
        Assert.Equal(5, ContentLoader.Load(_copy.ContentDir, Cache).PlansFromCache); // and the entry is repaired
    }

    [Fact]
    public void ABuildKeepsItsCacheBesideTheOutputNotInsideWhatIsPublished()
    {
        string output = _copy.File("output");
        var first = SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, output);
        var second = SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, output);

        Assert.Equal(0, first.PlansFromCache);
        Assert.Equal(5, second.PlansFromCache);
        Assert.Equal(0, second.WrittenFiles);
        Assert.Equal(_copy.File(".output.cache"), PlanCache.Beside(output).Folder);
        Assert.Equal(5, Directory.GetFiles(PlanCache.Beside(output).Folder).Length);
        Assert.DoesNotContain(Directory.GetFiles(output, "*.json", SearchOption.AllDirectories), f => f.Contains("cache"));
    }

    [Fact]
    public void EntriesOfPlansThatNoLongerExistAreDeletedByTheNextBuild()
    {
        string output = _copy.File("output");
        SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, output);
        Directory.Delete(_copy.PathOf("plans/tokorozawa-jimu-jigyo-2019"), recursive: true);
        RemovePublishedUrlsOf("tokorozawa-jimu-jigyo-2019");

        SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, output);

        var entries = Directory.GetFiles(PlanCache.Beside(output).Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(4, entries.Length);
        Assert.DoesNotContain("tokorozawa-jimu-jigyo-2019.json", entries);
    }

    private void RemovePublishedUrlsOf(string planId)
    {
        string manifest = _copy.PathOf("published-urls.txt");
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.Contains(planId)));
        string redirects = _copy.PathOf("redirects.yaml");
        if (File.Exists(redirects) && File.ReadAllText(redirects).Contains(planId))
            throw new InvalidOperationException("redirects.yaml names the removed plan; this test needs another plan");
    }

    public void Dispose() => _copy.Dispose();
}
