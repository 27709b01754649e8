using PlanSite.Content.Loading;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Content;

/// <summary>plan.yaml's optional chapters: [{id, title, body}] — validated with file and line, rendered as pages.</summary>
public class ChapterTests
{
    private static string PlanWithChapters(string chapters) => TempContent.ValidPlan.Replace("measures:\n", chapters + "measures:\n");

    [Fact]
    public void BadChaptersAreReportedWithTheirLine()
    {
        using var content = new TempContent().WithValidPlan(PlanWithChapters("""
            chapters:
              - {id: about, title: 計画の概要, body: "本文"}
              - {id: about, title: 二つ目, body: "本文"}
              - {id: ../x, title: 悪いID, body: "本文"}
              - {id: nobody, title: 本文なし}

            """));
        var result = ContentLoader.Load(content.ContentDir);
        Assert.False(result.Ok);
        var errors = result.Errors.Select(e => (e.Field, e.Line, e.Message)).ToArray();
        Assert.Contains(errors, e => e.Field == "chapters[1].id" && e.Line == 14 && e.Message.Contains("chapter id 'about' is used twice"));
        Assert.Contains(errors, e => e.Field == "chapters[2].id" && e.Line == 15 && e.Message.Contains("not a safe id"));
        Assert.Contains(errors, e => e.Field == "chapters[3].body" && e.Line == 16 && e.Message.Contains("required field is missing"));
        Assert.All(result.Errors, e => Assert.EndsWith("plan.yaml", e.File));
    }

    [Fact]
    public void ChaptersBecomePagesLinkedFromThePlanWithMarkdownEscaped()
    {
        using var site = new BuiltSite(new TempContent().WithValidPlan(PlanWithChapters("""
            chapters:
              - id: about
                title: 計画の概要
                body: |
                  ## 基本理念

                  | 区分 | 件数 |
                  |---|---|
                  | 目標達成 | 42 |

                  <script>alert(1)</script>
              - {id: words, title: 用語解説, body: "### ＩＣＴ"}

            """)));
        var plan = site.Page("plans/demo/index.html");
        var links = plan.QuerySelectorAll("section[aria-labelledby=chapters-heading] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("計画の概要", "../../plans/demo/chapters/about/"), ("用語解説", "../../plans/demo/chapters/words/")], links);

        var page = site.Page("plans/demo/chapters/about/index.html");
        Assert.Equal("計画の概要", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("基本理念", page.QuerySelector("article.prose h2")!.TextContent);
        Assert.Equal(["目標達成", "42"], page.QuerySelectorAll("article.prose tbody td").Select(td => td.TextContent));
        Assert.Empty(page.QuerySelectorAll("script:not([src])").Where(s => s.TextContent.Contains("alert")));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("article.prose")!.TextContent);
        Assert.Equal(["ホーム", "テスト計画"], page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.TextContent));
        var nav = page.QuerySelector("nav[aria-labelledby=chapters-nav-heading]")!;
        Assert.Equal("計画の概要", nav.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Equal(["用語解説"], nav.QuerySelectorAll("a").Select(a => a.TextContent));
    }
}
