using System.Text.RegularExpressions;
using PlanSite.Cli;
using PlanSite.Site;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Site;

/// <summary>What a build tells staff while it runs and when it ends.</summary>
public class BuildProgressTests
{
    private static TempContent TwoPlans() => new TempContent()
        .WithValidPlan()
        .With("plans/other/plan.yaml", TempContent.ValidPlan.Replace("id: demo", "id: other"))
        .With("plans/other/reviews/2021.yaml", TempContent.ValidReview);

    private sealed class Recorder : IProgress<BuildProgress>
    {
        private readonly Lock _lock = new();
        public List<BuildProgress> Steps { get; } = [];
        public void Report(BuildProgress value) { lock (_lock) Steps.Add(value); }
    }

    [Fact]
    public void EachPlanIsReportedInOrderAndAnUnchangedPlanSaysItWasKept()
    {
        using var content = TwoPlans();
        string outDir = Path.Combine(content.Root, "output");
        var first = new Recorder();
        SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, outDir, new BuildOptions { Progress = first });

        // Each plan is rendered as soon as it is read; "load" closes when all of them are read and checked.
        Assert.Equal(["plans", "plans", "load", "site files"], first.Steps.Select(s => s.Step));
        Assert.Equal("load 1/1: 2 plan(s) and 0 page(s) read and checked", first.Steps[2].ToString());
        Assert.Equal([(1, 2), (2, 2)], first.Steps.Where(s => s.Step == "plans").Select(s => (s.Done, s.Total)));
        Assert.Equal(["demo", "other"], first.Steps.Where(s => s.Step == "plans").Select(s => s.Item).Order(StringComparer.Ordinal));

        content.With("plans/other/reviews/2021.yaml", TempContent.ValidReview.Replace("actual: 7539", "actual: 7123"));
        var second = new Recorder();
        var result = SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, outDir, new BuildOptions { Progress = second });
        Assert.Equal(1, result.RenderedPlans);
        Assert.Equal("load 1/1: 2 plan(s) and 0 page(s) read and checked; 1 unchanged plan(s) from the plan cache", second.Steps[2].ToString());
        Assert.Equal(["demo (unchanged, kept)", "other"], second.Steps.Where(s => s.Step == "plans").Select(s => s.Item).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThePrinterStaysQuietWithinItsIntervalAndPrintsEveryStepWithoutOne()
    {
        var quiet = new StringWriter();
        var everyStep = new StringWriter();
        var slow = new BuildProgressPrinter(quiet, TimeSpan.FromHours(1));
        var all = new BuildProgressPrinter(everyStep, TimeSpan.Zero);
        foreach (var step in new[] { new BuildProgress("plans", 1, 2, "demo"), new BuildProgress("plans", 2, 2, "other") })
        {
            slow.Report(step);
            all.Report(step);
        }
        Assert.Equal("", quiet.ToString());
        var lines = everyStep.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\[\d+\.\d s\] plans 1/2: demo\r?$", lines[0]);
        Assert.Matches(@"^\[\d+\.\d s\] plans 2/2: other\r?$", lines[1]);
    }

    [Fact]
    public void TheSummaryCountsPagesAndDataFilesSeparatelyAsTheyAreOnDisk()
    {
        using var content = TwoPlans();
        string outDir = Path.Combine(content.Root, "output");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PlanSiteCommand.Run(["build", "--content", content.ContentDir, "--templates", RepoPaths.Templates, "--out", outDir, "--progress"], stdout, stderr);
        Assert.Equal(0, exit);

        Assert.Matches(new Regex(@"^\[\d+\.\d s\] plans 2/2: (demo|other)$", RegexOptions.Multiline), stderr.ToString().Replace("\r", ""));
        var files = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f)).Where(f => f != ".plansite-build").ToArray();
        int pages = files.Count(f => Path.GetFileName(f) == "index.html");
        int data = files.Count(f => Path.GetExtension(f) is ".csv" or ".json" or ".zip");
        Assert.True(pages > 10 && data > 10, $"{pages} pages, {data} data files");
        var summary = Regex.Match(stdout.ToString(), @"^built (\d+) pages, (\d+) data files \(CSV, JSON, ZIP\) and (\d+) other files \(charts, feeds, assets\): (\d+) files, [\d.]+ MB, into .+ in [\d.]+ s; (\d+) warning\(s\); 2 plan\(s\) rendered");
        Assert.True(summary.Success, stdout.ToString());
        Assert.Equal((pages, data, files.Length - pages - data, files.Length),
            (int.Parse(summary.Groups[1].Value), int.Parse(summary.Groups[2].Value), int.Parse(summary.Groups[3].Value), int.Parse(summary.Groups[4].Value)));
        // No base_url and no published-urls.txt: each warning is on stderr, and the summary counts them.
        var warnings = stderr.ToString().Split('\n').Where(l => l.StartsWith("warning: ")).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.Contains(warnings, w => w.StartsWith("warning: site.yaml has no base_url"));
        Assert.Equal("2", summary.Groups[5].Value);
    }
}
