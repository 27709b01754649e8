using PlanSite.Content.Caching;
using PlanSite.Content.Loading;
using PlanSite.Rendering;
using PlanSite.Site;
using PlanSite.Site.Incremental;
using PlanSite.Tests.Reviews;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Site;

/// <summary>
/// A rebuild makes the site-wide files (home, 404, sitemap, feeds, data index, redirects) from the
/// cached outlines of unchanged plans, without loading them. That may change how fast a build is,
/// never what it publishes.
/// </summary>
public sealed class OutlineBuildTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    private string Out => _copy.File("output");

    [Fact]
    public void EditingOneRealReviewLoadsOnlyThatPlanAndPublishesWhatAFullBuildDoes()
    {
        var options = new BuildOptions { BaseUrl = "https://www.city.example.lg.jp/plan/" }; // sitemap and feeds too
        var first = SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, Out, options);
        Assert.Equal(5, first.LoadedPlans);
        string review = _copy.PathOf("plans/saitama-dx-2021-2025/reviews/2022.yaml");
        string text = File.ReadAllText(review);
        const string printed = "- id: 2-1-1-1\n  actual: 3243\n";
        Assert.Contains(printed, text);
        File.WriteAllText(review, text.Replace(printed, "- id: 2-1-1-1\n  actual: 3250\n"));

        var second = SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, Out, options);

        Assert.Equal(1, second.RenderedPlans);
        Assert.Equal(1, second.LoadedPlans);
        // Kazo's 再掲 numbers still redirect, from its outline: its plan was not loaded.
        string repeated = File.ReadAllText(Path.Combine(Out, "plans/kazo-gyosei-keiei-2021-2025/measures/72/index.html"));
        Assert.Contains("再掲の項目です", repeated);
        string fresh = _copy.File("fresh");
        SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, fresh, options);
        var files = Files(fresh);
        Assert.Equal(files, Files(Out));
        foreach (var file in files.Where(f => f != BuildManifest.FileName))
            Assert.True(File.ReadAllBytes(Path.Combine(fresh, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out, file))),
                $"{file} differs from a full build");
    }

    [Fact]
    public void RenamingAPlanRemakesTheSiteWideFilesFromTheNewOutline()
    {
        var options = new BuildOptions { BaseUrl = "https://www.city.example.lg.jp/plan/" };
        SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, Out, options);
        string plan = _copy.PathOf("plans/sakado-gyokaku-2017-2021/plan.yaml");
        string text = File.ReadAllText(plan);
        const string title = "title: 行政改革後期アクションプラン（平成29年度～令和3年度）";
        Assert.Contains(title, text);
        File.WriteAllText(plan, text.Replace(title, title + "（改訂）"));

        var second = SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, Out, options);

        Assert.Equal(1, second.LoadedPlans);
        Assert.Contains("行政改革後期アクションプラン（平成29年度～令和3年度）（改訂）", File.ReadAllText(Path.Combine(Out, "index.html")));
        Assert.Contains("行政改革後期アクションプラン（平成29年度～令和3年度）（改訂）", File.ReadAllText(Path.Combine(Out, "404.html")));
        Assert.Contains("行政改革後期アクションプラン（平成29年度～令和3年度）（改訂）", File.ReadAllText(Path.Combine(Out, "data/index.json")));
        Assert.Contains("行政改革後期アクションプラン（平成29年度～令和3年度）（改訂）", File.ReadAllText(Path.Combine(Out, "feed.xml")));
        string fresh = _copy.File("fresh");
        SiteBuilder.Build(_copy.ContentDir, RepoPaths.Templates, fresh, options);
        foreach (var file in Files(fresh).Where(f => f != BuildManifest.FileName))
            Assert.True(File.ReadAllBytes(Path.Combine(fresh, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out, file))),
                $"{file} differs from a full build");
    }

    [Fact]
    public void AnOutlineReadBackFromTheCacheIsTheOneMadeFromThePlan()
    {
        var site = ContentLoader.LoadOrThrow(_copy.ContentDir);
        var cache = new OutlineCache(_copy.File("cache"));
        foreach (var plan in site.Plans)
        {
            var made = PlanOutline.Of(plan);
            cache.Put("key-" + plan.Id, made);
            var read = cache.TryGet(plan.Id, "key-" + plan.Id);
            Assert.NotNull(read);
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(made), System.Text.Json.JsonSerializer.Serialize(read.Outline));
            Assert.Equal(OutlineCache.HashOf(made), read.Hash);
            Assert.Null(cache.TryGet(plan.Id, "another key"));
        }
        var kazo = PlanOutline.Of(site.Plans.Single(p => p.Id == "kazo-gyosei-keiei-2021-2025"));
        Assert.Contains(kazo.RepeatRedirects, r => r.Page.From == "plans/kazo-gyosei-keiei-2021-2025/measures/72/");
    }

    [Fact]
    public void AHeldBackPlanIsReadWhenAskedForAndEqualsTheParsedOne()
    {
        var cache = new PlanCache(_copy.File("cache"));
        var parsed = ContentLoader.Load(_copy.ContentDir, cache); // fills the cache
        var held = ContentLoader.Load(_copy.ContentDir, cache, holdBack: (id, _) => id != "saitama-dx-2021-2025");

        Assert.True(held.Ok);
        Assert.Equal(4, held.HeldBack.Count);
        Assert.Equal(1, held.LoadedPlans); // only the plan not held back
        Assert.Equal(parsed.Content!.Plans.Select(p => p.Id), held.PlanIds);
        var kazo = held.Content!.Plans[0];
        Assert.Equal("kazo-gyosei-keiei-2021-2025", kazo.Id);
        Assert.Equal(2, held.LoadedPlans);
        Assert.Equal(parsed.Content.Plans[0].AllIndicators.Count(), kazo.AllIndicators.Count());
    }

    [Fact]
    public void AHeldBackPlanWhoseCacheEntryWentMissingIsReadFromItsFiles()
    {
        var cache = new PlanCache(_copy.File("cache"));
        ContentLoader.Load(_copy.ContentDir, cache);
        var held = ContentLoader.Load(_copy.ContentDir, cache, holdBack: (_, _) => true);
        File.Delete(Path.Combine(cache.Folder, "sakado-gyokaku-2017-2021.json"));

        var sakado = held.Content!.Plans.Single(p => p.Id == "sakado-gyokaku-2017-2021");

        Assert.NotEmpty(sakado.AllIndicators);
        Assert.NotEmpty(sakado.Reviews);
    }

    private static string[] Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose() => _copy.Dispose();
}
