using PlanSite.Tests.Support;

namespace PlanSite.Tests.Reviews;

/// <summary>A temp copy of the repository's real content/, so tests can add and change reviews without touching it.</summary>
public sealed class ContentCopy : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "plansite-review-" + Guid.NewGuid().ToString("N"));

    public string ContentDir => Path.Combine(Root, "content");

    public ContentCopy()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(ContentDir, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
    }

    public string TemplatesDir => Path.Combine(Root, "templates");

    /// <summary>Copies templates/ too, for tests that break a template.</summary>
    public ContentCopy WithTemplates()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(TemplatesDir, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
        return this;
    }

    public string PathOf(string relative) => Path.Combine(ContentDir, relative);

    public string File(string name) => Path.Combine(Root, name);

    /// <summary>Every file under content/ with its bytes, to prove nothing was written.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.GetFiles(ContentDir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(ContentDir, f), f => Convert.ToBase64String(System.IO.File.ReadAllBytes(f)));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
