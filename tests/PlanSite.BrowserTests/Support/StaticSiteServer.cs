using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PlanSite.BrowserTests.Support;

/// <summary>
/// Serves a built site folder the way a city's web server would: static files, index.html for
/// folder URLs, proper content types. Kestrel on 127.0.0.1 with an ephemeral port.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public Uri BaseUrl { get; }

    private StaticSiteServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <param name="pathBase">Serve the site under a sub-path such as "/plan", as many city servers do.</param>
    /// <param name="notFoundPage">Answer unknown URLs with the site's 404.html (status 404), as a configured server would.</param>
    public static async Task<StaticSiteServer> StartAsync(string siteRoot, string pathBase = "", bool notFoundPage = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = siteRoot,
            EnvironmentName = "Production",
            ApplicationName = typeof(StaticSiteServer).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteRoot);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".json"] = "application/json; charset=utf-8";
        var defaults = new DefaultFilesOptions { FileProvider = files, RequestPath = pathBase };
        defaults.DefaultFileNames.Clear();
        defaults.DefaultFileNames.Add("index.html");
        app.UseDefaultFiles(defaults);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, RequestPath = pathBase });
        if (notFoundPage)
            app.Run(async http =>
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.SendFileAsync(Path.Combine(siteRoot, "404.html"));
            });

        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + pathBase + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
