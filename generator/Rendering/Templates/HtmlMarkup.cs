namespace PlanSite.Rendering.Templates;

/// <summary>
/// Markup we produced ourselves (chart SVG, Markdig output with raw HTML disabled) and may write
/// unescaped. Everything else reaching a template is escaped by <see cref="HtmlTemplateContext"/>.
/// </summary>
public sealed record HtmlMarkup(string Html)
{
    public override string ToString() => Html;
}
