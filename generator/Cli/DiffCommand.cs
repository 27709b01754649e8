using System.CommandLine;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Reviews.Diff;

namespace PlanSite.Cli;

/// <summary>plansite diff: what changed between two fiscal reviews of a plan, so staff can check their input before publishing.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var plan = new Argument<string>("plan") { Description = "Plan id (the folder name under content/plans/)" };
        var yearA = new Argument<int>("year-a") { Description = "Earlier fiscal year (Western year it starts in: 2021 for 令和3年度)" };
        var yearB = new Argument<int>("year-b") { Description = "Later fiscal year" };
        var format = new Option<string>("--format")
        {
            Description = "text (default, for reading), csv (UTF-8 with BOM, opens in Excel) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "csv", "json");
        var outFile = new Option<string?>("--out") { Description = "Write the report to this file instead of the terminal" };
        var content = new Option<string>("--content") { Description = "Folder with plans/, pages/ and site.yaml", DefaultValueFactory = _ => "content" };
        var command = new Command("diff", "Change report between two fiscal reviews of one plan: grades that went up or down, actuals that got worse for the indicator's direction, actuals present in one year only, measures reviewed in one year only.")
        {
            plan, yearA, yearB, format, outFile, content,
        };
        command.SetAction(parse =>
        {
            string contentDir = parse.GetValue(content)!;
            var (loaded, loadErrors) = ContentLoader.LoadPlan(contentDir, parse.GetValue(plan)!);
            if (loaded is null)
            {
                foreach (var error in loadErrors) errors.WriteLine(error);
                errors.WriteLine($"{loadErrors.Count} error(s): nothing compared" + (loadErrors.Count > 1 ? "; fix the plan first (plansite validate)" : ""));
                return PlanSiteCommand.ContentErrors;
            }
            string reviewsDir = Path.Combine(contentDir, "plans", loaded.Id, "reviews");
            var (from, to, problems) = ReviewSelection.Find(loaded, reviewsDir, new FiscalYear(parse.GetValue(yearA)), new FiscalYear(parse.GetValue(yearB)));
            if (problems.Count > 0)
            {
                foreach (var problem in problems) errors.WriteLine(problem);
                errors.WriteLine($"{problems.Count} error(s): nothing compared");
                return PlanSiteCommand.ContentErrors;
            }
            var diff = ReviewDiff.Compare(loaded, from!, to!);
            byte[] bytes = parse.GetValue(format) switch
            {
                "csv" => ReviewDiffCsv.Write(diff),
                "json" => ReviewDiffJson.Write(diff),
                _ => System.Text.Encoding.UTF8.GetBytes(ReviewDiffText.Write(diff)),
            };
            if (parse.GetValue(outFile) is { } path)
            {
                File.WriteAllBytes(path, bytes);
                output.WriteLine($"wrote {path}: {diff.IndicatorGrades.Count + diff.MeasureGrades.Count} grade change(s), {diff.WorseActuals.Count} worse actual(s), " +
                                 $"{diff.Actuals.Count} actual(s) in one year only, {diff.Measures.Count} measure(s) in one year only");
            }
            else
                output.Write(new System.Text.UTF8Encoding(false).GetString(bytes));
            return PlanSiteCommand.Ok;
        });
        return command;
    }
}
