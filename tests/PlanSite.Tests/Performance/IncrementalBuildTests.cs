using System.Diagnostics;
using System.Text.RegularExpressions;
using PlanSite.Bench.Generation;
using PlanSite.Site;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Performance;

/// <summary>Timing tests run alone, not beside the other test classes, so that they measure the build.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

[Collection(nameof(TimingCollection))]
public class IncrementalBuildTests : IDisposable
{
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "plansite-incremental-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(_root, "content");
    private string Out => Path.Combine(_root, "output");

    private static string[] Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void EditingOneReviewRewritesOnlyThatPlansAffectedFilesAndMatchesAFullBuild()
    {
        ContentGenerator.Generate(150, Content, seed: 3);
        var first = SiteBuilder.Build(Content, RepoPaths.Templates, Out);
        Assert.True(first.RenderedPlans >= 2, $"{first.RenderedPlans} plans");
        foreach (var file in Directory.GetFiles(Out, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, Old);

        var plans = Directory.GetDirectories(Path.Combine(Content, "plans")).Order(StringComparer.Ordinal).ToArray();
        string edited = Path.GetFileName(plans[0]), other = Path.GetFileName(plans[1]);
        string review = Directory.GetFiles(Path.Combine(plans[0], "reviews")).Order(StringComparer.Ordinal).Last();
        string text = File.ReadAllText(review);
        var actual = Regex.Match(text, "- id: \"([^\"]+)\"\n  actual: ([0-9]+)\n");
        Assert.True(actual.Success, "the generated review has a numeric actual to edit");
        string indicator = actual.Groups[1].Value;
        File.WriteAllText(review, text.Remove(actual.Groups[2].Index, actual.Groups[2].Length).Insert(actual.Groups[2].Index, "987654"));

        var second = SiteBuilder.Build(Content, RepoPaths.Templates, Out);

        Assert.Equal(1, second.RenderedPlans);
        Assert.Equal(1, second.LoadedPlans); // the others' site-wide parts come from their cached outlines
        string editedPage = Path.Combine(Out, "plans", edited, "indicators", indicator, "index.html");
        Assert.Contains("987,654", File.ReadAllText(editedPage));
        Assert.NotEqual(Old, File.GetLastWriteTimeUtc(editedPage));
        Assert.NotEqual(Old, File.GetLastWriteTimeUtc(Path.Combine(Out, "plans", edited, "indicators", indicator + ".csv")));
        var untouched = Directory.GetFiles(Path.Combine(Out, "plans", other), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(untouched);
        Assert.All(untouched, f => Assert.Equal(Old, File.GetLastWriteTimeUtc(f)));
        int rewritten = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Count(f => File.GetLastWriteTimeUtc(f) != Old);
        Assert.Equal(second.WrittenFiles + 1, rewritten); // + the build manifest
        Assert.InRange(second.WrittenFiles, 5, first.FileCount / 3);

        // What was kept plus what was rewritten is exactly what a build from scratch writes.
        string fresh = Path.Combine(_root, "fresh");
        SiteBuilder.Build(Content, RepoPaths.Templates, fresh);
        Assert.Equal(Files(fresh), Files(Out));
        foreach (var file in Files(fresh))
            Assert.True(File.ReadAllBytes(Path.Combine(fresh, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(Out, file))), $"{file} differs from a full build");
    }

    [Fact]
    public void RebuildingUnchangedContentWritesNothing()
    {
        ContentGenerator.Generate(60, Content, seed: 5);
        SiteBuilder.Build(Content, RepoPaths.Templates, Out);
        foreach (var file in Directory.GetFiles(Out, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, Old);
        var again = SiteBuilder.Build(Content, RepoPaths.Templates, Out);
        Assert.Equal(0, again.RenderedPlans);
        Assert.Equal(0, again.LoadedPlans);
        Assert.Equal(0, again.WrittenFiles);
        Assert.All(Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".plansite-build")),
            f => Assert.Equal(Old, File.GetLastWriteTimeUtc(f)));
    }

    /// <summary>
    /// A ratio within one run, not an absolute time, so a slow machine cannot make it fail; the best of
    /// three alternating runs per size, so that a burst of load from another process during one run
    /// (seen: 6.2× on a machine at load 15) does not either.
    /// </summary>
    [Fact]
    public void BuildTimeGrowsNoWorseThanLinearly()
    {
        ContentGenerator.Generate(40, Path.Combine(_root, "warm"), seed: 1);
        SiteBuilder.Build(Path.Combine(_root, "warm"), RepoPaths.Templates, Path.Combine(_root, "warm-out")); // JIT and caches
        ContentGenerator.Generate(100, Path.Combine(_root, "small"), seed: 1);
        ContentGenerator.Generate(400, Path.Combine(_root, "large"), seed: 1);
        TimeSpan small = TimeSpan.MaxValue, large = TimeSpan.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            // A fresh output folder each time: a full build, not an incremental one.
            var smallRun = Time(() => SiteBuilder.Build(Path.Combine(_root, "small"), RepoPaths.Templates, Path.Combine(_root, $"small-out-{run}")));
            var largeRun = Time(() => SiteBuilder.Build(Path.Combine(_root, "large"), RepoPaths.Templates, Path.Combine(_root, $"large-out-{run}")));
            small = smallRun < small ? smallRun : small;
            large = largeRun < large ? largeRun : large;
        }
        Assert.True(large < small * 6, $"4× the content took {large.TotalMilliseconds:0} ms against {small.TotalMilliseconds:0} ms (limit 6×)");
    }

    private static TimeSpan Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
