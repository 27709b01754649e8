using System.Diagnostics;
using System.Text;
using PlanSite.Content.Loading;
using PlanSite.Rendering;
using PlanSite.Rendering.Templates;

namespace PlanSite.Site;

public sealed record BuildResult(int PageCount, int FileCount, TimeSpan Elapsed);

/// <summary>content/ + templates/ → output/: load and validate, render, then publish atomically.</summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="Content.ContentException">content has errors; output is untouched.</exception>
    /// <exception cref="TemplateException">a template has errors; output is untouched.</exception>
    public static BuildResult Build(string contentDir, string templatesDir, string outDir)
    {
        var clock = Stopwatch.StartNew();
        var site = ContentLoader.LoadOrThrow(contentDir);
        var templates = TemplateSet.Load(templatesDir);
        var pages = new SiteRenderer(templates).Render(site);
        int files = 0;
        OutputFolder.Publish(outDir, staging =>
        {
            foreach (var page in pages)
            {
                string path = Path.Combine(staging, page.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Html, Utf8);
                files++;
            }
            files += CopyAssets(Path.Combine(templatesDir, "assets"), Path.Combine(staging, "assets"));
        });
        return new BuildResult(pages.Count, files, clock.Elapsed);
    }

    private static int CopyAssets(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        int count = 0;
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
            count++;
        }
        return count;
    }
}
