using PlanSite.Tests.Support;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

public class ValidateCommandTests
{
    [Fact]
    public void RealContentIsCleanAndTheSummaryCountsIt()
    {
        var (exit, output, err) = Run("validate", "--content", RepoPaths.Content, "--templates", RepoPaths.Templates);
        Assert.Equal("", err);
        Assert.Equal(0, exit);
        Assert.Equal("OK: 5 plans, 409 measures, 413 indicators, 5 reviews, 1361 pages", output.Trim()); // 1246 before department pages: +5 indexes, +27 +22 +36 +11 +14 departments
    }

    [Fact]
    public void ContentTemplateAndPublishedUrlErrorsAreAllReportedWithPositionsAndCounted()
    {
        using var copy = new ContentCopy().WithTemplates();
        File.WriteAllText(copy.PathOf("plans/saitama-dx-2021-2025/reviews/2023.yaml"),
            "fiscal_year: 2023\nindicators:\n  - {id: 2-1-1-1, actual: 3300, grade: Z}\n  - {id: 9-9, actual: 1}\n");
        File.AppendAllText(Path.Combine(copy.TemplatesDir, "measure.sbn"), "\n{{ for x in page.nothing }}\n");
        var (exit, output, err) = Run("validate", "--content", copy.ContentDir, "--templates", copy.TemplatesDir);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string review = Path.Combine(copy.ContentDir, "plans/saitama-dx-2021-2025/reviews/2023.yaml");
        Assert.Contains($"{review}:3:40: indicators[0].grade: unknown grade 'Z'; the plan's grades are: S, A, B, -", lines);
        Assert.Contains($"{review}:4:10: indicators[1].id: unknown indicator id '9-9': the plan has no such indicator", lines);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(copy.TemplatesDir, "measure.sbn:"), StringComparison.Ordinal) && l.Contains(": (template): "));
        int count = lines.Length - 1;
        Assert.Equal($"{count} errors in 2 files", lines[^1]);
    }

    [Fact]
    public void APublishedUrlThatWouldDisappearIsAnErrorOnItsManifestLine()
    {
        using var copy = new ContentCopy();
        string manifest = copy.PathOf("published-urls.txt");
        File.AppendAllText(manifest, "/plans/saitama-dx-2021-2025/indicators/gone/\n");
        int line = File.ReadAllLines(manifest).Length;
        var (exit, _, err) = Run("validate", "--content", copy.ContentDir, "--templates", RepoPaths.Templates);
        Assert.Equal(1, exit);
        Assert.StartsWith($"{manifest}:{line}:1: (published URL): '/plans/saitama-dx-2021-2025/indicators/gone/' was published and would disappear.", err);
        Assert.EndsWith("1 error in 1 file\n", err.Replace("\r\n", "\n"));
    }

    [Fact]
    public void ValidateWritesNothing()
    {
        using var copy = new ContentCopy();
        var before = copy.Snapshot();
        Run("validate", "--content", copy.ContentDir, "--templates", RepoPaths.Templates);
        Assert.Equal(before, copy.Snapshot());
        Assert.False(Directory.Exists(Path.Combine(copy.Root, "output")));
    }
}
