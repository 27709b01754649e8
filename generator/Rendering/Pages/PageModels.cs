namespace PlanSite.Rendering.Pages;

// What templates see. Plain records of display-ready values: templates stay free of logic and
// every string in them is escaped on output (HtmlTemplateContext).

public sealed record Link(string Text, string Href);

/// <summary>Common to every page: the layout's needs.</summary>
public sealed record PageFrame(
    string Title,
    string SiteTitle,
    string Root,
    IReadOnlyList<Link> Breadcrumbs,
    string? Description,
    string? Updated = null);

/// <summary>Every page view carries the frame the layout needs.</summary>
public interface IPageView
{
    PageFrame Page { get; }
}

public sealed record GradeBadge(string Key, string Label, string Tone, string? Description);

public sealed record RenderedPage(string Path, string Html);
