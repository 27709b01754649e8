using PlanSite.Tests.Support;

namespace PlanSite.Tests.Rendering;

/// <summary>SDG goals and その他職員 of a review, as a measure page shows them: text, escaped.</summary>
public class EvaluationSheetRenderingTests : IDisposable
{
    private readonly BuiltSite _site = new(new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace(
        "    commentary: [{label: 取組内容, text: 実施した}]\n",
        "    commentary: [{label: 取組内容, text: 実施した}]\n" +
        "    cost: {unit: 千円, budget: 100, other_staff: [{kind: 臨時職員, fte: {number: 0.15, raw: 0.15 人}}, {kind: \"<b>非常勤</b>\", undetermined: 行が決まらない}, {kind: 会計年度任用職員}]}\n" +
        "    sdgs:\n" +
        "      goals:\n" +
        "        - {goal: 11, label: 住み続けられるまちづくりを, raw: １１．住み続けられるまちづくりを, kind: project}\n" +
        "        - {goal: 16, label: \"<i>平和</i>と公正をすべての人に\", kind: method}\n" +
        "      undetermined: ほかのラベルはページにまとめて印字されている。\n")));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void GoalsAreAListOfNumberAndLabelAsText()
    {
        var page = _site.Page("plans/demo/measures/1-1/index.html");
        Assert.Equal(new[] { "目標11 住み続けられるまちづくりを（事業自体が貢献する項目）", "目標16 <i>平和</i>と公正をすべての人に（実施手法等の工夫により貢献できた項目）" },
            page.QuerySelectorAll("ul.sdg-goals li").Select(li => li.TextContent));
        Assert.Equal("ほかの目標は原資料から特定できません。ほかのラベルはページにまとめて印字されている。", page.QuerySelector("p.sdg-undetermined")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main b, main i, [style]"));
    }

    [Fact]
    public void OtherStaffIsAColumnOfTheCostTable()
    {
        var page = _site.Page("plans/demo/measures/1-1/index.html");
        Assert.Equal("その他職員", page.QuerySelectorAll("table.costs thead th").Last().TextContent);
        var cell = page.QuerySelector("table.costs tbody tr")!.Children.Last();
        Assert.Equal("臨時職員 0.15 人<br>&lt;b&gt;非常勤&lt;/b&gt; 原資料から特定できません<br>会計年度任用職員 記載なし", cell.InnerHtml);
        Assert.Contains(page.QuerySelectorAll(".cost-notes li"), li => li.TextContent == "その他職員：行が決まらない");
    }
}
