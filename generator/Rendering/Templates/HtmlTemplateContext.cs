using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

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

    /// <summary>Our view records are read through bound getters instead of Scriban's reflection (<see cref="ViewAccessor"/>).</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
