namespace PlanSite.Model;

public sealed record SiteInfo(string Title, string? Description);

/// <summary>A free Markdown page from content/pages.</summary>
public sealed record ContentPage(string Slug, string Title, string Markdown);

/// <summary>Everything the builder renders: validated, immutable.</summary>
public sealed record SiteContent(SiteInfo Info, IReadOnlyList<Plan> Plans, IReadOnlyList<ContentPage> Pages);
