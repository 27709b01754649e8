using System.Net;
using Scriban;
using Scriban.Parsing;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// Escapes every value a template writes, so a template cannot forget to. Only
/// <see cref="HtmlMarkup"/> passes through as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlMarkup markup => base.Write(span, markup.Html),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
