using PlanSite.Content;
using PlanSite.Content.Loading;
using PlanSite.Tests.Support;

namespace PlanSite.Tests.Content;

public class ValidationTests
{
    private static IReadOnlyList<ContentError> ErrorsOf(TempContent content)
    {
        var result = ContentLoader.Load(content.ContentDir);
        Assert.False(result.Ok);
        Assert.Null(result.Content);
        return result.Errors;
    }

    private static ContentError Single(IReadOnlyList<ContentError> errors) => Assert.Single(errors);

    [Fact]
    public void ValidPlanLoadsWithItsReview()
    {
        using var content = new TempContent().WithValidPlan();
        var result = ContentLoader.Load(content.ContentDir);
        Assert.Empty(result.Errors);
        var plan = Assert.Single(result.Content!.Plans);
        Assert.Equal(["1", "1-1"], plan.AllMeasures.Select(m => m.Id));
        var indicator = plan.AllIndicators.First();
        Assert.Equal(1650m, indicator.Targets[1].Value.Number);
        Assert.Equal("1,650", indicator.Targets[1].Value.Raw);
        Assert.Equal("実現", indicator.Targets[2].Value.Word);
        Assert.Equal("-", indicator.Targets[3].Value.Word);
        var review = Assert.Single(plan.Reviews);
        Assert.Equal("B", review.Indicators["1-1-1"].Grade!.Key);
        Assert.Equal(5.7m, review.Indicators["1-1-1"].Actual!.Number);
    }

    [Fact]
    public void SdgGoalsAndOtherStaffOfAReviewLoad()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace(
            "    commentary: [{label: 取組内容, text: 実施した}]\n",
            "    commentary: [{label: 取組内容, text: 実施した}]\n" +
            "    cost: {other_staff: [{kind: 臨時職員, fte: {number: 0.15, raw: 0.15 人}}, {kind: 非常勤特別職, undetermined: 行が決まらない}, {kind: 会計年度任用職員}]}\n" +
            "    sdgs: {goals: [{goal: 11, label: 住み続けられるまちづくりを, raw: １１．住み続けられるまちづくりを, kind: project}, {goal: 3, label: すべての人に健康と福祉を, kind: method}]}\n"));
        var result = ContentLoader.Load(content.ContentDir);
        Assert.Empty(result.Errors);
        var review = Assert.Single(Assert.Single(result.Content!.Plans).Reviews).Measures["1-1"];
        Assert.Equal(new[] { ("臨時職員", (decimal?)0.15m, (string?)null), ("非常勤特別職", null, "行が決まらない"), ("会計年度任用職員", null, null) },
            review.Cost!.OtherStaff.Select(o => (o.Kind, o.Fte?.Number, o.Undetermined)));
        Assert.Equal(new[] { (11, "住み続けられるまちづくりを", (string?)"１１．住み続けられるまちづくりを", PlanSite.Model.SdgKind.Project), (3, "すべての人に健康と福祉を", null, PlanSite.Model.SdgKind.Method) },
            review.Sdgs!.Goals.Select(g => (g.Goal, g.Label, g.Raw, g.Kind)));
    }

    [Fact]
    public void AnSdgGoalNumberOutside1To17IsAnErrorWithFileLineAndField()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace(
            "    commentary: [{label: 取組内容, text: 実施した}]\n",
            "    commentary: [{label: 取組内容, text: 実施した}]\n" +
            "    sdgs:\n" +
            "      goals:\n" +
            "        - {goal: 18, label: 住み続けられるまちづくりを, kind: project}\n"));
        var error = Single(ErrorsOf(content));
        Assert.EndsWith(Path.Combine("reviews", "2021.yaml"), error.File);
        Assert.Equal("measures[0].sdgs.goals[0].goal", error.Field);
        Assert.Equal(8, error.Line);
        Assert.Contains("goal 18 is not an SDG goal number (1–17)", error.Message);
    }

    [Fact]
    public void OtherStaffWithAFigureAndAnUndeterminedReasonIsAnError()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace(
            "    commentary: [{label: 取組内容, text: 実施した}]\n",
            "    commentary: [{label: 取組内容, text: 実施した}]\n" +
            "    cost: {other_staff: [{kind: 臨時職員, fte: 0.15, undetermined: 行が決まらない}]}\n"));
        var error = Single(ErrorsOf(content));
        Assert.Contains("other staff '臨時職員' has an fte but is also marked undetermined", error.Message);
    }

    [Fact]
    public void MalformedYamlNamesFileLineAndColumn()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: "fiscal_year: 2021\nindicators:\n  - {id: 1-1-1, actual: [5.7\n");
        var error = Single(ErrorsOf(content));
        Assert.EndsWith(Path.Combine("reviews", "2021.yaml"), error.File);
        Assert.Equal("(syntax)", error.Field);
        Assert.True(error.Line >= 3, $"line {error.Line}");
        Assert.Contains("malformed YAML", error.Message);
    }

    [Fact]
    public void UnknownKeyIsAnErrorWithItsPathAndLine()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("    owners: [課A]", "    owner: [課A]"));
        var error = Single(ErrorsOf(content));
        Assert.EndsWith("plan.yaml", error.File);
        Assert.Equal("measures[0].children[0].owner", error.Field);
        Assert.Equal(18, error.Line);
        Assert.Contains("unknown key 'owner'", error.Message);
        Assert.Contains("owners", error.Message);
    }

    [Fact]
    public void MissingRequiredFieldSaysWhatWasExpected()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("        title: 事業の一\n", ""));
        var error = Single(ErrorsOf(content));
        Assert.Equal("measures[0].children[0].title", error.Field);
        Assert.Contains("required field is missing", error.Message);
        Assert.Equal(16, error.Line);
    }

    [Fact]
    public void DuplicateIdsAreReported()
    {
        string plan = TempContent.ValidPlan.Replace("id: 1-1-2", "id: 1-1-1").Replace("code: 1-1\n", "code: \"1\"\n");
        using var content = new TempContent().WithValidPlan(plan, "fiscal_year: 2021\n");
        var errors = ErrorsOf(content);
        Assert.Contains(errors, e => e.Message == "duplicate measure id '1' in this plan" && e.Field == "measures[0].children[0].code");
        Assert.Contains(errors, e => e.Message == "duplicate indicator id '1-1-1' in this plan" && e.Line == 24);
    }

    [Fact]
    public void UnknownGradeListsThePlansScale()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace("grade: B", "grade: C"));
        var error = Single(ErrorsOf(content));
        Assert.Equal("indicators[0].grade", error.Field);
        Assert.Equal(7, error.Line);
        Assert.Equal("unknown grade 'C'; the plan's grades are: S, A, B, -", error.Message);
    }

    [Fact]
    public void FiscalYearsOutsideThePlanPeriodAreRejected()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("2024: \"-\"", "2026: \"-\""));
        var target = Single(ErrorsOf(content));
        Assert.Equal("measures[0].children[0].indicators[0].targets.2026", target.Field);
        Assert.Equal("fiscal year 2026 is outside the plan period 2021–2025", target.Message);
        Assert.Equal(23, target.Line);

        using var review = new TempContent().WithValidPlan().With("plans/demo/reviews/2030.yaml", "fiscal_year: 2030\n");
        var error = Single(ErrorsOf(review));
        Assert.EndsWith("2030.yaml", error.File);
        Assert.Equal("fiscal_year", error.Field);
        Assert.Equal("fiscal year 2030 is outside the plan period 2021–2025", error.Message);
    }

    [Theory]
    [InlineData("../etc")]
    [InlineData("A/B")]
    [InlineData("２－１")]
    [InlineData("a..b")]
    public void PathLikeIdsAreRejected(string id)
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("id: 1-1-2", $"id: \"{id}\""));
        var error = Assert.Single(ErrorsOf(content), e => e.Field.EndsWith("indicators[1].id"));
        Assert.Contains("is not a safe id", error.Message);
    }

    [Fact]
    public void MeasureCodeThatIsNotASlugNeedsAnId()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("code: 1-1\n", "code: １－１\n"), "fiscal_year: 2021\n");
        var error = Single(ErrorsOf(content));
        Assert.Contains("cannot be used in a URL; add an 'id'", error.Message);
    }

    [Fact]
    public void ReviewReferencesMustExist()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace("id: 1-1-2", "id: 9-9-9"));
        var error = Single(ErrorsOf(content));
        Assert.Equal("unknown indicator id '9-9-9': the plan has no such indicator", error.Message);
    }

    [Fact]
    public void EveryErrorIsReportedNotOnlyTheFirst()
    {
        string review = TempContent.ValidReview.Replace("grade: B", "grade: X").Replace("grade: A}", "grade: Y}").Replace("id: 1-1\n", "id: 7-7\n");
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace("title: テスト計画", "titl: テスト計画"), review);
        var errors = ErrorsOf(content);
        // plan.yaml: unknown key + missing title. The review is not checked against a broken plan.
        Assert.Contains(errors, e => e.Field == "titl");
        Assert.Contains(errors, e => e.Field == "title");
        using var second = new TempContent().WithValidPlan(reviewYaml: review);
        var reviewErrors = ErrorsOf(second);
        Assert.Equal(3, reviewErrors.Count);
    }

    [Fact]
    public void ReviewFileNameMustMatchItsYear()
    {
        using var content = new TempContent().WithValidPlan(reviewYaml: TempContent.ValidReview.Replace("fiscal_year: 2021", "fiscal_year: 2022"));
        Assert.Contains("does not match the file name 2021.yaml", Single(ErrorsOf(content)).Message);
    }

    [Fact]
    public void StrayFilesInAPlanFolderAreNotSilentlyIgnored()
    {
        using var content = new TempContent().WithValidPlan().With("plans/demo/review-2022.yaml", "fiscal_year: 2022\n");
        Assert.Contains("unexpected file", Single(ErrorsOf(content)).Message);
    }

    [Fact]
    public void ValueMappingFormKeepsRawAndStructure()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan.Replace(
            "targets: {2021: 7553, 2022: 7000}",
            "targets: {2021: {number: 700000, raw: \"約700,000千円以上\", unit: 千円, approx: true, bound: at_least, note: R2年度}}"));
        var plan = ContentLoader.LoadOrThrow(content.ContentDir).Plans[0];
        var value = plan.AllIndicators.Last().Targets[0].Value;
        Assert.Equal(700000m, value.Number);
        Assert.Equal("約700,000千円以上", value.Raw);
        Assert.True(value.Approximate);
        Assert.Equal(PlanSite.Model.ValueBound.AtLeast, value.Bound);
        Assert.Equal("R2年度", value.Note);
    }
}

public class RepeatAndFactTests
{
    private const string Repeat = """
                  - id: 1-1-3
                    name: 件数（件）（再掲）
                    repeat_of: 1-1-1
        """;

    [Fact]
    public void IndicatorRepeatMustNameAnIndicator()
    {
        using var content = new TempContent().WithValidPlan(TempContent.ValidPlan + "\n" + Repeat.Replace("1-1-1", "9-9"));
        var error = Assert.Single(ContentLoader.Load(content.ContentDir).Errors);
        Assert.Equal("repeat_of names '9-9', which is not an indicator of this plan", error.Message);
    }

    [Fact]
    public void RepeatedIndicatorPageShowsTheOriginalsNumbersAndLinksToIt()
    {
        string plan = TempContent.ValidPlan.Replace("        owners: [課A]", "        owners: [課A]\n        facts: [{label: 掲載頁, text: P379}]") + "\n" + Repeat;
        using var site = new BuiltSite(new TempContent().WithValidPlan(plan));
        var page = site.Page("plans/demo/indicators/1-1-3/index.html");
        Assert.Equal("件数（件）（再掲）", page.QuerySelector("h1")!.TextContent);
        var link = page.QuerySelectorAll(".facts a").Single(a => a.TextContent == "件数（件）");
        Assert.Equal("../../../../plans/demo/indicators/1-1-1/", link.GetAttribute("href"));
        var first = page.QuerySelector("table.values tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["令和3年度（2021年度）", "10.8", "5.7", "B未達"], first);
        var measure = site.Page("plans/demo/measures/1-1/index.html");
        Assert.Contains(measure.QuerySelectorAll(".facts div"), d => d.TextContent == "掲載頁P379");
    }
}
