using PlanSite.Model;

namespace PlanSite.Site.Permalinks;

/// <summary>
/// content/published-urls.txt: every page URL the site has ever published. Links that journalists
/// and others made must keep working, so a URL may leave the site only through a declared redirect.
/// </summary>
public sealed class UrlManifest
{
    public const string FileName = "published-urls.txt";

    private const string Header =
        "# Every page URL this site has published, one per line, from the site root (\"/\" is the home page).\n" +
        "# The build fails when one of them would disappear without a redirect in redirects.yaml.\n" +
        "# New URLs are added only by `plansite build --update-manifest`.\n";

    public IReadOnlySet<string> Urls { get; }

    public bool Exists { get; }

    private UrlManifest(IReadOnlySet<string> urls, bool exists)
    {
        Urls = urls;
        Exists = exists;
    }

    public static UrlManifest Load(string contentDir)
    {
        string path = Path.Combine(contentDir, FileName);
        if (!File.Exists(path)) return new UrlManifest(new SortedSet<string>(StringComparer.Ordinal), exists: false);
        var urls = File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        return new UrlManifest(urls, exists: true);
    }

    public ManifestCheck Check(IReadOnlySet<string> producedPages, IReadOnlyList<Redirect> redirects)
    {
        var problems = new List<string>();
        foreach (var redirect in redirects)
        {
            if (producedPages.Contains(redirect.From))
                problems.Add($"redirects.yaml: '{redirect.From}' is redirected but the site still has a page there; remove the redirect or the page");
            if (!producedPages.Contains(redirect.To))
                problems.Add($"redirects.yaml: '{redirect.From}' redirects to '{redirect.To}', which the site does not have");
        }
        var redirected = redirects.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var missing = Urls.Where(u => !producedPages.Contains(u) && !redirected.Contains(u)).Order(StringComparer.Ordinal).ToArray();
        foreach (var url in missing)
            problems.Add($"{FileName}: '/{url}' was published and would disappear. If it moved, declare it in content/redirects.yaml:\n" +
                         $"  - from: {url}\n    to: <its new URL>\n    reason: <why it moved>");
        var added = producedPages.Where(u => !Urls.Contains(u)).Order(StringComparer.Ordinal).ToArray();
        return new ManifestCheck(problems, added);
    }

    /// <summary>Adds the new URLs; never removes one (a redirected URL stays published).</summary>
    public static void Save(string contentDir, IEnumerable<string> urls)
    {
        var lines = urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(contentDir, FileName), Header + string.Concat(lines.Select(u => "/" + u + "\n")));
    }
}

public sealed record ManifestCheck(IReadOnlyList<string> Problems, IReadOnlyList<string> Added)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>The build would break a published URL.</summary>
public sealed class PermalinkException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
