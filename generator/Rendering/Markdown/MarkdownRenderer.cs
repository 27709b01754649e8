using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
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

    /// <summary>The headings of one level with the ids <see cref="ToHtml"/> gives them (same pipeline, so they agree).</summary>
    public static IReadOnlyList<(string Text, string Id)> Headings(string markdown, int level) =>
        Markdig.Markdown.Parse(markdown, Pipeline).Descendants<HeadingBlock>()
            .Where(h => h.Level == level && h.Inline is not null && h.GetAttributes().Id is not null)
            .Select(h => (string.Concat(h.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())),
                          h.GetAttributes().Id!))
            .ToArray();
}
