namespace PlanSite.Model;

/// <summary>Site-wide settings. BaseUrl is where the site is published (absolute, ends with '/'):
/// canonical links, sitemap, feeds and embed snippets need it; pages link relatively regardless.</summary>
public sealed record SiteInfo(string Title, string? Description, string? BaseUrl = null, string? Publisher = null);

/// <summary>A free Markdown page from content/pages.</summary>
public sealed record ContentPage(string Slug, string Title, string Markdown);

/// <summary>Everything the builder renders: validated, immutable.</summary>
public sealed record SiteContent(SiteInfo Info, IReadOnlyList<Plan> Plans, IReadOnlyList<ContentPage> Pages)
{
    /// <summary>Declared moves of published URLs (content/redirects.yaml).</summary>
    public IReadOnlyList<Redirect> Redirects { get; init; } = Array.Empty<Redirect>();
}

/// <summary>A published URL that moved: the build writes a redirect page at From pointing to To.</summary>
public sealed record Redirect(string From, string To, string Reason);
