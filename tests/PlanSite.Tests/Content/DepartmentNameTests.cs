using PlanSite.Content;
using PlanSite.Content.Loading;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Content;

/// <summary>A department name becomes its page's path segment, so names that would change the path are refused.</summary>
public class DepartmentNameTests
{
    private static ContentError SingleError(TempContent content)
    {
        var result = ContentLoader.Load(content.ContentDir);
        Assert.Null(result.Content);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("../総務課")]
    [InlineData("総務課/企画係")]
    [InlineData(" 総務課")]
    public void OwnerThatWouldChangeItsPagePathIsAnError(string owner)
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("owners: [課A]", $"owners: [\"{owner}\"]"));
        var error = SingleError(content);
        Assert.EndsWith("plan.yaml", error.File);
        Assert.Equal("measures[0].children[0].owners[0]", error.Field);
        Assert.Equal(18, error.Line);
        Assert.StartsWith($"owner '{owner}' cannot name a department page", error.Message);
    }

    [Fact]
    public void RedirectMayLeaveADepartmentPageByItsEncodedUrlButNotByAnEncodedTraversal()
    {
        using var content = new TempContent().WithValidPlan().With("redirects.yaml", """
            - from: plans/demo/departments/%E8%AA%B2B/
              to: plans/demo/departments/%E8%AA%B2A/
              reason: 課Bは課Aに統合された
            """);
        var result = ContentLoader.Load(content.ContentDir);
        Assert.Empty(result.Errors);
        Assert.Equal("plans/demo/departments/%E8%AA%B2B/", Assert.Single(result.Content!.Redirects).From);

        content.With("redirects.yaml", """
            - from: plans/demo/departments/%2E%2E/
              to: plans/demo/departments/%E8%AA%B2A/
              reason: x
            """);
        Assert.Contains("must be a page path", SingleError(content).Message);
    }
}
