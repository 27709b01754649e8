using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// Scriban's include returns the partial's output as a string, which the escaping context would
/// escape a second time. A partial is our own template whose values were already escaped as it
/// rendered, so its output is marked as markup.
/// </summary>
internal sealed class MarkupInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;
    public int ParameterCount => include.ParameterCount;
    public ScriptVarParamKind VarParamKind => include.VarParamKind;
    public Type ReturnType => typeof(HtmlMarkup);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlMarkup(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new HtmlMarkup((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
}
