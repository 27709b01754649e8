using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PlanSite.Site;

namespace PlanSite.Tests.Support;

/// <summary>A site built from a content folder into a temp output, with its pages parsed as HTML.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempContent _content;

    public string OutDir => Path.Combine(_content.Root, "output");

    public BuiltSite(TempContent content)
    {
        _content = content;
        SiteBuilder.Build(content.ContentDir, RepoPaths.Templates, OutDir);
    }

    public bool Exists(string path) => File.Exists(Path.Combine(OutDir, path));

    public IHtmlDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(OutDir, path)));

    public void Dispose() => _content.Dispose();
}
