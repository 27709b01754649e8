using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PlanSite.Rendering.Templates;

/// <summary>
/// All templates of a templates/ folder, parsed once and rendered many times (possibly in parallel:
/// a parsed Scriban template is immutable; each render gets its own context).
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, Template> _templates;

    public string Folder { get; }

    private TemplateSet(string folder, Dictionary<string, Template> templates)
    {
        Folder = folder;
        _templates = templates;
    }

    public static TemplateSet Load(string folder)
    {
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new TemplateException($"{folder}: templates folder not found");
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(root, "*.sbn", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string name = Path.GetRelativePath(root, file).Replace('\\', '/');
            var template = Template.Parse(File.ReadAllText(file), Path.Combine(folder, name));
            if (template.HasErrors)
                problems.AddRange(template.Messages.Select(m => m.ToString()));
            templates[name] = template;
        }
        if (problems.Count > 0)
            throw new TemplateException(string.Join(Environment.NewLine, problems));
        return new TemplateSet(folder, templates);
    }

    /// <summary>
    /// One rendering context and two page buffers per thread, reused for every page: creating a Scriban
    /// context builds its whole builtin library and member-accessor caches, which cost more than
    /// rendering a page.
    /// </summary>
    private sealed class ThreadState(HtmlTemplateContext context)
    {
        public HtmlTemplateContext Context { get; } = context;
        public PageBuffer Body { get; } = new();
        public PageBuffer Page { get; } = new();
    }

    private readonly ThreadLocal<ThreadState?> _threads = new();

    private ThreadState Current => _threads.Value ??= new ThreadState(NewContext());

    /// <summary>Renders <paramref name="name"/> (e.g. "indicator.sbn") with the given model as globals.</summary>
    public string Render(string name, object model)
    {
        var state = Current;
        RenderInto(state, name, model, state.Page);
        return new string(state.Page.Text);
    }

    /// <summary>Renders a standalone page (no layout) as UTF-8.</summary>
    public byte[] RenderUtf8(string name, object model)
    {
        var state = Current;
        RenderInto(state, name, model, state.Page);
        return state.Page.ToUtf8();
    }

    /// <summary>
    /// Renders a page template, then <paramref name="layout"/> around it, as UTF-8. The layout's model
    /// gets the page's output as its content; it is copied from buffer to buffer, never made a string.
    /// </summary>
    public byte[] RenderInLayout(string name, object model, string layout, Func<object, object> layoutModel)
    {
        var state = Current;
        RenderInto(state, name, model, state.Body);
        RenderInto(state, layout, layoutModel(new BufferedMarkup(state.Body)), state.Page);
        return state.Page.ToUtf8();
    }

    private void RenderInto(ThreadState state, string name, object model, PageBuffer output)
    {
        if (!_templates.TryGetValue(name, out var template))
            throw new TemplateException($"{Path.Combine(Folder, name)}: template not found");
        var context = state.Context;
        output.Clear();
        context.PushOutput(output);
        context.PushGlobal(ViewGlobals.Of(model));
        try
        {
            template.Render(context);
            context.PopGlobal();
            context.PopOutput();
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            _threads.Value = null; // a failed render may leave the context mid-way; start the next one afresh
            throw new TemplateException(e.Message);
        }
        catch
        {
            _threads.Value = null;
            throw;
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext
        {
            TemplateLoader = new Loader(this),
            MemberRenamer = ViewGlobals.Renamer,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Scriban's defaults guard against untrusted templates: at most 1,000 loop iterations per
            // render (a home page listing more than 1,000 plans failed to build) and 1 MB of output,
            // beyond which it silently cuts the page and appends "...". Our templates are our own and
            // a page must never be cut, so neither limit applies.
            LoopLimit = 0,
            LimitToString = 0,
        };
        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        context.BuiltinObject.SetValue("include", new MarkupInclude(include, name => _templates.GetValueOrDefault(name)), readOnly: true);
        return context;
    }

    /// <summary>Serves include "partials/x.sbn" from the already parsed set; never reads outside the folder.</summary>
    private sealed class Loader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            if (!set._templates.TryGetValue(templateName, out var template))
                throw new TemplateException($"{callerSpan}: include '{templateName}' not found in {set.Folder}");
            context.CachedTemplates[templateName] = template;
            return templateName;
        }

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException("templates are served from the parsed cache");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new InvalidOperationException("templates are served from the parsed cache");
    }
}

public sealed class TemplateException(string message) : Exception(message);
