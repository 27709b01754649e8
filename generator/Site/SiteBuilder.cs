using System.Diagnostics;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Rendering;
using PlanSite.Rendering.Data;
using PlanSite.Rendering.Feeds;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;
using PlanSite.Site.Permalinks;

namespace PlanSite.Site;

public sealed record BuildOptions
{
    /// <summary>Overrides site.yaml's base_url (e.g. a staging host).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Append new page URLs to content/published-urls.txt after a successful build.</summary>
    public bool UpdateManifest { get; init; }
}

/// <summary>A rendered site held in memory with the result of the URL manifest check.</summary>
public sealed record PreparedSite(IReadOnlyList<OutputFile> Files, IReadOnlyList<string> Warnings, ManifestCheck Check, UrlManifest Manifest)
{
    public int PageCount => Files.Count(f => f.Path == "index.html" || f.Path.EndsWith("/index.html", StringComparison.Ordinal));
}

public sealed record BuildResult(int PageCount, int FileCount, long Bytes, IReadOnlyList<string> Warnings, TimeSpan Elapsed);

/// <summary>
/// content/ + templates/ → output/: load and validate; render data files, pages and feeds; check
/// that no published URL disappears; then publish atomically. Any error leaves output/ untouched.
/// </summary>
public static class SiteBuilder
{
    /// <exception cref="Content.ContentException">content has errors.</exception>
    /// <exception cref="TemplateException">a template has errors.</exception>
    /// <exception cref="PermalinkException">a published URL would disappear.</exception>
    public static BuildResult Build(string contentDir, string templatesDir, string outDir, BuildOptions? options = null)
    {
        options ??= new BuildOptions();
        var clock = Stopwatch.StartNew();
        var site = ContentLoader.LoadOrThrow(contentDir);
        if (options.BaseUrl is { } baseUrl)
            site = site with { Info = site.Info with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        var templates = TemplateSet.Load(templatesDir);
        var (files, warnings, check, manifest) = Prepare(site, templates, contentDir, options);
        if (!check.Ok)
            throw new PermalinkException(check.Problems);

        OutputFolder.Publish(outDir, staging =>
        {
            foreach (var file in files)
            {
                string path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
        });
        if (options.UpdateManifest && check.Added.Count > 0)
            UrlManifest.Save(contentDir, manifest.Urls.Concat(check.Added));

        return new BuildResult(files.Count(IsPage), files.Count, files.Sum(f => (long)f.Bytes.Length), warnings, clock.Elapsed);
    }

    /// <summary>Everything a build does short of writing: render in memory, check the URL manifest. Shared by build, validate and serve.</summary>
    public static PreparedSite Prepare(SiteContent site, TemplateSet templates, string contentDir, BuildOptions options)
    {
        site = site with { Redirects = ImpliedRedirects.Expand(site.Redirects, site.Plans) };
        var warnings = new List<string>();
        var files = Render(site, templates, warnings);
        var pages = files.Where(IsPage).Select(f => PagePath(f.Path)).ToHashSet(StringComparer.Ordinal);
        foreach (var redirect in site.Redirects)
            pages.Remove(redirect.From);

        var manifest = UrlManifest.Load(contentDir);
        var check = manifest.Check(pages, site.Redirects);
        if (check.Ok && check.Added.Count > 0 && !options.UpdateManifest)
            warnings.Add(manifest.Exists
                ? $"{check.Added.Count} new page URL(s) are not in content/{UrlManifest.FileName} (e.g. {check.Added[0]}); run `plansite build --update-manifest` to record them"
                : $"content/{UrlManifest.FileName} does not exist yet; run `plansite build --update-manifest` to record the {check.Added.Count} published URL(s)");
        return new PreparedSite(files, warnings, check, manifest);
    }

    /// <summary>Every file of the site, in memory, ordered by path.</summary>
    public static IReadOnlyList<OutputFile> Render(SiteContent site, TemplateSet templates, List<string> warnings)
    {
        var queries = site.Plans.ToDictionary(p => p.Id, p => new PlanQueries(p));
        var data = DataFiles.Build(site, queries);
        var sizes = data.ToDictionary(f => f.Path, f => (long)f.Bytes.Length);
        var files = new List<OutputFile>(data);
        files.AddRange(new SiteRenderer(templates).Render(site, queries, sizes));
        files.AddRange(RedirectedData(site, data));
        files.Add(Sitemap.Robots(site.Info.BaseUrl));
        if (site.Info.BaseUrl is { } baseUrl)
        {
            files.Add(Sitemap.Build(site, baseUrl));
            files.Add(AtomFeed.ForSite(site, baseUrl));
            files.AddRange(site.Plans.Select(p => AtomFeed.ForPlan(site, p, baseUrl)));
        }
        else
            warnings.Add("site.yaml has no base_url: sitemap.xml, feeds and canonical links are not written");
        files.AddRange(Assets(templates.Folder));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    /// <summary>A moved indicator keeps its old .csv/.json/.svg links working too.</summary>
    private static IEnumerable<OutputFile> RedirectedData(SiteContent site, IReadOnlyList<OutputFile> data)
    {
        var byPath = data.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var redirect in site.Redirects)
            foreach (var extension in new[] { ".csv", ".json", ".svg" })
                if (byPath.TryGetValue(redirect.To.TrimEnd('/') + extension, out var file))
                    yield return file with { Path = redirect.From.TrimEnd('/') + extension };
    }

    private static IEnumerable<OutputFile> Assets(string templatesDir)
    {
        string from = Path.Combine(templatesDir, "assets");
        if (!Directory.Exists(from)) yield break;
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new OutputFile("assets/" + Path.GetRelativePath(from, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }

    private static bool IsPage(OutputFile file) => file.Path == "index.html" || file.Path.EndsWith("/index.html", StringComparison.Ordinal);

    private static string PagePath(string file) => file[..^"index.html".Length];
}
