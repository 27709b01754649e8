using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// Scriban's include returns the partial's output as a string, which the escaping context would
/// escape a second time. A partial is our own template whose values were already escaped as it
/// rendered, so its output is marked as markup.
/// </summary>
/// <remarks>
/// The usual include, <c>{{ include 'partials/grade.sbn' }}</c> as a statement of its own on a page
/// buffer, renders the partial straight into the page instead: Scriban's include renders it into a
/// new string builder, makes that a string and a dictionary of named arguments, and the page then
/// copies the string in (one include per table row; that machinery was about a third of the
/// include's samples). Everything else Scriban's include does around the partial is done the same
/// way (recursion check, local scope, its arguments, indentation and the new-line state), so the
/// page's bytes are the same; any other use (in an expression, with named arguments, on an indented
/// line, with an output limit) takes Scriban's path.
/// </remarks>
internal sealed class MarkupInclude(IScriptCustomFunction include, Func<string, Template?> partial) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(HtmlMarkup);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (callerContext is ScriptFunctionCall call && IsOwnStatement(call) && context.Output is PageBuffer page
            && context.CurrentIndent is null or "" && (context.OutputLimit ?? context.LimitToString) <= 0 && arguments.Count == 1 && arguments[0] is string name
            && partial(name) is { } template)
        {
            RenderInto(context, call, page, template, arguments);
            return null;
        }
        return new HtmlMarkup(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlMarkup((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");

    /// <summary>
    /// The call is the whole of its statement, which would write its result and nothing else, and it
    /// has no named arguments (Scriban's include makes those local variables of the partial).
    /// </summary>
    private static bool IsOwnStatement(ScriptFunctionCall call) =>
        call.Parent is ScriptExpressionStatement statement && ReferenceEquals(statement.Expression, call)
        && call.Arguments.Count == 1 && call.Arguments[0] is not ScriptNamedArgument;

    /// <summary>
    /// What TemplateContext.RenderTemplate does, minus the output it pushes. An indent of "" (a
    /// <c>{{</c> after text on its line) writes the string exactly as no indent does, so the partial's
    /// text may go to the page as it renders; afterwards the new-line state is what writing that
    /// string would have left.
    /// </summary>
    private static void RenderInto(TemplateContext context, ScriptFunctionCall call, PageBuffer page, Template template, ScriptArray arguments)
    {
        context.EnterRecursive(call);
        string? indent = context.CurrentIndent;
        ref bool newLine = ref HtmlTemplateContext.PreviousTextWasNewLine(context);
        bool before = newLine;
        int start = page.Length;
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (indent is not null)
                context.ResetPreviousNewLine();
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            newLine = page.Length > start ? page.Text[^1] == '\n' : before;
            context.ExitRecursive(call);
        }
    }
}
