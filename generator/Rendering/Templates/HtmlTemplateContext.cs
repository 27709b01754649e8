using System.Net;
using Scriban;
using Scriban.Parsing;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// Escapes every value a template writes, so a template cannot forget to. Only
/// <see cref="HtmlMarkup"/> (and a rendered page body given to the layout) passes through as is.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        HtmlMarkup markup => base.Write(span, markup.Html),
        BufferedMarkup body when Output is PageBuffer page && CurrentIndent is null => Append(page, body),
        BufferedMarkup body => base.Write(span, body.ToString()),
        _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    private HtmlTemplateContext Append(PageBuffer page, BufferedMarkup body)
    {
        page.Append(body.Text);
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
