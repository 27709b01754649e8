using System.CommandLine;
using PlanSite.Content;
using PlanSite.Content.Loading;
using PlanSite.Content.Writing;
using PlanSite.Importers;
using PlanSite.Rendering.Templates;
using PlanSite.Site;

namespace PlanSite.Cli;

/// <summary>The plansite command line: build, validate, import.</summary>
public static class PlanSiteCommand
{
    public const int Ok = 0;
    public const int ContentErrors = 1;

    /// <summary>A build shorter than this prints only its summary.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    private static readonly Option<string> ContentOption = new("--content")
    {
        Description = "Folder with plans/, pages/ and site.yaml",
        DefaultValueFactory = _ => "content",
    };

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        var root = new RootCommand("PlanSite: publishes municipal plans and their fiscal reviews as an accessible static website.");
        root.Add(BuildCommand(output, errors));
        root.Add(ValidateCommand(output, errors));
        root.Add(ImportCommand(output, errors));
        root.Add(ReviewCommands.Create(output, errors));
        root.Add(ServeCommand.Create(output, errors));
        root.Add(DiffCommand.Create(output, errors));
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    private static Command BuildCommand(TextWriter output, TextWriter errors)
    {
        var templates = new Option<string>("--templates") { Description = "Folder with the Scriban templates and assets/", DefaultValueFactory = _ => "templates" };
        var outDir = new Option<string>("--out") { Description = "Folder the site is written to (replaced only when the build succeeds)", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (overrides site.yaml's base_url)" };
        var updateManifest = new Option<bool>("--update-manifest") { Description = "Record new page URLs in content/published-urls.txt" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each build phase took (for profiling)" };
        var progress = new Option<bool>("--progress") { Description = "Print every step (each plan rendered) to stderr; without it a long build prints a progress line every 2 seconds" };
        var command = new Command("build", "Validate content/ and render the whole site into output/. On any error the previous output is left as it was.")
        {
            ContentOption, templates, outDir, baseUrl, updateManifest, timings, progress,
        };
        command.SetAction(parse =>
        {
            try
            {
                var options = new BuildOptions
                {
                    BaseUrl = parse.GetValue(baseUrl),
                    UpdateManifest = parse.GetValue(updateManifest),
                    Progress = new BuildProgressPrinter(errors, parse.GetValue(progress) ? TimeSpan.Zero : ProgressInterval),
                };
                var result = SiteBuilder.Build(parse.GetValue(ContentOption)!, parse.GetValue(templates)!, parse.GetValue(outDir)!, options);
                foreach (var warning in result.Warnings)
                    errors.WriteLine($"warning: {warning}");
                output.WriteLine($"built {result.PageCount} pages, {result.DataFileCount} data files (CSV, JSON, ZIP) and {result.FileCount - result.PageCount - result.DataFileCount} other files (charts, feeds, assets): " +
                                 $"{result.FileCount} files, {result.Bytes / 1024.0 / 1024.0:0.0} MB, into {parse.GetValue(outDir)} " +
                                 $"in {result.Elapsed.TotalSeconds:0.0} s; {result.Warnings.Count} warning(s); " +
                                 $"{result.RenderedPlans} plan(s) rendered, {result.WrittenFiles} file(s) written");
                if (parse.GetValue(timings))
                {
                    foreach (var (phase, elapsed) in result.Phases)
                        output.WriteLine($"  {phase,-14} {elapsed.TotalMilliseconds,8:0} ms");
                    // Allocation and collector time are what dominated the profiles (docs/benchmarks.md).
                    output.WriteLine($"  memory: {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB allocated, " +
                                     $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), " +
                                     $"paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, " +
                                     $"peak working set {Environment.WorkingSet / 1e6:0} MB now / {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB peak");
                }
                return Ok;
            }
            catch (ContentException e)
            {
                return Report(e.Errors, errors, "build stopped; the previous output was left untouched");
            }
            catch (PlanSite.Site.Permalinks.PermalinkException e)
            {
                foreach (var problem in e.Problems)
                    errors.WriteLine(problem);
                errors.WriteLine($"{e.Problems.Count} error(s): build stopped to keep published links working; the previous output was left untouched");
                return ContentErrors;
            }
            catch (TemplateException e)
            {
                errors.WriteLine(e.Message);
                errors.WriteLine("build stopped: template error; the previous output was left untouched");
                return ContentErrors;
            }
        });
        return command;
    }

    private static Command ValidateCommand(TextWriter output, TextWriter errors)
    {
        var templates = new Option<string>("--templates") { Description = "Folder with the Scriban templates and assets/", DefaultValueFactory = _ => "templates" };
        var command = new Command("validate", "Check everything the build checks (content schema, templates, rendering, published URLs) without writing anything; print every error with file, line, column and field, and a one-line summary. Exit 0 only when clean.")
        {
            ContentOption, templates,
        };
        command.SetAction(parse =>
        {
            var report = PlanSite.Checking.SiteCheck.Run(parse.GetValue(ContentOption)!, parse.GetValue(templates)!);
            foreach (var error in report.Errors)
                errors.WriteLine(error);
            foreach (var warning in report.Warnings)
                errors.WriteLine($"warning: {warning}");
            (report.Ok ? output : errors).WriteLine(report.Summary);
            return report.Ok ? Ok : ContentErrors;
        });
        return command;
    }

    private static Command ImportCommand(TextWriter output, TextWriter errors)
    {
        var source = new Argument<string>("source")
        {
            Description = "Importer name or seed file: " + string.Join(", ", ImporterRegistry.All.Select(i => $"{i.Name} ({i.SeedFileName})")) + ", or 'all'",
        };
        var seeds = new Option<string>("--seeds") { Description = "Folder with the seed documents and curation/", DefaultValueFactory = _ => "seeds" };
        var command = new Command("import", "Regenerate content/plans/<plan>/ from a seed document and its curation file.")
        {
            source, ContentOption, seeds,
        };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(source)!;
            var importers = name == "all" ? ImporterRegistry.All : ImporterRegistry.Find(name) is { } one ? new[] { one } : Array.Empty<ISourceImporter>();
            if (importers.Count == 0)
            {
                errors.WriteLine($"no importer for '{name}'; known: {string.Join(", ", ImporterRegistry.All.Select(i => i.Name))}");
                return ContentErrors;
            }
            foreach (var importer in importers)
            {
                string seedsDir = parse.GetValue(seeds)!;
                var result = importer.Import(Path.Combine(seedsDir, importer.SeedFileName), ImporterRegistry.CurationPathFor(seedsDir, importer));
                foreach (var warning in result.Warnings)
                    errors.WriteLine($"{Path.Combine(seedsDir, importer.SeedFileName)}:{warning.Line}: warning: {warning.Message}");
                var files = ContentWriter.WritePlan(result.Plan, parse.GetValue(ContentOption)!, Header(importer));
                output.WriteLine($"{importer.Name}: wrote {files.Count} file(s) for plan '{result.Plan.Id}' " +
                                 $"({result.Plan.AllMeasures.Count()} measures, {result.Plan.AllIndicators.Count()} indicators, {result.Warnings.Count} warning(s))");
            }
            return Ok;
        });
        return command;
    }

    /// <summary>Generated files say so, so nobody hand-edits them and loses the edit on the next import.</summary>
    public static string Header(ISourceImporter importer) =>
        $"Generated by `plansite import {importer.Name}` from seeds/{importer.SeedFileName}\n" +
        $"and seeds/curation/{Path.ChangeExtension(importer.SeedFileName, ".yaml")}. Do not edit: change the curation file and re-import.";

    private static int Report(IReadOnlyList<ContentError> list, TextWriter errors, string summary)
    {
        foreach (var error in list)
            errors.WriteLine(error);
        errors.WriteLine($"{list.Count} error(s): {summary}");
        return ContentErrors;
    }
}
