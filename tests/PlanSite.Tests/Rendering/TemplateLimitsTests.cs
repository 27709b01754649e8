using PlanSite.Rendering.Templates;

namespace PlanSite.Tests.Rendering;

/// <summary>
/// A national site lists thousands of plans on one page, and a large plan page runs past a megabyte:
/// pages must come out whole, never cut or failed by a template engine's safety limits.
/// </summary>
public sealed class TemplateLimitsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "plansite-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateLimitsTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "list.sbn"), "<ol>{{ for plan in plans }}<li>{{ plan }}</li>{{ end }}</ol>");
    }

    private sealed record ListView(IReadOnlyList<string> Plans);

    [Fact]
    public void ALoopOverMoreThanAThousandItemsRendersEveryItem()
    {
        var plans = Enumerable.Range(1, 1741).Select(i => $"plan-{i}").ToArray(); // one per municipality of Japan

        string html = TemplateSet.Load(_folder).Render("list.sbn", new ListView(plans));

        Assert.Equal(1741, html.Split("<li>").Length - 1);
        Assert.EndsWith("<li>plan-1741</li></ol>", html);
    }

    [Fact]
    public void OutputLongerThanAMegabyteIsNotCut()
    {
        // Fewer than 1,000 items, so only the output limit is in play.
        var plans = Enumerable.Range(1, 900).Select(i => $"{i:D4}" + new string('計', 1200)).ToArray();

        string html = TemplateSet.Load(_folder).Render("list.sbn", new ListView(plans));

        Assert.Equal("<ol></ol>".Length + 900 * ("<li></li>".Length + 1204), html.Length);
        Assert.EndsWith("0900" + new string('計', 1200) + "</li></ol>", html);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
