using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PlanSite.Serving;

/// <summary>
/// plansite serve: builds the site in memory, serves it on 127.0.0.1, rebuilds when content/ or
/// templates/ change and makes open pages reload. Only loopback: a preview is not a publication.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ChangeWatcher _watcher;

    public PreviewBuilder Builder { get; }
    public Uri Address { get; }

    private PreviewServer(WebApplication app, ChangeWatcher watcher, PreviewBuilder builder, Uri address)
    {
        _app = app;
        _watcher = watcher;
        Builder = builder;
        Address = address;
    }

    /// <param name="port">0 picks a free port.</param>
    public static async Task<PreviewServer> StartAsync(string contentDir, string templatesDir, int port, TextWriter log, TimeSpan? quiet = null)
    {
        var builder = new PreviewBuilder(contentDir, templatesDir, log);
        // Watch before the first build, so a save during it is not missed.
        var watcher = new ChangeWatcher([contentDir, templatesDir], quiet ?? TimeSpan.FromMilliseconds(300), () => builder.Rebuild());
        builder.Rebuild();

        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(PreviewServer).Assembly.GetName().Name });
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = web.Build();
        var types = new FileExtensionContentTypeProvider();
        app.Run(context => Respond(context, builder.State, types));
        await app.StartAsync();

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, watcher, builder, new Uri(address.TrimEnd('/') + "/"));
    }

    private static Task Respond(HttpContext context, PreviewState state, FileExtensionContentTypeProvider types)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        string path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        switch (path)
        {
            case PreviewMarkup.VersionPath:
                return Send(response, 200, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes($"{state.Version}"));
            case PreviewMarkup.ScriptPath:
                return Send(response, 200, "text/javascript; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(PreviewMarkup.Script));
            case PreviewMarkup.StylePath:
                return Send(response, 200, "text/css; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(PreviewMarkup.Style));
        }
        if (state.Files is null)
            return Send(response, 503, "text/html; charset=utf-8", PreviewMarkup.ErrorPage(state.Errors));

        string file = path.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/')) file += "index.html";
        if (!state.Files.TryGetValue(file, out var bytes))
        {
            if (state.Files.ContainsKey(file + "/index.html"))
            {
                response.Redirect(path + "/");
                return Task.CompletedTask;
            }
            return state.Files.TryGetValue("404.html", out var notFound)
                ? Send(response, 404, "text/html; charset=utf-8", PreviewMarkup.Decorate(notFound, state.Errors))
                : Send(response, 404, "text/plain; charset=utf-8", "not found"u8.ToArray());
        }
        if (file.EndsWith(".html", StringComparison.Ordinal))
            return Send(response, 200, "text/html; charset=utf-8", PreviewMarkup.Decorate(bytes, state.Errors));
        string type = types.TryGetContentType(file, out var t) ? t : "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "image/svg+xml" or "application/xml" or "application/atom+xml")
            type += "; charset=utf-8";
        return Send(response, 200, type, bytes);
    }

    private static async Task Send(HttpResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
