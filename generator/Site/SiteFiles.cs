using PlanSite.Model;
using PlanSite.Rendering;
using PlanSite.Rendering.Data;
using PlanSite.Rendering.Feeds;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;
using PlanSite.Site.Incremental;
using static PlanSite.Site.Parallelism;

namespace PlanSite.Site;

/// <summary>What a build records of its site-wide files' inputs, and may reuse of the previous build's.</summary>
/// <param name="OutlinesFingerprint">The site fingerprint and every plan's outline hash, in order (<see cref="InputFingerprint.Outlines"/>).</param>
/// <param name="Previous">The previous build's manifest and bundle; null when there is nothing to reuse.</param>
internal sealed record SiteFilesReuse(StagedOutput Output, string OutlinesFingerprint,
    (BuildManifest Manifest, IReadOnlyDictionary<string, ZipMember> Bundle)? Previous);

/// <summary>What <see cref="SiteFiles.Render"/> records for the build manifest: each group's fingerprint, and each owner's bundle part (null without reuse).</summary>
internal sealed record SiteFilesResult(IReadOnlyDictionary<string, string> Fingerprints, IReadOnlyDictionary<string, string>? BundleParts);

/// <summary>
/// The files that span all plans, in three groups by what they are made of: the site settings and
/// the plans' outlines (home, 404, free pages, redirect pages, data index, sitemap, feed, robots.txt,
/// assets); copies of data files at moved URLs (the files they copy); and the data bundle (every
/// bundled data file). A group whose inputs are exactly those of the previous build is kept as it
/// is, so a rebuild after an edit that no outline shows (commentary, a figure) makes none of them.
/// </summary>
internal static class SiteFiles
{
    /// <summary>Owners in the build manifest; a plan id never starts with '-' (Slug).</summary>
    public const string Owner = "-";
    public const string BundleOwner = "-bundle";
    public const string MovedDataOwner = "-moved";

    public static bool IsSiteOwner(string owner) => owner.StartsWith('-');

    /// <summary>Renders (or keeps) the site-wide files; returns what the build manifest records of them.</summary>
    public static SiteFilesResult Render(SiteContent site, IReadOnlyList<PlanOutline> outlines, TemplateSet templates,
        SiteRenderer renderer, ISiteOutput output, BundleSpool bundle, SiteFilesReuse? reuse)
    {
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reuse is not null)
            fingerprints[Owner] = reuse.OutlinesFingerprint;
        if (reuse?.Previous is var (previous, previousBundle) && previous.PlanFingerprints.GetValueOrDefault(Owner) == reuse.OutlinesFingerprint
            && previousBundle.TryGetValue(SiteUrls.DataIndex, out var index))
        {
            reuse.Output.Keep(previous.FilesOf(Owner));
            bundle.Carry(index);
        }
        else
            InParallel(OutlineFiles(site, outlines, templates, renderer, output, bundle), part => part());

        foreach (var file in MovedData(site, output))
            output.Put(MovedDataOwner, file);

        if (reuse is not null)
        {
            var parts = reuse.Output.BundleParts();
            string bundleFingerprint = InputFingerprint.Bundle(parts.Select(p => (p.Key, p.Value)));
            fingerprints[BundleOwner] = bundleFingerprint;
            if (reuse.Previous is var (before, _) && before.PlanFingerprints.GetValueOrDefault(BundleOwner) == bundleFingerprint)
                reuse.Output.Keep(before.FilesOf(BundleOwner));
            else
                output.Put(BundleOwner, SiteUrls.Bundle, zip => ZipBundle.Write(bundle.Members, zip));
            return new SiteFilesResult(fingerprints, parts);
        }
        output.Put(BundleOwner, SiteUrls.Bundle, zip => ZipBundle.Write(bundle.Members, zip));
        return new SiteFilesResult(fingerprints, null);
    }

    /// <summary>The files made from the site settings and the outlines; they do not depend on each other, so they are made side by side.</summary>
    private static List<Action> OutlineFiles(SiteContent site, IReadOnlyList<PlanOutline> outlines, TemplateSet templates, SiteRenderer renderer,
        ISiteOutput output, BundleSpool bundle)
    {
        var parts = new List<Action>
        {
            () =>
            {
                foreach (var page in renderer.SitePages(site, outlines))
                    output.Put(Owner, page);
            },
            () =>
            {
                var index = DataFiles.Index(site, outlines);
                output.Put(Owner, index);
                bundle.Add(index);
            },
            () =>
            {
                output.Put(Owner, Sitemap.Robots(site.Info.BaseUrl));
                foreach (var asset in Assets(templates.Folder))
                    output.Put(Owner, asset);
            },
        };
        if (site.Info.BaseUrl is { } baseUrl)
        {
            parts.Add(() => output.Put(Owner, Sitemap.Build(site, outlines, baseUrl)));
            parts.Add(() => output.Put(Owner, AtomFeed.ForSite(site, outlines, baseUrl)));
        }
        return parts;
    }

    private static readonly string[] MovedExtensions = [".csv", ".json", ".svg"];

    /// <summary>The files <see cref="MovedData"/> looks up: the data files at both ends of every redirect.</summary>
    public static HashSet<string> MovedDataPaths(SiteContent site) =>
        site.Redirects.SelectMany(r => new[] { r.From, r.To }).SelectMany(p => MovedExtensions.Select(e => p.TrimEnd('/') + e)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A moved indicator keeps its old .csv/.json/.svg links working too.</summary>
    private static IEnumerable<OutputFile> MovedData(SiteContent site, ISiteOutput output)
    {
        foreach (var redirect in site.Redirects)
            foreach (var extension in MovedExtensions)
                // A 再掲 indicator keeps its own data files (they name what they repeat); only its page redirects.
                if (output.Find(redirect.To.TrimEnd('/') + extension) is { } file && !IsSiteOwner(file.Owner)
                    && output.Find(redirect.From.TrimEnd('/') + extension) is null)
                    yield return new OutputFile(redirect.From.TrimEnd('/') + extension, file.Bytes);
    }

    private static IEnumerable<OutputFile> Assets(string templatesDir)
    {
        string from = Path.Combine(templatesDir, "assets");
        if (!Directory.Exists(from)) yield break;
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return new OutputFile("assets/" + Path.GetRelativePath(from, file).Replace('\\', '/'), File.ReadAllBytes(file));
    }
}
