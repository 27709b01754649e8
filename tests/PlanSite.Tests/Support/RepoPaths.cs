namespace PlanSite.Tests.Support;

/// <summary>Folders of the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");
    public static string Content => Path.Combine(Root, "content");
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PlanSite.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PlanSite.sln not found above " + AppContext.BaseDirectory);
    }
}
