using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace PlanSite.BrowserTests.Support;

/// <summary>A reference from a page to a URL: a link, a stylesheet, an image …</summary>
public sealed record PageReference(string FromPage, string Kind, string Text, string Url);

public sealed record LayoutProbe(int ScrollWidth, int ClientWidth, string HtmlOverflowX, string BodyOverflowX, IReadOnlyList<string> Overflowing);

public sealed record ChartProbe(string Where, string Name, string TextAlternative);

/// <summary>What the crawl saw on one HTML page, rendered in chromium at 320 px wide.</summary>
public sealed record CrawledPage(
    string Path, int Status, string Title,
    IReadOnlyList<PageReference> References,
    IReadOnlySet<string> Ids,
    IReadOnlyList<string> ConsoleErrors,
    LayoutProbe Layout,
    IReadOnlyList<ChartProbe> Charts,
    IReadOnlyList<IReadOnlyList<string>>? ValuesTable,
    TimeSpan LoadTime = default,
    TimeSpan ProbeTime = default);

public sealed record CrawledAsset(string Path, int Status, string? ContentType);

public sealed record SiteCrawl(
    IReadOnlyDictionary<string, CrawledPage> Pages,
    IReadOnlyDictionary<string, CrawledAsset> Assets,
    IReadOnlyList<PageReference> References,
    int ExternalReferences,
    TimeSpan Elapsed);

/// <summary>
/// Crawls the whole site from / in the browser: every internal &lt;a href&gt;, &lt;link href&gt;,
/// &lt;img src&gt; (and script/iframe/svg references) is followed; HTML pages are opened in chromium,
/// other files are fetched over HTTP. Several tabs work in parallel.
/// </summary>
public static class SiteCrawler
{
    public const int ViewportWidth = 320;
    public const int ViewportHeight = 640;

    private const string ProbeScript = """
        () => {
          const norm = s => (s || '').replace(/\s+/g, ' ').trim();
          const describe = el => {
            let s = el.localName;
            if (el.id) s += '#' + el.id;
            const cls = (el.getAttribute('class') || '').trim();
            if (cls) s += '.' + cls.split(/\s+/).join('.');
            return s;
          };
          const refs = [];
          const add = (kind, el, value) => {
            if (value === null || value === undefined) return;
            let url;
            try { url = new URL(value, document.baseURI).href; } catch { url = 'invalid:' + value; }
            refs.push({ kind, text: norm(el.textContent).slice(0, 80) || describe(el), url });
          };
          document.querySelectorAll('a[href], area[href]').forEach(a => add(a.localName, a, a.getAttribute('href')));
          document.querySelectorAll('svg a:not([href])').forEach(a => add('svg a', a, a.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));
          document.querySelectorAll('link[href]').forEach(l => add('link rel=' + l.getAttribute('rel'), l, l.getAttribute('href')));
          document.querySelectorAll('img[src], script[src], iframe[src], source[src], video[src], audio[src], embed[src], track[src]')
            .forEach(e => add(e.localName, e, e.getAttribute('src')));
          document.querySelectorAll('object[data]').forEach(e => add('object', e, e.getAttribute('data')));
          document.querySelectorAll('svg image, svg use').forEach(e =>
            add('svg ' + e.localName, e, e.getAttribute('href') ?? e.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));

          const ids = [...document.querySelectorAll('[id]')].map(e => e.id)
            .concat([...document.querySelectorAll('a[name]')].map(a => a.getAttribute('name')));

          const de = document.documentElement;
          const overflowing = [];
          if (de.scrollWidth > de.clientWidth) {
            const scrolls = el => {
              for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX;
                if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
              }
              return false;
            };
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= de.clientWidth + 0.5 || scrolls(el)) continue;
              if (el.parentElement && overflowing.some(o => o.el.contains(el))) continue;
              overflowing.push({ el, text: describe(el) + ' (right edge ' + Math.round(r.right) + ' px): ' + norm(el.textContent).slice(0, 60) });
              if (overflowing.length >= 8) break;
            }
          }

          const textOf = ids => (ids || '').split(/\s+/).filter(Boolean)
            .map(id => document.getElementById(id)).filter(Boolean).map(e => norm(e.textContent)).join(' ');
          const charts = [...document.querySelectorAll('svg[role="img"], [role="img"]')].map(el => {
            const title = el.localName === 'svg' ? el.querySelector(':scope > title') : null;
            const desc = el.localName === 'svg' ? el.querySelector(':scope > desc') : null;
            const figure = el.closest('figure');
            const caption = figure ? figure.querySelector(':scope > figcaption') : null;
            const name = textOf(el.getAttribute('aria-labelledby')) || norm(el.getAttribute('aria-label'))
              || (title ? norm(title.textContent) : '') || norm(el.getAttribute('alt'));
            const alt = textOf(el.getAttribute('aria-describedby')) || (desc ? norm(desc.textContent) : '')
              || (caption ? norm(caption.textContent) : '');
            return { where: describe(el) + (el.closest('[id]') ? ' in #' + el.closest('[id]').id : ''), name, alt };
          });

          const table = document.querySelector('main table.values');
          const rows = table ? [...table.querySelectorAll('tr')].map(tr => [...tr.children].map(c => norm(c.textContent))) : null;

          return {
            title: document.title,
            refs, ids, charts, rows,
            layout: {
              scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,
              htmlOverflowX: getComputedStyle(de).overflowX, bodyOverflowX: getComputedStyle(document.body).overflowX,
              overflowing: overflowing.map(o => o.text),
            },
          };
        }
        """;

    public static async Task<SiteCrawl> CrawlAsync(SiteFixture site)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var origin = site.BaseUrl;
        await using var context = new AsyncContext(await site.NewContextAsync(ViewportWidth, ViewportHeight));
        int tabs = Math.Clamp(Environment.ProcessorCount, 2, 4);
        var pool = Channel.CreateUnbounded<Tab>();
        for (int i = 0; i < tabs; i++)
            pool.Writer.TryWrite(await Tab.OpenAsync(context.Value));

        var pages = new ConcurrentDictionary<string, CrawledPage>();
        var references = new ConcurrentBag<PageReference>();
        var assetPaths = new ConcurrentDictionary<string, byte>();
        int external = 0;
        var seen = new HashSet<string> { "/" };
        var frontier = new List<string> { "/" };
        while (frontier.Count > 0)
        {
            var visited = await Task.WhenAll(frontier.Select(async path =>
            {
                var tab = await pool.Reader.ReadAsync();
                try { return await tab.VisitAsync(new Uri(origin, path.TrimStart('/')).ToString(), path); }
                finally { pool.Writer.TryWrite(tab); }
            }));
            var next = new List<string>();
            foreach (var page in visited)
            {
                pages[page.Path] = page;
                foreach (var reference in page.References)
                {
                    references.Add(reference);
                    if (!Uri.TryCreate(reference.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                        continue;
                    if (url.Authority != origin.Authority) { Interlocked.Increment(ref external); continue; }
                    string target = url.AbsolutePath;
                    if (IsPage(target))
                    {
                        if (seen.Add(target)) next.Add(target);
                    }
                    else
                    {
                        assetPaths.TryAdd(target, 0);
                    }
                }
            }
            frontier = next;
        }

        var assets = new ConcurrentDictionary<string, CrawledAsset>();
        await Parallel.ForEachAsync(assetPaths.Keys, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, token) =>
        {
            using var response = await site.Http.GetAsync(new Uri(origin, path.TrimStart('/')), token);
            await response.Content.ReadAsByteArrayAsync(token);
            assets[path] = new CrawledAsset(path, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString());
        });

        return new SiteCrawl(
            new SortedDictionary<string, CrawledPage>(pages, StringComparer.Ordinal),
            new SortedDictionary<string, CrawledAsset>(assets, StringComparer.Ordinal),
            references.ToArray(), external, clock.Elapsed);
    }

    /// <summary>Folder URLs (served from index.html) and .html files are pages; everything else is a file.</summary>
    public static bool IsPage(string path) => path.EndsWith('/') || path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    private sealed class Tab
    {
        private readonly IPage _page;
        private readonly List<string> _errors = new();

        private Tab(IPage page)
        {
            _page = page;
            page.Console += (_, message) =>
            {
                if (message.Type != "error") return;
                // Chromium asks every site for /favicon.ico on its own; no page references it.
                if (message.Location.Contains("/favicon.ico", StringComparison.Ordinal)) return;
                lock (_errors) _errors.Add(string.IsNullOrEmpty(message.Location) ? message.Text : $"{message.Text} ({message.Location})");
            };
            page.PageError += (_, error) => { lock (_errors) _errors.Add("uncaught: " + error); };
        }

        public static async Task<Tab> OpenAsync(IBrowserContext context) => new(await context.NewPageAsync());

        public async Task<CrawledPage> VisitAsync(string url, string path)
        {
            lock (_errors) _errors.Clear();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var response = await _page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            int status = response?.Status ?? 0;
            if (status != 200 || response?.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html") != true)
                return new CrawledPage(path, status, "", Array.Empty<PageReference>(), new HashSet<string>(), Array.Empty<string>(),
                    new LayoutProbe(0, 0, "", "", Array.Empty<string>()), Array.Empty<ChartProbe>(), null);

            var loadTime = clock.Elapsed;
            var probe = await _page.EvaluateAsync<JsonElement>(ProbeScript);
            var probeTime = clock.Elapsed - loadTime;
            var refs = probe.GetProperty("refs").EnumerateArray()
                .Select(r => new PageReference(path, r.GetProperty("kind").GetString()!, r.GetProperty("text").GetString()!, r.GetProperty("url").GetString()!))
                .ToArray();
            var ids = probe.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToHashSet(StringComparer.Ordinal);
            var charts = probe.GetProperty("charts").EnumerateArray()
                .Select(c => new ChartProbe(c.GetProperty("where").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("alt").GetString()!))
                .ToArray();
            var rowsElement = probe.GetProperty("rows");
            IReadOnlyList<IReadOnlyList<string>>? rows = rowsElement.ValueKind == JsonValueKind.Array
                ? rowsElement.EnumerateArray().Select(r => (IReadOnlyList<string>)r.EnumerateArray().Select(c => c.GetString()!).ToArray()).ToArray()
                : null;
            var layout = probe.GetProperty("layout");
            var layoutProbe = new LayoutProbe(
                layout.GetProperty("scrollWidth").GetInt32(), layout.GetProperty("clientWidth").GetInt32(),
                layout.GetProperty("htmlOverflowX").GetString()!, layout.GetProperty("bodyOverflowX").GetString()!,
                layout.GetProperty("overflowing").EnumerateArray().Select(o => o.GetString()!).ToArray());
            string[] errors;
            lock (_errors) errors = _errors.ToArray();
            return new CrawledPage(path, status, probe.GetProperty("title").GetString()!, refs, ids, errors, layoutProbe, charts, rows, loadTime, probeTime);
        }
    }

    private sealed class AsyncContext(IBrowserContext value) : IAsyncDisposable
    {
        public IBrowserContext Value { get; } = value;
        public ValueTask DisposeAsync() => new(Value.CloseAsync());
    }
}
