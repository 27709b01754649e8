using System.Text.RegularExpressions;
using PlanSite.Content;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Rendering.Templates;
using PlanSite.Site;
using PlanSite.Site.Permalinks;

namespace PlanSite.Checking;

/// <summary>The outcome of checking a site: every error as file:line:col: field: message, the warnings, and the rendered site when clean.</summary>
public sealed record CheckReport(IReadOnlyList<ContentError> Errors, IReadOnlyList<string> Warnings, SiteContent? Content, PreparedSite? Site)
{
    public bool Ok => Errors.Count == 0 && Site is not null;

    /// <summary>"3 errors in 2 files" or "OK: 2 plans, 96 measures, 129 indicators, 3 reviews".</summary>
    public string Summary => Ok
        ? $"OK: {Count(Content!.Plans.Count, "plan")}, {Count(Content.Plans.Sum(p => p.AllMeasures.Count()), "measure")}, " +
          $"{Count(Content.Plans.Sum(p => p.AllIndicators.Count()), "indicator")}, {Count(Content.Plans.Sum(p => p.Reviews.Count), "review")}, " +
          $"{Count(Site!.PageCount, "page")}"
        : $"{Count(Errors.Count, "error")} in {Count(Errors.Select(e => e.File).Distinct().Count(), "file")}";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

/// <summary>
/// Everything the build checks, without writing anything: content schema, template syntax, rendering
/// (template runtime errors) and the URL manifest. Content and templates are both checked even when
/// the other fails, so one run shows all the errors there are.
/// </summary>
public static partial class SiteCheck
{
    /// <param name="keepFiles">Keep the rendered files in the report (the preview serves them); a plain check drops them as they are made.</param>
    public static CheckReport Run(string contentDir, string templatesDir, BuildOptions? options = null, bool keepFiles = false)
    {
        options ??= new BuildOptions();
        var errors = new List<ContentError>();
        var loaded = ContentLoader.Load(contentDir);
        errors.AddRange(loaded.Errors);
        TemplateSet? templates = null;
        try
        {
            templates = TemplateSet.Load(templatesDir);
        }
        catch (TemplateException e)
        {
            errors.AddRange(TemplateErrors(e, templatesDir));
        }
        if (!loaded.Ok || templates is null)
            return new CheckReport(errors, [], loaded.Content, null);

        var site = loaded.Content!;
        if (options.BaseUrl is { } baseUrl)
            site = site with { Info = site.Info with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        try
        {
            var prepared = SiteBuilder.Prepare(site, templates, contentDir, options, keepFiles);
            if (!prepared.Check.Ok)
                return new CheckReport(ManifestErrors(prepared.Check.Problems, contentDir), prepared.Warnings, site, null);
            return new CheckReport([], prepared.Warnings, site, prepared);
        }
        catch (TemplateException e)
        {
            return new CheckReport(TemplateErrors(e, templatesDir).ToArray(), [], site, null);
        }
    }

    /// <summary>Scriban says "templates/plan.sbn(12,5) : error : …"; this becomes file:12:5.</summary>
    private static IEnumerable<ContentError> TemplateErrors(TemplateException e, string templatesDir) =>
        e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
            ScribanPosition().Match(line) is { Success: true } m
                ? new ContentError(m.Groups[1].Value, int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), "(template)", m.Groups[4].Value)
                : new ContentError(templatesDir, 0, 0, "(template)", line));

    /// <summary>A URL that would disappear is pointed at its line in published-urls.txt.</summary>
    private static IReadOnlyList<ContentError> ManifestErrors(IReadOnlyList<string> problems, string contentDir)
    {
        string manifestPath = Path.Combine(contentDir, UrlManifest.FileName);
        string[] lines = File.Exists(manifestPath) ? File.ReadAllLines(manifestPath) : [];
        return problems.Select(problem =>
        {
            if (problem.StartsWith("redirects.yaml: ", StringComparison.Ordinal))
                return new ContentError(Path.Combine(contentDir, "redirects.yaml"), 0, 0, "(redirect)", problem["redirects.yaml: ".Length..]);
            string message = problem.StartsWith(UrlManifest.FileName + ": ", StringComparison.Ordinal) ? problem[(UrlManifest.FileName.Length + 2)..] : problem;
            var url = QuotedUrl().Match(message);
            int line = url.Success ? Array.FindIndex(lines, l => l.Trim() == url.Groups[1].Value) + 1 : 0;
            return new ContentError(manifestPath, line, line > 0 ? 1 : 0, "(published URL)", message.Replace("\n", " "));
        }).ToArray();
    }

    [GeneratedRegex(@"^(.+?)\((\d+),(\d+)\)\s*:\s*(?:error\s*:\s*)?(.*)$")]
    private static partial Regex ScribanPosition();

    [GeneratedRegex(@"'(/[^']*)'")]
    private static partial Regex QuotedUrl();
}
