using System.Net;
using System.Runtime.CompilerServices;
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
        HtmlMarkup markup => WriteText(span, markup.Html),
        BufferedMarkup body when Output is PageBuffer page && WritesAsIs => Append(page, body.Text),
        BufferedMarkup body => base.Write(span, body.ToString()),
        string text when LimitToString <= 0 => WriteText(span, WebUtility.HtmlEncode(text)),
        _ => WriteText(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
    };

    /// <summary>
    /// Text goes to the page as is when no indent applies: Scriban's Write, given an indent of "" (a
    /// <c>{{</c> after text on its line, most of them) or none, copies the same characters, only line by
    /// line, each through its output-limit check, and then remembers whether the text ended a line.
    /// Doing that here, with no output limit set, is the same page, written a value at a time.
    /// </summary>
    private bool WritesAsIs => CurrentIndent is null or "" && (OutputLimit ?? LimitToString) <= 0;

    private TemplateContext WriteText(SourceSpan span, string? text)
    {
        if (text is not null && Output is PageBuffer page && WritesAsIs)
            return Append(page, text);
        return base.Write(span, text);
    }

    private HtmlTemplateContext Append(PageBuffer page, ReadOnlySpan<char> text)
    {
        if (text.Length > 0)
        {
            page.Append(text);
            PreviousTextWasNewLine(this) = text[^1] == '\n';
        }
        return this;
    }

    /// <summary>Scriban's record of whether the last text written ended a line (where an indent goes next).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    internal static extern ref bool PreviousTextWasNewLine(TemplateContext context);

    /// <summary>Our view records are read through bound getters instead of Scriban's reflection (<see cref="ViewAccessor"/>).</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
