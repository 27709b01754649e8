using PlanSite.Cli;
using PlanSite.Content.Loading;
using PlanSite.Content.Writing;
using PlanSite.Model;
using static PlanSite.Reviews.ReviewSheetLayout;
using static PlanSite.Tests.Reviews.CliRun;

namespace PlanSite.Tests.Reviews;

public class ReviewImportTests
{
    private const string Saitama = "saitama-dx-2021-2025";

    /// <summary>
    /// Saitama's reviews hold only plain values, so the sheet alone (review file deleted) gives the
    /// same review back. Sakado's curated values (72事業(累計215) read as 215) survive through the
    /// existing file: an unchanged cell keeps its structured value (next test).
    /// </summary>
    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    public void SheetAloneGivesBackTheSameReview(int year)
    {
        using var content = new ContentCopy();
        string csv = content.File("sheet.csv");
        string reviewPath = content.PathOf($"plans/{Saitama}/reviews/{year}.yaml");
        var original = LoadReview(content.ContentDir, Saitama, year);
        Assert.Equal(0, Run("review", "template", Saitama, $"{year}", "--out", csv, "--content", content.ContentDir).Exit);

        File.Delete(reviewPath);
        var (exit, output, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);
        Assert.True(exit == 0, err);
        Assert.Contains($"wrote {reviewPath}", output);
        var imported = LoadReview(content.ContentDir, Saitama, year);
        Assert.Equal(ContentWriter.ReviewYaml(original), ContentWriter.ReviewYaml(imported));
        Assert.Equal(66, imported.Indicators.Count);
    }

    [Theory]
    [InlineData("saitama-dx-2021-2025", 2021)]
    [InlineData("saitama-dx-2021-2025", 2022)]
    [InlineData("sakado-gyokaku-2017-2021", 2019)]
    public void TemplateOfAnExistingReviewImportsToTheSameReviewAndWritesNothing(string planId, int year)
    {
        using var content = new ContentCopy();
        string csv = content.File("sheet.csv");
        Run("review", "template", planId, $"{year}", "--out", csv, "--content", content.ContentDir);
        var before = content.Snapshot();
        var outcome = PlanSite.Reviews.ReviewImport.Run(content.ContentDir, planId, csv, force: false);
        Assert.Equal(PlanSite.Reviews.ImportStatus.Unchanged, outcome.Status);
        Assert.Equal(ContentWriter.ReviewYaml(LoadReview(content.ContentDir, planId, year)), ContentWriter.ReviewYaml(outcome.Review!));
        Assert.Empty(outcome.Changes);
        Assert.Equal(before, content.Snapshot());
    }

    [Fact]
    public void ANewSakadoActualWithUnitAndNoteReadsLikeTheSourcesOwn()
    {
        using var content = new ContentCopy();
        string csv = content.File("k.csv");
        Run("review", "template", "sakado-gyokaku-2017-2021", "2020", "--out", csv, "--content", content.ContentDir);
        Sheet.Load(csv).Set("1-1", Actual, "７０件").Set("8-1", Actual, "80事業（累計295）").Save(csv);
        var (exit, _, err) = Run("review", "import", "sakado-gyokaku-2017-2021", csv, "--content", content.ContentDir);
        Assert.True(exit == 0, err);
        var review = LoadReview(content.ContentDir, "sakado-gyokaku-2017-2021", 2020);
        Assert.Equal((70m, "７０件", (string?)null), (review.Indicators["1-1"].Actual!.Number!.Value, review.Indicators["1-1"].Actual!.Raw, review.Indicators["1-1"].Actual!.Note));
        Assert.Equal((80m, "80事業（累計295）", (string?)"累計295"), (review.Indicators["8-1"].Actual!.Number!.Value, review.Indicators["8-1"].Actual!.Raw, review.Indicators["8-1"].Actual!.Note));
    }

    [Fact]
    public void ImportingTheUnchangedTemplateOfAnExistingReviewChangesNothing()
    {
        using var content = new ContentCopy();
        string csv = content.File("sheet.csv");
        Run("review", "template", "sakado-gyokaku-2017-2021", "2019", "--out", csv, "--content", content.ContentDir);
        var before = content.Snapshot();
        var (exit, output, _) = Run("review", "import", "sakado-gyokaku-2017-2021", csv, "--content", content.ContentDir);
        Assert.Equal(0, exit);
        Assert.Contains("already says exactly this", output);
        Assert.Equal(before, content.Snapshot());
    }

    [Fact]
    public void FilledTemplateForANewYearImportsAndLoadsWithTheValuesTyped()
    {
        using var content = new ContentCopy();
        string csv = content.File("s23.csv");
        Run("review", "template", Saitama, "2023", "--out", csv, "--content", content.ContentDir);
        Sheet.Load(csv)
            .Set("2-1-1-1", Actual, "３,２４３").Set("2-1-1-1", Evaluation, "Ａ")
            .Set("2-1-3-1", Actual, "19.2").Set("2-1-3-1", Evaluation, "S").Set("2-1-3-1", Comment, "前年度を上回った, \"RPA\"\n拡大")
            .Set("2-1-3-2", Actual, "1,234枚数").Set("2-1-3-2", Evaluation, "S")
            .Set("2-1-1-2", Actual, "実現").Set("2-1-1-2", Evaluation, "A")
            .Set("2-1-1", Comment, "事業として継続", indicator: false)
            .Save(csv);

        var (exit, _, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir, "--published", "2024-08-30");
        Assert.True(exit == 0, err);

        var review = LoadReview(content.ContentDir, Saitama, 2023);
        Assert.Equal(new DateOnly(2024, 8, 30), review.Published);
        Assert.Equal(["2-1-1-1", "2-1-1-2", "2-1-3-1", "2-1-3-2"], review.Indicators.Keys);
        var fullWidth = review.Indicators["2-1-1-1"];
        Assert.Equal(3243m, fullWidth.Actual!.Number);
        Assert.Equal("３,２４３", fullWidth.Actual.Raw);
        Assert.Equal("A", fullWidth.Grade!.Key);
        Assert.Equal(19.2m, review.Indicators["2-1-3-1"].Actual!.Number);
        Assert.Equal("前年度を上回った, \"RPA\"\n拡大", review.Indicators["2-1-3-1"].Note);
        Assert.Equal(1234m, review.Indicators["2-1-3-2"].Actual!.Number);
        Assert.Equal("1,234枚数", review.Indicators["2-1-3-2"].Actual!.Raw);
        Assert.Equal("実現", review.Indicators["2-1-1-2"].Actual!.Word);
        Assert.Equal([new Commentary(DefaultCommentLabel, "事業として継続")], review.Measures["2-1-1"].Commentary);
        Assert.Equal(0, Run("validate", "--content", content.ContentDir, "--templates", Support.RepoPaths.Templates).Exit);
    }

    [Fact]
    public void EveryProblemIsReportedWithRowColumnAndValueAndNothingIsWritten()
    {
        using var content = new ContentCopy();
        string csv = content.File("bad.csv");
        Run("review", "template", Saitama, "2023", "--out", csv, "--content", content.ContentDir);
        var sheet = Sheet.Load(csv)
            .Set("2-1-1-1", Actual, "３,２４３").Set("2-1-1-1", Evaluation, "A")
            .Set("2-1-3-1", Actual, "19.2").Set("2-1-3-1", Evaluation, "Q")
            .Set("2-1-3-2", Actual, "約650");
        sheet.Row("2-1-2-1")[sheet.Column(Id)] = "2-1-2-9";
        sheet.Row("2-1-2-2")[sheet.Column(Year)] = "2026";
        sheet.Rows.Add(["2023", "指標", "2-1-3-3", "", "", "", "", "実現", "A", ""]);
        sheet.Save(csv);
        int grade = sheet.RowNumber("2-1-3-1"), number = sheet.RowNumber("2-1-3-2"), unknown = sheet.Rows.FindIndex(r => r[2] == "2-1-2-9") + 2;
        int wrongYear = sheet.RowNumber("2-1-2-2"), original = sheet.Rows.FindIndex(r => r[2] == "2-1-3-3") + 2, duplicate = sheet.Rows.Count + 1;
        var before = content.Snapshot();

        var (exit, output, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);

        Assert.Equal(PlanSiteCommand.ContentErrors, exit);
        Assert.Equal("", output);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal([
            $"{csv}:{unknown}:3: ID (C): '2-1-2-9': unknown indicator id: the plan 'saitama-dx-2021-2025' has no such indicator",
            $"{csv}:{wrongYear}:1: 年度 (A): '2026': fiscal year 2026 is outside the plan period 2021–2025 (令和3年度～令和7年度（2021～2025年度）)",
            $"{csv}:{grade}:9: 評価 (I): 'Q': not a grade of the plan; its grades are: S (目標を大きく上回る), A (目標を達成・概ね達成), B (目標未達), - (評価対象外)",
            $"{csv}:{number}:8: 実績値 (H): '約650': not a number; write the number only (e.g. 3243, 3,243 or ３,２４３), optionally followed by the unit 枚数 and a note in parentheses, e.g. 72(累計215); or a status word such as 実現 or -",
            $"{csv}:{duplicate}:3: ID (C): '2-1-3-3': duplicate row: 指標 '2-1-3-3' is already on row {original}",
            "5 error(s): nothing was written",
        ], lines);
        Assert.Equal(before, content.Snapshot());
    }

    [Fact]
    public void AnUntouchedTemplateIsNotImportedAsAnEmptyReview()
    {
        using var content = new ContentCopy();
        string csv = content.File("empty.csv");
        Run("review", "template", Saitama, "2023", "--out", csv, "--content", content.ContentDir);
        var before = content.Snapshot();
        var (exit, _, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);
        Assert.Equal(1, exit);
        Assert.Contains("no 実績値, 評価 or コメント is filled in; nothing to import", err);
        Assert.Equal(before, content.Snapshot());
    }

    [Fact]
    public void UnknownAndMissingColumnsAreErrors()
    {
        using var content = new ContentCopy();
        string csv = content.File("bad.csv");
        File.WriteAllText(csv, "年度,種別,ID,実績,評価,コメント\r\n2023,指標,2-1-1-1,5,A,\r\n", new System.Text.UTF8Encoding(true));
        var (exit, _, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);
        Assert.Equal(1, exit);
        Assert.Contains($"{csv}:1:4: header (D): unknown column '実績'", err);
        Assert.Contains($"{csv}:1:0: header: missing column '実績値'", err);
    }

    [Fact]
    public void ReplacingAnExistingReviewListsTheChangesAndNeedsForce()
    {
        using var content = new ContentCopy();
        string csv = content.File("s22.csv");
        string reviewPath = content.PathOf($"plans/{Saitama}/reviews/2022.yaml");
        Run("review", "template", Saitama, "2022", "--out", csv, "--content", content.ContentDir);
        Sheet.Load(csv).Set("2-1-1-1", Actual, "3,300").Set("2-1-3-1", Evaluation, "A").Save(csv);
        string before = File.ReadAllText(reviewPath);

        var (exit, _, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);
        Assert.Equal(ReviewCommands.WouldOverwrite, exit);
        Assert.Contains("indicator 2-1-1-1: actual '3243' → '3,300'", err);
        Assert.Contains("indicator 2-1-3-1: grade 'S' → 'A'", err);
        Assert.Contains("run again with --force", err);
        Assert.Equal(before, File.ReadAllText(reviewPath));

        var (forced, output, _) = Run("review", "import", Saitama, csv, "--force", "--content", content.ContentDir);
        Assert.Equal(0, forced);
        Assert.Contains("2 change(s)", output);
        var review = LoadReview(content.ContentDir, Saitama, 2022);
        Assert.Equal(3300m, review.Indicators["2-1-1-1"].Actual!.Number);
        Assert.Equal("A", review.Indicators["2-1-3-1"].Grade!.Key);
        Assert.Equal(66, review.Indicators.Count);
    }

    [Fact]
    public void ShiftJisCsvFromExcelIsReadWithANote()
    {
        using var content = new ContentCopy();
        string csv = content.File("sjis.csv");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(csv, System.Text.Encoding.GetEncoding(932).GetBytes("年度,種別,ID,実績値,評価,コメント\r\n2023,指標,2-1-1-2,実現,A,順調\r\n"));
        var (exit, _, err) = Run("review", "import", Saitama, csv, "--content", content.ContentDir);
        Assert.True(exit == 0, err);
        Assert.Contains("read it as Shift_JIS", err);
        var review = LoadReview(content.ContentDir, Saitama, 2023);
        Assert.Equal("実現", review.Indicators["2-1-1-2"].Actual!.Word);
        Assert.Equal("順調", review.Indicators["2-1-1-2"].Note);
    }

    private static Review LoadReview(string contentDir, string planId, int year)
    {
        var (plan, errors) = ContentLoader.LoadPlan(contentDir, planId);
        Assert.Empty(errors);
        return plan!.Reviews.Single(r => r.FiscalYear.StartYear == year);
    }
}
