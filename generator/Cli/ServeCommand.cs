using System.CommandLine;
using PlanSite.Serving;

namespace PlanSite.Cli;

/// <summary>plansite serve: preview with rebuild on change.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var content = new Option<string>("--content") { Description = "Folder with plans/, pages/ and site.yaml", DefaultValueFactory = _ => "content" };
        var templates = new Option<string>("--templates") { Description = "Folder with the Scriban templates and assets/", DefaultValueFactory = _ => "templates" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Build the site in memory and preview it on http://127.0.0.1:<port>/. Changes to content/ and templates/ rebuild it and reload open pages; a content error is shown on the page and here, and the last good build keeps being served. Writes nothing to output/.")
        {
            content, templates, port,
        };
        command.SetAction(async (parse, cancel) =>
        {
            await using var server = await PreviewServer.StartAsync(parse.GetValue(content)!, parse.GetValue(templates)!, parse.GetValue(port), errors);
            output.WriteLine($"previewing at {server.Address} (watching {parse.GetValue(content)} and {parse.GetValue(templates)}; Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }
            return PlanSiteCommand.Ok;
        });
        return command;
    }
}
