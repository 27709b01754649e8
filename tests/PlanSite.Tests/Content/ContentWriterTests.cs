using PlanSite.Content.Loading;
using PlanSite.Content.Writing;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Content;

public class ContentWriterTests
{
    [Fact]
    public void WrittenContentLoadsBackToTheSamePlan()
    {
        using var source = new TempContent().WithValidPlan();
        var original = ContentLoader.LoadOrThrow(source.ContentDir).Plans[0];

        using var copy = new TempContent();
        ContentWriter.WritePlan(original, copy.ContentDir, header: "test header");
        var reloaded = ContentLoader.LoadOrThrow(copy.ContentDir).Plans[0];

        Assert.Equal(ContentWriter.PlanYaml(original), ContentWriter.PlanYaml(reloaded));
        Assert.Equal(ContentWriter.ReviewYaml(original.Reviews[0]), ContentWriter.ReviewYaml(reloaded.Reviews[0]));
        Assert.Equal(original.AllIndicators.Select(i => i.Targets.Count), reloaded.AllIndicators.Select(i => i.Targets.Count));
        string text = File.ReadAllText(Path.Combine(copy.ContentDir, "plans", "demo", "plan.yaml"));
        Assert.StartsWith("# test header\n", text);
    }

    [Fact]
    public void WordsThatLookLikeYamlKeywordsStayStrings()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("2023: 実現", "2023: \"null\""));
        var plan = ContentLoader.LoadOrThrow(content.ContentDir).Plans[0];
        string yaml = ContentWriter.PlanYaml(plan);
        Assert.Contains("2023: \"null\"", yaml);
        Assert.Contains("2024: \"-\"", yaml);
        Assert.Contains("2022: 1,650", yaml);
    }

    [Fact]
    public void StaleReviewsAreRemovedOnRewrite()
    {
        using var source = new TempContent().WithValidPlan();
        var plan = ContentLoader.LoadOrThrow(source.ContentDir).Plans[0];
        using var target = new TempContent().With("plans/demo/reviews/2024.yaml", "fiscal_year: 2024\n");
        ContentWriter.WritePlan(plan, target.ContentDir);
        Assert.Equal(["2021.yaml"], Directory.GetFiles(Path.Combine(target.ContentDir, "plans", "demo", "reviews")).Select(Path.GetFileName));
    }
}
