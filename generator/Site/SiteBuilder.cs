using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Win32.SafeHandles;
using PlanSite.Content.Caching;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Rendering;
using PlanSite.Rendering.Data;
using PlanSite.Rendering.Feeds;
using PlanSite.Rendering.Pages;
using PlanSite.Rendering.Templates;
using PlanSite.Site.Incremental;
using PlanSite.Site.Permalinks;
using static PlanSite.Site.Parallelism;

namespace PlanSite.Site;

public sealed record BuildOptions
{
    /// <summary>Overrides site.yaml's base_url (e.g. a staging host).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Append new page URLs to content/published-urls.txt after a successful build.</summary>
    public bool UpdateManifest { get; init; }

    /// <summary>Told after each plan and phase; called from the rendering threads, so it must be thread-safe.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}

/// <summary>
/// A rendered site with the result of the URL manifest check; <see cref="Files"/> holds the files
/// themselves when they were kept (the preview), and is empty for a check (validate).
/// </summary>
public sealed record PreparedSite(IReadOnlyList<OutputFile> Files, int PageCount, IReadOnlyList<string> Warnings, ManifestCheck Check, UrlManifest Manifest);

/// <param name="RenderedPlans">Plans rendered this time; the others were unchanged since the previous build and kept as they were.</param>
/// <param name="WrittenFiles">Files whose bytes changed (or are new) and were written.</param>
public sealed record BuildResult(int PageCount, int FileCount, long Bytes, IReadOnlyList<string> Warnings, TimeSpan Elapsed)
{
    public int RenderedPlans { get; init; }
    /// <summary>Plans taken from the plan cache, neither parsed nor checked again (their files are unchanged).</summary>
    public int PlansFromCache { get; init; }
    /// <summary>Plans whose model was read at all; an unchanged plan whose files are kept is not (the site-wide files use its outline).</summary>
    public int LoadedPlans { get; init; }
    public int WrittenFiles { get; init; }
    /// <summary>Downloadable data: CSV, JSON and the ZIP bundle (charts, feeds and assets are neither pages nor data).</summary>
    public int DataFileCount { get; init; }
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];
}

/// <summary>
/// content/ + templates/ → output/: find which plans the previous build already rendered from the
/// same inputs (those are not even loaded); load and validate the others, rendering each one
/// (data files, pages, feed) as soon as it has loaded, every file written to staging only if its
/// bytes changed; check that no published URL disappears; make the site-wide files whose inputs
/// changed (SiteFiles); then publish. Any error leaves output/ untouched.
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
        var phases = new List<(string, TimeSpan)>();
        void Phase(string name) => phases.Add((name, clock.Elapsed - phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Item2)));

        // The templates are parsed while the previous build's manifest and bundle are read (both are
        // needed before the first plan renders; a rebuild after one edit waits for each of them).
        var templatesLoading = Task.Run(() => TemplateSet.Load(templatesDir));

        // What the previous build left, first: a plan it rendered from exactly these inputs, and whose
        // outline is cached, is not even loaded (its files are kept, the site-wide files use its outline).
        string siteFingerprint = InputFingerprint.Site(contentDir, templatesDir, options.BaseUrl);
        var previous = BuildManifest.Load(outDir);
        using var oldBundleFile = previous?.SiteFingerprint == siteFingerprint ? OpenIfExists(Path.Combine(outDir, SiteUrls.Bundle)) : null;
        var oldBundle = oldBundleFile is null ? null : ZipBundle.Read(oldBundleFile);
        var cache = PlanCache.Beside(outDir);
        var outlineCache = new OutlineCache(cache.Folder);
        var outlineOf = new ConcurrentDictionary<string, PlanOutline>(StringComparer.Ordinal);
        var outlineHashOf = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        bool Unchanged(string planId, string inputHash)
        {
            if (!IsReusable(planId, InputFingerprint.Plan(siteFingerprint, inputHash), siteFingerprint, previous, oldBundle)) return false;
            if (outlineCache.TryGet(planId, inputHash) is not { } cached) return false;
            outlineOf[planId] = cached.Outline;
            outlineHashOf[planId] = cached.Hash;
            return true;
        }
        Phase("fingerprints");

        // Plans are rendered as they are loaded, into staging: reading YAML takes one core (YamlFile),
        // so the other renders meanwhile. Nothing is published before every check below has passed.
        var templates = templatesLoading.GetAwaiter().GetResult(); // a TemplateException as itself
        var renderer = new SiteRenderer(templates);
        string outParent = Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outDir))!).FullName;
        using var bundle = new BundleSpool(outParent);
        using var output = new StagedOutput(outDir, previous);
        int done = 0;
        var progressLock = new Lock();
        void PlanDone(string item, int total)
        {
            if (options.Progress is null) return;
            lock (progressLock) // so the counts come out in order
                options.Progress.Report(new BuildProgress("plans", ++done, total, item));
        }
        int planCount = Directory.Exists(Path.Combine(contentDir, "plans")) ? Directory.GetDirectories(Path.Combine(contentDir, "plans")).Length : 0;
        int rendering = 0;
        void Render(SiteInfo info, Plan plan)
        {
            bool alone = Interlocked.Increment(ref rendering) == 1;
            try
            {
                var outline = outlineOf[plan.Id] = PlanOutline.Of(plan);
                // A plan's pages depend on the site's settings and on this plan only (the incremental build relies on it).
                var planSite = new SiteContent(WithImpliedSettings(info, options), [plan], []);
                RenderPlan(planSite, new PlanQueries(plan), outline, renderer, output, bundle, sideBySide: alone);
            }
            finally
            {
                Interlocked.Decrement(ref rendering);
            }
            PlanDone(plan.Id, planCount);
        }
        var loaded = ContentLoader.LoadCheckedOrThrow(contentDir, cache, Unchanged, Render);
        var ids = loaded.PlanIds;
        var oldMembers = oldBundle?.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var id in loaded.HeldBack)
        {
            output.KeepOwner(id);
            foreach (var (path, _, _) in previous!.LinesOfFiles(id))
                if (DataFiles.IsBundleMember(path))
                    bundle.Carry(oldMembers!.Value[path]);
            PlanDone(id + " (unchanged, kept)", planCount);
        }
        var outlines = ids.Select(id => outlineOf[id]).ToArray();
        InParallel(ids.Where(id => !loaded.HeldBack.Contains(id)), id => outlineHashOf[id] = outlineCache.Put(loaded.PlanInputHashes[id], outlineOf[id]));
        var site = WithImpliedSettings(loaded.Content!, options, outlines);
        var warnings = new List<string>();
        if (site.Info.BaseUrl is null)
            warnings.Add(NoBaseUrl);
        options.Progress?.Report(new BuildProgress("load", 1, 1,
            $"{ids.Count} plan(s) and {site.Pages.Count} page(s) read and checked" +
            (loaded.PlansFromCache > 0 ? $"; {loaded.PlansFromCache} unchanged plan(s) from the plan cache" : "")));
        Phase("load + plans");

        var check = CheckPermalinks(contentDir, site, PlannedPages(site, outlines), options, warnings);
        if (!check.Check.Ok)
            throw new PermalinkException(check.Check.Problems);
        var planFingerprints = ids.ToDictionary(id => id, id => InputFingerprint.Plan(siteFingerprint, loaded.PlanInputHashes[id]), StringComparer.Ordinal);
        Phase("check URLs");

        var reuse = new SiteFilesReuse(output, InputFingerprint.Outlines(siteFingerprint, ids.Select(id => (id, outlineHashOf[id]))),
            previous is not null && oldBundle is not null ? (previous, oldBundle) : null);
        var siteFiles = SiteFiles.Render(site, outlines, templates, renderer, output, bundle, reuse);
        options.Progress?.Report(new BuildProgress("site files", 1, 1, "home, pages, index, bundle, feeds, assets"));
        Phase("site files");

        foreach (var (owner, fingerprint) in siteFiles.Fingerprints)
            planFingerprints[owner] = fingerprint;
        output.Commit(siteFingerprint, planFingerprints, siteFiles.BundleParts!);
        cache.Retain(ids);
        outlineCache.Retain(ids);
        if (options.UpdateManifest && check.Check.Added.Count > 0)
            UrlManifest.Save(contentDir, check.Manifest.Urls.Concat(check.Check.Added));
        Phase("publish");

        var (fileCount, pageCount, dataFileCount, bytes) = Tally(output, previous);
        return new BuildResult(pageCount, fileCount, bytes, warnings, clock.Elapsed)
        {
            RenderedPlans = ids.Count - loaded.HeldBack.Count,
            PlansFromCache = loaded.PlansFromCache,
            LoadedPlans = loaded.LoadedPlans,
            WrittenFiles = output.StagedCount,
            Phases = phases,
            DataFileCount = dataFileCount,
        };
    }

    /// <summary>The summary's counts: one pass over the files made or kept one by one, plus the totals of the owners kept whole.</summary>
    private static (int Files, int Pages, int DataFiles, long Bytes) Tally(StagedOutput output, BuildManifest? previous)
    {
        int files = output.Files.Count, pages = 0, data = 0;
        long bytes = 0;
        foreach (var (path, record) in output.Files)
        {
            if (OutputKinds.IsPage(path)) pages++;
            if (OutputKinds.IsDataFile(path)) data++;
            bytes += record.Size;
        }
        foreach (var owner in output.KeptOwners)
        {
            var section = previous!.SectionOf(owner);
            (files, pages, data, bytes) = (files + section.FileCount, pages + section.Pages, data + section.DataFiles, bytes + section.Bytes);
        }
        return (files, pages, data, bytes);
    }

    /// <summary>
    /// Everything a build does short of writing: render and check the URL manifest. Shared by validate
    /// and serve, so neither passes what the build would reject. With <paramref name="keepFiles"/> off
    /// (validate) every file is still rendered but its bytes are not kept.
    /// </summary>
    public static PreparedSite Prepare(SiteContent site, TemplateSet templates, string contentDir, BuildOptions options, bool keepFiles = true)
    {
        var outlines = site.Plans.Select(PlanOutline.Of).ToArray();
        site = WithImpliedSettings(site, options, outlines);
        var warnings = new List<string>();
        if (site.Info.BaseUrl is null)
            warnings.Add(NoBaseUrl);
        var renderer = new SiteRenderer(templates);
        var memory = keepFiles ? new MemoryOutput() : null;
        var checking = keepFiles ? null : new CheckingOutput(SiteFiles.MovedDataPaths(site));
        ISiteOutput output = memory ?? (ISiteOutput)checking!;
        using var bundle = new BundleSpool(Path.GetTempPath());
        InParallel(Enumerable.Range(0, outlines.Length), i => RenderPlan(site, new PlanQueries(site.Plans[i]), outlines[i], renderer, output, bundle));
        SiteFiles.Render(site, outlines, templates, renderer, output, bundle, reuse: null);
        var paths = memory?.Files.Select(f => f.Path) ?? checking!.Paths;

        // The pages actually rendered, so a template that forgot a page is caught here too.
        var pages = paths.Where(p => OutputKinds.IsPage(p)).Select(SiteUrls.PageFor).ToHashSet(StringComparer.Ordinal);
        int pageCount = pages.Count;
        var (check, manifest) = CheckPermalinks(contentDir, site, pages, options, warnings);
        return new PreparedSite(memory?.Files ?? [], pageCount, warnings, check, manifest);
    }

    private const string NoBaseUrl = "site.yaml has no base_url: sitemap.xml, feeds and canonical links are not written";

    /// <summary>What the content implies beyond what it says: the --base-url override and the implied redirects.</summary>
    private static SiteContent WithImpliedSettings(SiteContent site, BuildOptions options, IReadOnlyList<PlanOutline> outlines) =>
        site with { Info = WithImpliedSettings(site.Info, options), Redirects = ImpliedRedirects.Expand(site.Redirects, outlines) };

    private static SiteInfo WithImpliedSettings(SiteInfo info, BuildOptions options) =>
        options.BaseUrl is { } baseUrl ? info with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } : info;

    /// <summary>The page paths the site will have, known without rendering (the build checks URLs before it renders).</summary>
    private static HashSet<string> PlannedPages(SiteContent site, IReadOnlyList<PlanOutline> outlines)
    {
        var pages = new HashSet<string>(StringComparer.Ordinal) { SiteUrls.Home };
        pages.UnionWith(site.Pages.Select(SiteUrls.ContentPage));
        foreach (var plan in outlines)
        {
            pages.UnionWith(plan.Pages);
            pages.UnionWith(plan.Embeds);
        }
        return pages;
    }

    /// <summary>Compares the site's pages with the manifest of published URLs; warns about new ones unless they are being recorded.</summary>
    private static (ManifestCheck Check, UrlManifest Manifest) CheckPermalinks(string contentDir, SiteContent site, HashSet<string> pages, BuildOptions options, List<string> warnings)
    {
        pages = new HashSet<string>(pages, StringComparer.Ordinal);
        foreach (var redirect in site.Redirects)
            pages.Remove(redirect.From);

        var manifest = UrlManifest.Load(contentDir);
        var check = manifest.Check(pages, site.Redirects);
        if (check.Ok && check.Added.Count > 0 && !options.UpdateManifest)
            warnings.Add(manifest.Exists
                ? $"{check.Added.Count} new page URL(s) are not in content/{UrlManifest.FileName} (e.g. {check.Added[0]}); run `plansite build --update-manifest` to record them"
                : $"content/{UrlManifest.FileName} does not exist yet; run `plansite build --update-manifest` to record the {check.Added.Count} published URL(s)");
        return (check, manifest);
    }

    /// <summary>
    /// Whether a plan's files from the previous build are still exactly what it would render: same
    /// inputs, same site-wide inputs, and its bundle members are in the previous bundle. Anything
    /// doubtful (no manifest, other templates or generator, unreadable bundle) means the plan is
    /// rendered again; its unchanged files are still not rewritten.
    /// </summary>
    private static bool IsReusable(string planId, string planFingerprint, string siteFingerprint, BuildManifest? previous,
        Dictionary<string, ZipMember>? oldBundle) =>
        previous is not null && oldBundle is not null && previous.SiteFingerprint == siteFingerprint
        && previous.PlanFingerprints.TryGetValue(planId, out var fingerprint) && fingerprint == planFingerprint
        && AllBundledIn(previous, planId, oldBundle);

    /// <summary>Whether every bundled file of the plan is a member of the previous bundle (read from the manifest without making strings: this runs for every unchanged plan).</summary>
    private static bool AllBundledIn(BuildManifest previous, string planId, Dictionary<string, ZipMember> oldBundle)
    {
        var members = oldBundle.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (path, _, _) in previous.LinesOfFiles(planId))
            if (DataFiles.IsBundleMember(path) && !members.ContainsKey(path))
                return false;
        return true;
    }

    /// <summary>The previous bundle, kept open so its members can be copied into the new one; null when there is none.</summary>
    private static SafeFileHandle? OpenIfExists(string path) =>
        File.Exists(path) ? File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete) : null;

    /// <summary>
    /// Data files first (pages show their sizes), then pages and the plan's feed; each written as it is
    /// made. <paramref name="sideBySide"/> spreads the plan's files over the cores: for a plan rendered
    /// alone (the usual rebuild after an edit), when no other plan keeps them busy.
    /// </summary>
    private static void RenderPlan(SiteContent site, PlanQueries q, PlanOutline outline, SiteRenderer renderer, ISiteOutput output, BundleSpool bundle,
        bool sideBySide = false)
    {
        string owner = q.Plan.Id;
        var sizes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        void Data(Func<OutputFile> render)
        {
            var file = render();
            sizes[file.Path] = file.Bytes.Length;
            output.Put(owner, file);
            if (DataFiles.IsBundleMember(file.Path))
                bundle.Add(file);
        }
        void Page(Func<OutputFile> render) => output.Put(owner, render());
        if (sideBySide)
        {
            InParallel(DataFiles.ForPlan(site, q), Data);
            InParallel(renderer.PlanPages(site, q, sizes), Page);
        }
        else
        {
            foreach (var render in DataFiles.ForPlan(site, q))
                Data(render);
            foreach (var render in renderer.PlanPages(site, q, sizes))
                Page(render);
        }
        if (site.Info.BaseUrl is { } baseUrl)
            output.Put(owner, AtomFeed.ForPlan(outline, baseUrl));
    }

}
