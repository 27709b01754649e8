using Markdig;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Markdown;

/// <summary>
/// Narrative Markdown to HTML. Raw HTML in the source is shown as text, never passed through:
/// content comes from documents and staff, and must not be able to inject markup or scripts.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseCjkFriendlyEmphasis()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .Build();

    public static HtmlMarkup ToHtml(string markdown) => new(Markdig.Markdown.ToHtml(markdown, Pipeline));
}
