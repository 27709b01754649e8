using PlanSite.Cli;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Cli;

public class CliTests
{
    private static readonly string TemplatesDir = RepoPaths.Templates;

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PlanSiteCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ValidatePrintsEveryErrorAndExitsNonZero()
    {
        string review = TempContent.ValidReview.Replace("grade: B", "grade: X").Replace("grade: A}", "grade: Y}");
        using var content = new TempContent().WithValidPlan(reviewYaml: review);
        var (exit, _, err) = Run("validate", "--content", content.ContentDir, "--templates", TemplatesDir);
        Assert.Equal(PlanSiteCommand.ContentErrors, exit);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("2021.yaml:7:") && l.Contains("indicators[0].grade: unknown grade 'X'"));
        Assert.Contains(lines, l => l.Contains("2021.yaml:8:") && l.Contains("indicators[1].grade: unknown grade 'Y'"));
        Assert.Equal("2 errors in 1 file", lines[^1]);
    }

    [Fact]
    public void ValidateSaysOkOnCleanContent()
    {
        using var content = new TempContent().WithValidPlan();
        var (exit, output, err) = Run("validate", "--content", content.ContentDir, "--templates", TemplatesDir);
        Assert.Equal(0, exit);
        Assert.StartsWith("warning: ", err);
        Assert.StartsWith("OK: 1 plan, 2 measures, 2 indicators, 1 review, ", output);
    }

    [Fact]
    public void FailedBuildLeavesThePreviousOutputUntouched()
    {
        using var content = new TempContent().WithValidPlan();
        string outDir = Path.Combine(content.Root, "output");
        Assert.Equal(0, Run("build", "--content", content.ContentDir, "--templates", TemplatesDir, "--out", outDir).Exit);
        string planPage = Path.Combine(outDir, "plans", "demo", "index.html");
        string before = File.ReadAllText(planPage);
        var filesBefore = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Order().ToArray();

        content.With("plans/demo/reviews/2021.yaml", "fiscal_year: 2021\nindicators: [ {id: 1-1-1, actual: ");
        var (exit, _, err) = Run("build", "--content", content.ContentDir, "--templates", TemplatesDir, "--out", outDir);

        Assert.Equal(PlanSiteCommand.ContentErrors, exit);
        Assert.Contains("malformed YAML", err);
        Assert.Contains("previous output was left untouched", err);
        Assert.Equal(before, File.ReadAllText(planPage));
        Assert.Equal(filesBefore, Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Order().ToArray());
        Assert.DoesNotContain(Directory.GetDirectories(content.Root, ".output.*"), d => !d.EndsWith(".output.cache", StringComparison.Ordinal)); // the plan cache stays
    }

    [Fact]
    public void BuildIsReproducible()
    {
        using var content = new TempContent().WithValidPlan();
        string a = Path.Combine(content.Root, "a"), b = Path.Combine(content.Root, "b");
        Run("build", "--content", content.ContentDir, "--templates", TemplatesDir, "--out", a);
        Run("build", "--content", content.ContentDir, "--templates", TemplatesDir, "--out", b);
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToArray();
        Assert.NotEmpty(files);
        foreach (var file in files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
    }

    [Fact]
    public void EveryCommandHasHelp()
    {
        foreach (var command in new[] { "build", "validate", "import" })
        {
            var (exit, output, _) = Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("--content", output);
        }
    }
}
