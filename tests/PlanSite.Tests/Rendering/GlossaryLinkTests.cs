using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

/// <summary>
/// Item pages of seed 003 list the 用語解説 terms their text uses, linking to the term on the glossary
/// chapter page; the item's own text stays as printed. Values read in the seed (1-based lines).
/// </summary>
public class GlossaryLinkTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string Kazo = "plans/kazo-gyosei-keiei-2021-2025";

    private AngleSharp.Html.Dom.IHtmlDocument Item(string number) => site.Page(Path.Combine(Kazo, "measures", number, "index.html"));

    private static string[] Terms(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("ul.terms a").Select(a => a.TextContent).ToArray();

    [Fact]
    public void ItemListsTheGlossaryTermsItsTextUsesAndEachLinkReachesItsExplanation()
    {
        // Item 86 (L3675): 「…建設事業の計画的な実施と基金積立金の活用により、市債の新規発行を適切に行います。」
        var page = Item("86");
        Assert.Equal(["基金", "市債"], Terms(page)); // in the glossary's order: ■ 基金 (L5418, カ行), ■ 市債 (L5502, サ行)
        Assert.Equal("将来世代に過度の財政負担を残さないよう、建設事業の計画的な実施と基金積立金の活用により、市債の新規発行を適切に行います。",
            page.QuerySelector("section[aria-labelledby=content-heading] li")!.TextContent);
        var glossary = site.Page(Path.Combine(Kazo, "chapters", "glossary", "index.html"));
        foreach (var a in page.QuerySelectorAll("ul.terms a"))
        {
            string href = a.GetAttribute("href")!;
            Assert.StartsWith($"../../../../{Kazo}/chapters/glossary/#", href);
            var heading = glossary.GetElementById(Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]));
            Assert.NotNull(heading);
            Assert.Equal("H3", heading!.TagName);
            Assert.StartsWith(a.TextContent, heading.TextContent);
        }

        // A term printed with its spelled-out form and reading is found by its short form: item 93 (L3865) says ＡＩ・ＲＰＡ.
        Assert.Equal(["ＲＰＡ", "ＡＩ"], Terms(Item("93")));
        Assert.Equal("ＲＰＡ（Robotic Process Automation）(アール・ピー・エー)",
            glossary.GetElementById(Uri.UnescapeDataString(Item("93").QuerySelector("ul.terms a")!.GetAttribute("href")!.Split('#')[1]))!.TextContent);
    }

    [Fact]
    public void ALongerWordThatContainsATermIsNotTheTerm()
    {
        // Item 88 (L3745–): 「市債権の適正な管理を実施した上で…」: 市債権 (receivables) is not 市債 (bonds).
        Assert.DoesNotContain("市債", Terms(Item("88")));
        Assert.Contains("市債権", Item("88").QuerySelector("section[aria-labelledby=content-heading]")!.TextContent);
    }
}
