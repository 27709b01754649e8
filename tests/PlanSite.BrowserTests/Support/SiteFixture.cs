using Microsoft.Playwright;
using PlanSite.Model;
using PlanSite.Site;

namespace PlanSite.BrowserTests.Support;

[CollectionDefinition(Name)]
public sealed class PublishedSite : ICollectionFixture<SiteFixture>
{
    public const string Name = "published site";
}

/// <summary>
/// Builds the real site from content/ into a temporary folder, serves it from Kestrel and launches
/// one headless Debian chromium, all shared by the tests of the collection.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "PLANSITE_CHROMIUM";
    public const string DefaultChromium = "/usr/bin/chromium";
    public const string InstallHint = "apt-get install -y --no-install-recommends chromium fonts-noto-cjk";

    private static readonly string[] ChromiumArgs =
    {
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    };

    private readonly string _tempRoot = Path.Combine(Path.GetTempPath(), $"plansite-browser-{Guid.NewGuid():N}");
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Lazy<Task<SiteCrawl>>? _crawl;

    public string OutDir => Path.Combine(_tempRoot, "site");
    public SiteContent Content => TestContent.Site;
    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The site server did not start.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium did not start.");
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The whole site crawled once from / at a 320 px viewport; several tests read it.</summary>
    public Task<SiteCrawl> Crawl => _crawl!.Value;

    public async Task InitializeAsync()
    {
        SiteBuilder.Build(RepoPaths.Content, RepoPaths.Templates, OutDir);
        _server = await StaticSiteServer.StartAsync(OutDir);
        _browser = await LaunchChromiumAsync();
        _crawl = new Lazy<Task<SiteCrawl>>(() => SiteCrawler.CrawlAsync(this));
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        string? fromEnv = Environment.GetEnvironmentVariable(ChromiumVariable);
        string path = string.IsNullOrWhiteSpace(fromEnv) ? DefaultChromium : fromEnv;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"The browser tests need Chromium, but there is none at {path}" +
                (string.IsNullOrWhiteSpace(fromEnv) ? "" : $" (from {ChromiumVariable})") + ". " +
                $"On Debian/Ubuntu install it with the Japanese font: `{InstallHint}`; " +
                $"or point {ChromiumVariable} at another Chromium binary. Do not run `playwright install`.");
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh, isolated browser context (own history, :visited state and viewport).</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, float scale = 1)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            Locale = "ja-JP",
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    /// <summary>Opens a site path (relative to the root, e.g. "plans/x/") in a new page and checks it loaded with 200.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Url(path));
        Assert.True(response is { Status: 200 }, $"GET /{path} answered {response?.Status.ToString() ?? "nothing"}, not 200.");
        return page;
    }

    // AbsoluteUri keeps percent-encoding as the browser reports it (ToString would decode department names).
    public string Url(string path) => new Uri(BaseUrl, path).AbsoluteUri;

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        Http.Dispose();
        try
        {
            if (Directory.Exists(_tempRoot)) Directory.Delete(_tempRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
