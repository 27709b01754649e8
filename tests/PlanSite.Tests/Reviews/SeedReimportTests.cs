using PlanSite.Tests.Support;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

public class SeedReimportTests
{
    [Fact]
    public void ReimportingTheSeedKeepsAReviewStaffImported()
    {
        using var copy = new ContentCopy();
        string staffReview = copy.PathOf("plans/saitama-dx-2021-2025/reviews/2023.yaml");
        File.WriteAllText(staffReview, "fiscal_year: 2023\nindicators:\n  - {id: 2-1-1-1, actual: 3512, grade: S}\n");
        string seedReview = copy.PathOf("plans/saitama-dx-2021-2025/reviews/2022.yaml");
        string seedBefore = File.ReadAllText(seedReview);

        var (exit, _, err) = Run("import", "saitama-dx", "--content", copy.ContentDir, "--seeds", RepoPaths.Seeds);

        Assert.True(exit == 0, err);
        Assert.Equal("fiscal_year: 2023\nindicators:\n  - {id: 2-1-1-1, actual: 3512, grade: S}\n", File.ReadAllText(staffReview));
        Assert.Equal(seedBefore, File.ReadAllText(seedReview));
    }
}
