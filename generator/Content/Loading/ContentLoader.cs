using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using PlanSite.Content.Caching;
using PlanSite.Model;

namespace PlanSite.Content.Loading;

/// <summary>
/// Loads and validates everything under content/ into one immutable <see cref="SiteContent"/>.
/// All errors are collected; content is returned only when there are none.
/// </summary>
public static partial class ContentLoader
{
    /// <param name="PlansFromCache">Plans taken from the plan cache instead of being parsed and checked again.</param>
    public sealed record Result(SiteContent? Content, IReadOnlyList<ContentError> Errors, int PlansFromCache = 0)
    {
        public bool Ok => Errors.Count == 0 && Content is not null;

        /// <summary>Plan id → hash of the plan folder's files (<see cref="PlanCache.KeyOf"/>); filled when loading with a cache.</summary>
        public IReadOnlyDictionary<string, string> PlanInputHashes { get; init; } = new Dictionary<string, string>();

        /// <summary>The plans' ids in the order of <see cref="SiteContent.Plans"/>, known without loading a held-back plan.</summary>
        public IReadOnlyList<string> PlanIds { get; init; } = [];

        /// <summary>Plans held back (see <see cref="Load"/>'s holdBack): not read at all unless asked for.</summary>
        public IReadOnlySet<string> HeldBack { get; init; } = new HashSet<string>();

        /// <summary>Plans read so far: parsed, or taken from the cache when loaded or when a held-back plan was asked for.</summary>
        public int LoadedPlans => Content?.Plans is PlanList list ? list.LoadedCount : Content?.Plans.Count ?? 0;
    }

    public static SiteContent LoadOrThrow(string contentDir) => LoadCheckedOrThrow(contentDir).Content!;

    /// <summary>Like <see cref="Load"/>, throwing when the content has errors.</summary>
    public static Result LoadCheckedOrThrow(string contentDir, PlanCache? cache = null, Func<string, string, bool>? holdBack = null,
        Action<SiteInfo, Plan>? onPlanLoaded = null)
    {
        var result = Load(contentDir, cache, holdBack, onPlanLoaded);
        return result.Ok ? result : throw new ContentException(result.Errors);
    }

    /// <param name="cache">When given, unchanged plans come from it and newly checked ones are stored in it.</param>
    /// <param name="holdBack">
    /// Asked with a plan's id and input hash when the cache has that plan: true holds the plan back, so
    /// it is read from the cache only when <see cref="SiteContent.Plans"/> is asked for it. A plan can
    /// only be in the cache if it loaded without errors from exactly these files, so it needs no checks.
    /// </param>
    /// <param name="onPlanLoaded">
    /// Told of each plan that loaded without errors (not held back) as soon as it has, on the loading
    /// thread, with the site's settings: the build renders it there while other plans are still being
    /// read. The content as a whole may still turn out to have errors; then Load reports them as usual.
    /// </param>
    public static Result Load(string contentDir, PlanCache? cache = null, Func<string, string, bool>? holdBack = null,
        Action<SiteInfo, Plan>? onPlanLoaded = null)
    {
        var errors = new ErrorSink();
        string root = Path.GetFullPath(contentDir);
        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(contentDir, 0, 0, "(folder)", "content folder not found"));
            return new Result(null, errors.Errors);
        }

        var info = LoadSiteInfo(root, contentDir, errors);
        var pages = LoadPages(root, contentDir, errors);
        var plans = new List<Lazy<Plan>>();
        var ids = new List<string>();
        var heldBack = new HashSet<string>(StringComparer.Ordinal);
        int fromCache = 0;
        var inputHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        string plansDir = Path.Combine(root, "plans");
        if (Directory.Exists(plansDir))
        {
            // Plans are independent: load them in parallel, then report errors and keep plans in folder order.
            var dirs = Directory.GetDirectories(plansDir).Order(StringComparer.Ordinal).ToArray();
            var loaded = new (Lazy<Plan>? Plan, ErrorSink Errors, bool Cached, string? InputHash, bool HeldBack)[dirs.Length];
            bool siteOk = !errors.HasErrors; // with broken settings, rendering would be wasted
            // One thread per core: parsing takes a lock (YamlFile), and a thread blocked there must not
            // make the pool add threads that would only render more plans side by side than there are cores.
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
            // Plans go into the cache beside the loading, not before their rendering: writing the first
            // entry takes ~200 ms of cold JSON code, the whole wait of a rebuild after one edit otherwise.
            var cacheWrites = new ConcurrentBag<Task>();
            try
            {
                Parallel.For(0, dirs.Length, parallel, i =>
                {
                    var result = loaded[i] = LoadPlan(dirs[i], Display(contentDir, root, dirs[i]), cache, holdBack, cacheWrites);
                    if (onPlanLoaded is not null && siteOk && result is { Plan: { } plan, HeldBack: false } && !result.Errors.HasErrors)
                        onPlanLoaded(info, plan.Value);
                });
                Task.WaitAll(cacheWrites);
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // Entries being written are finished first (a failed build leaves no half-written file behind).
                try { Task.WaitAll(cacheWrites); } catch (AggregateException) { }
                // The caller's own failure (a template error while rendering a plan), or a cache write's, as itself.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
            fromCache = loaded.Count(l => l.Cached);
            for (int i = 0; i < dirs.Length; i++)
            {
                var (plan, planErrors, _, hash, held) = loaded[i];
                foreach (var error in planErrors.Errors)
                    errors.Add(error);
                if (plan is null) continue;
                string id = Path.GetFileName(dirs[i]); // a plan's id is its folder's name (PlanReader checks)
                plans.Add(plan);
                ids.Add(id);
                if (held)
                    heldBack.Add(id);
                if (hash is not null)
                    inputHashes[id] = hash;
            }
        }

        var redirects = LoadRedirects(root, contentDir, errors);
        return errors.HasErrors
            ? new Result(null, errors.Errors)
            : new Result(new SiteContent(info, new PlanList(plans), pages) { Redirects = redirects }, errors.Errors, fromCache)
            {
                PlanInputHashes = inputHashes,
                PlanIds = ids,
                HeldBack = heldBack,
            };
    }

    private static (Lazy<Plan>? Plan, ErrorSink Errors, bool Cached, string? InputHash, bool HeldBack) LoadPlan(
        string dir, string displayDir, PlanCache? cache, Func<string, string, bool>? holdBack, ConcurrentBag<Task> cacheWrites)
    {
        var errors = new ErrorSink();
        string id = Path.GetFileName(dir);
        if (cache is null || !Slug.IsSafe(id))
            return (Loaded(LoadPlan(dir, displayDir, errors)), errors, false, null, false);
        string key = PlanCache.KeyOf(dir);
        if (holdBack is not null && cache.Has(id, key) && holdBack(id, key))
            return (new Lazy<Plan>(() => cache.TryGet(id, key) ?? LoadCheckedPlan(dir, displayDir)), errors, true, key, true);
        if (cache.TryGet(id, key) is { } cached)
            return (Loaded(cached), errors, true, key, false);
        var plan = LoadPlan(dir, displayDir, errors);
        if (plan is not null && !errors.HasErrors)
            cacheWrites.Add(Task.Run(() => cache.Put(plan.Id, key, plan)));
        return (Loaded(plan), errors, false, key, false);
    }

    private static Lazy<Plan>? Loaded(Plan? plan) => plan is null ? null : new Lazy<Plan>(plan);

    /// <summary>A held-back plan whose cache entry went missing after all: read from its (unchanged, so valid) files.</summary>
    private static Plan LoadCheckedPlan(string dir, string displayDir)
    {
        var errors = new ErrorSink();
        var plan = LoadPlan(dir, displayDir, errors);
        return plan is not null && !errors.HasErrors ? plan : throw new ContentException(errors.Errors);
    }

    private static string Display(string contentDir, string root, string path) =>
        Path.Combine(contentDir, Path.GetRelativePath(root, path));

    private static SiteInfo LoadSiteInfo(string root, string contentDir, ErrorSink errors)
    {
        var fallback = new SiteInfo("自治体計画の進捗", null);
        string path = Path.Combine(root, "site.yaml");
        if (!File.Exists(path)) return fallback;
        var map = YamlFile.Load(path, Display(contentDir, root, path), errors)?.AsMapping("title", "description", "base_url", "publisher");
        if (map is null) return fallback;
        var baseNode = map.Optional("base_url");
        string? baseUrl = baseNode?.AsString();
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Query.Length == 0 && uri.Fragment.Length == 0))
        {
            baseNode!.Error($"'{baseUrl}' is not an absolute http(s) URL such as https://www.city.example.lg.jp/plan/");
            baseUrl = null;
        }
        else if (baseUrl is not null && !baseUrl.EndsWith('/'))
            baseUrl += "/";
        return new SiteInfo(map.RequiredString("title", "the site's name") ?? fallback.Title, map.String("description"), baseUrl, map.String("publisher"));
    }

    private static IReadOnlyList<Redirect> LoadRedirects(string root, string contentDir, ErrorSink errors)
    {
        string path = Path.Combine(root, "redirects.yaml");
        if (!File.Exists(path)) return Array.Empty<Redirect>();
        var node = YamlFile.Load(path, Display(contentDir, root, path), errors);
        if (node is null) return Array.Empty<Redirect>();
        var redirects = new List<Redirect>();
        foreach (var item in node.AsSequence())
        {
            var map = item.AsMapping("from", "to", "reason");
            if (map is null) continue;
            string? from = SitePath(map, "from", "the old URL path, e.g. plans/x/indicators/old-id/");
            string? to = SitePath(map, "to", "the new URL path, e.g. plans/x/indicators/new-id/");
            string? reason = map.RequiredString("reason", "why the URL moved");
            if (from is not null && redirects.Any(r => r.From == from))
                map.Node.Error($"'{from}' is redirected twice");
            else if (from is not null && to is not null && reason is not null)
                redirects.Add(new Redirect(from, to, reason));
        }
        return redirects;
    }

    /// <summary>A page path relative to the site root: safe segments ending in '/'.</summary>
    private static string? SitePath(Node.Mapping map, string key, string expected)
    {
        var node = map.Required(key, expected);
        string? path = node?.AsString();
        if (path is null) return null;
        var segments = path.TrimEnd('/').Split('/');
        if (path.StartsWith('/') || !path.EndsWith('/') || !segments.All(s => Slug.IsSafe(s) || IsEncodedDepartment(s)))
        {
            node!.Error($"'{path}' must be a page path relative to the site root, ending in '/', made of safe segments ({Slug.Rule}; " +
                        "or a department name percent-encoded as in published-urls.txt)");
            return null;
        }
        return path;
    }

    /// <summary>A department page's segment, encoded exactly as the site writes it (SiteUrls.Department).</summary>
    private static bool IsEncodedDepartment(string segment)
    {
        string name;
        try { name = Uri.UnescapeDataString(segment); }
        catch (UriFormatException) { return false; }
        return DepartmentName.IsSafe(name) && Uri.EscapeDataString(name) == segment;
    }

    private static IReadOnlyList<ContentPage> LoadPages(string root, string contentDir, ErrorSink errors)
    {
        string dir = Path.Combine(root, "pages");
        if (!Directory.Exists(dir)) return Array.Empty<ContentPage>();
        var pages = new List<ContentPage>();
        foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
        {
            string display = Display(contentDir, root, file);
            string slug = Path.GetFileNameWithoutExtension(file);
            if (Path.GetExtension(file) != ".md")
                errors.Add(new ContentError(display, 0, 0, "(file)", "unexpected file: pages/ holds only .md files"));
            else if (!Slug.IsSafe(slug))
                errors.Add(new ContentError(display, 0, 0, "(file name)", $"'{slug}' is not a safe page name: {Slug.Rule}"));
            else
            {
                string markdown = File.ReadAllText(file);
                var heading = FirstHeading().Match(markdown);
                if (!heading.Success)
                    errors.Add(new ContentError(display, 1, 1, "(title)", "a page must start with a '# title' heading"));
                else
                    pages.Add(new ContentPage(slug, heading.Groups[1].Value.Trim(), markdown));
            }
        }
        return pages;
    }

    /// <summary>One plan folder and its reviews, for commands that work on a single plan (review template/import).</summary>
    public static (Plan? Plan, IReadOnlyList<ContentError> Errors) LoadPlan(string contentDir, string planId)
    {
        var errors = new ErrorSink();
        string dir = Path.Combine(contentDir, "plans", planId);
        if (!Slug.IsSafe(planId) || !Directory.Exists(dir))
        {
            errors.Add(new ContentError(Path.Combine(contentDir, "plans"), 0, 0, "(plan)", $"no plan '{planId}' in {Path.Combine(contentDir, "plans")}"));
            return (null, errors.Errors);
        }
        var plan = LoadPlan(Path.GetFullPath(dir), dir, errors);
        return (errors.HasErrors ? null : plan, errors.Errors);
    }

    private static Plan? LoadPlan(string dir, string displayDir, ErrorSink errors)
    {
        string folderId = Path.GetFileName(dir);
        if (!Slug.IsSafe(folderId))
        {
            errors.Add(new ContentError(displayDir, 0, 0, "(folder name)", $"'{folderId}' is not a safe plan id: {Slug.Rule}"));
            return null;
        }
        foreach (var stray in Directory.GetFiles(dir).Where(f => Path.GetFileName(f) != "plan.yaml").Order(StringComparer.Ordinal))
            errors.Add(new ContentError(Path.Combine(displayDir, Path.GetFileName(stray)), 0, 0, "(file)",
                "unexpected file: a plan folder holds plan.yaml and reviews/<fiscal-year>.yaml only"));

        string planPath = Path.Combine(dir, "plan.yaml");
        if (!File.Exists(planPath))
        {
            errors.Add(new ContentError(displayDir, 0, 0, "plan.yaml", "missing: every plan folder needs a plan.yaml"));
            return null;
        }
        var root = YamlFile.Load(planPath, Path.Combine(displayDir, "plan.yaml"), errors);
        var plan = root is null ? null : PlanReader.Read(root, folderId, errors);
        if (plan is null) return null;

        var reviews = new List<Review>();
        string reviewsDir = Path.Combine(dir, "reviews");
        if (Directory.Exists(reviewsDir))
            foreach (var file in Directory.GetFiles(reviewsDir).Order(StringComparer.Ordinal))
            {
                string display = Path.Combine(displayDir, "reviews", Path.GetFileName(file));
                var match = ReviewFileName().Match(Path.GetFileName(file));
                if (!match.Success)
                {
                    errors.Add(new ContentError(display, 0, 0, "(file name)", "a review file is named after its fiscal year, e.g. 2022.yaml"));
                    continue;
                }
                var reviewRoot = YamlFile.Load(file, display, errors);
                if (reviewRoot is not null && ReviewReader.Read(reviewRoot, plan, int.Parse(match.Groups[1].Value), errors) is { } review)
                    reviews.Add(review);
            }
        return plan with { Reviews = reviews.OrderBy(r => r.FiscalYear).ToArray() };
    }

    [GeneratedRegex(@"^(\d{4})\.yaml$")]
    private static partial Regex ReviewFileName();

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();
}
