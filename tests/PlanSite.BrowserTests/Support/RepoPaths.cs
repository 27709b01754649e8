namespace PlanSite.BrowserTests.Support;

/// <summary>Where the repository's folders are: found by walking up from the test binaries to PlanSite.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    public static string Root => RootLazy.Value;

    public static string Content => Path.Combine(Root, "content");

    public static string Templates => Path.Combine(Root, "templates");

    /// <summary>PNG screenshots for people to look at; TestResults/ is ignored by git. PLANSITE_SCREENSHOTS overrides.</summary>
    public static string Screenshots =>
        Environment.GetEnvironmentVariable("PLANSITE_SCREENSHOTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Root, "tests", "PlanSite.BrowserTests", "TestResults", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanSite.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException(
            $"Cannot find the repository root: no PlanSite.sln in {AppContext.BaseDirectory} or any folder above it.");
    }
}
