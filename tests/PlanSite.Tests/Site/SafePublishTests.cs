using PlanSite.Cli;
using PlanSite.Rendering.Templates;
using PlanSite.Site;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Site;

/// <summary>
/// A build that fails half-way, after it has staged files, leaves output/ byte for byte as it was and
/// leaves no staging folder behind: both over a folder no build made (no manifest: full swap on publish)
/// and over a previous build (manifest: changed files renamed into place on publish).
/// </summary>
public class SafePublishTests
{
    private const string OtherTitle = "別の計画";

    /// <summary>Two plans, so one can be rendered and staged completely before the other fails.</summary>
    private static TempContent TwoPlans() => new TempContent()
        .WithValidPlan()
        .With("plans/other/plan.yaml", TempContent.ValidPlan.Replace("id: demo", "id: other").Replace("title: テスト計画", $"title: {OtherTitle}"))
        .With("plans/other/reviews/2021.yaml", TempContent.ValidReview);

    private static string Out(TempContent content) => Path.Combine(content.Root, "output");

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    private static void AssertSameSite(Dictionary<string, byte[]> before, string dir)
    {
        var after = Snapshot(dir);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in before)
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
    }

    private static void AssertNoStagingLeft(TempContent content) =>
        Assert.DoesNotContain(Directory.GetDirectories(content.Root, ".output.*"), d => !d.EndsWith(".output.cache", StringComparison.Ordinal)); // the plan cache stays

    /// <summary>The two kinds of output folder a failed build must leave alone.</summary>
    private static void Previous(TempContent content, string kind)
    {
        if (kind == "previous build")
        {
            SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, Out(content));
            Assert.True(File.Exists(Path.Combine(Out(content), ".plansite-build")), "the first build leaves its manifest");
            // Change both plans' actuals so the failing build has new bytes to stage for each.
            foreach (var plan in new[] { "demo", "other" })
                content.With($"plans/{plan}/reviews/2021.yaml", TempContent.ValidReview.Replace("actual: 7539", "actual: 7123"));
        }
        else
        {
            // A site published by hand or by an older generator: no manifest, so publishing swaps the whole folder.
            content.With("../output/index.html", "<!doctype html><title>前のサイト</title>")
                   .With("../output/plans/demo/index.html", "<!doctype html><title>前の計画ページ</title>")
                   .With("../output/data/old.csv", "\uFEFF年度,実績\r\n2020,1\r\n");
        }
    }

    /// <summary>Fails the build from inside the rendering loop, once a plan has been staged, and checks staging really held files then.</summary>
    private sealed class FailAfterFirstPlan(TempContent content) : IProgress<BuildProgress>
    {
        public int StagedFilesWhenFailing { get; private set; }

        public void Report(BuildProgress value)
        {
            if (value.Step != "plans") return;
            StagedFilesWhenFailing = Directory.GetDirectories(content.Root, ".output.staging-*")
                .Sum(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories).Length);
            throw new IOException($"injected failure after {value.Item}");
        }
    }

    [Theory]
    [InlineData("plain folder")]
    [InlineData("previous build")]
    public void AFailureAfterAPlanWasStagedLeavesOutputByteForByteAsItWas(string kind)
    {
        using var content = TwoPlans();
        Previous(content, kind);
        var before = Snapshot(Out(content));
        var failure = new FailAfterFirstPlan(content);

        var error = Assert.Throws<IOException>(() =>
            SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, Out(content), new BuildOptions { Progress = failure }));

        Assert.StartsWith("injected failure after ", error.Message);
        Assert.True(failure.StagedFilesWhenFailing > 0, $"{failure.StagedFilesWhenFailing} files were staged when the build failed");
        AssertSameSite(before, Out(content));
        AssertNoStagingLeft(content);
    }

    [Theory]
    [InlineData("plain folder")]
    [InlineData("previous build")]
    public void ATemplateThatFailsAtRuntimeOnOneIndicatorStopsTheBuildAndKeepsTheSite(string kind)
    {
        using var content = TwoPlans();
        Previous(content, kind);
        var before = Snapshot(Out(content));
        // The template parses; it fails only when rendering indicator 散乱数 of the second plan.
        string templates = Path.Combine(content.Root, "templates");
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(templates, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        string indicator = Path.Combine(templates, "indicator.sbn");
        File.WriteAllText(indicator, $"{{{{ if plan_title == \"{OtherTitle}\" && name == \"散乱数\"; array.insert_at null; end }}}}" + File.ReadAllText(indicator));

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PlanSiteCommand.Run(["build", "--content", content.ContentDir, "--templates", templates, "--out", Out(content)], stdout, stderr);

        Assert.Equal(PlanSiteCommand.ContentErrors, exit);
        // Scriban checks the argument count when the call runs: the templates loaded, the plans started rendering.
        Assert.Contains("indicator.sbn(1,66) : error : Invalid number of arguments", stderr.ToString());
        Assert.Contains("build stopped: template error; the previous output was left untouched", stderr.ToString());
        Assert.Equal("", stdout.ToString());
        AssertSameSite(before, Out(content));
        AssertNoStagingLeft(content);

        // The same templates without the fault publish the new site over it.
        Assert.Equal(0, PlanSiteCommand.Run(["build", "--content", content.ContentDir, "--templates", RepoPaths.Templates, "--out", Out(content)], stdout, stderr));
        Assert.Contains("<h1>散乱数</h1>", File.ReadAllText(Path.Combine(Out(content), "plans", "other", "indicators", "1-1-2", "index.html")));
        AssertNoStagingLeft(content);
    }
}
