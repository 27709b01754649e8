using System.CommandLine;
using PlanSite.Content.Loading;
using PlanSite.Model;
using PlanSite.Reviews;

namespace PlanSite.Cli;

/// <summary>plansite review template|import: the spreadsheet round trip staff use for a fiscal review.</summary>
public static class ReviewCommands
{
    /// <summary>The sheet is valid but would replace an existing review; nothing was written.</summary>
    public const int WouldOverwrite = 2;

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var command = new Command("review", "Spreadsheet round trip for a fiscal review: write a template CSV, fill it in Excel, import it as reviews/<fiscal-year>.yaml.");
        command.Add(Template(output, errors));
        command.Add(Import(output, errors));
        return command;
    }

    private static Option<string> ContentOption() => new("--content")
    {
        Description = "Folder with plans/, pages/ and site.yaml",
        DefaultValueFactory = _ => "content",
    };

    private static Command Template(TextWriter output, TextWriter errors)
    {
        var plan = new Argument<string>("plan") { Description = "Plan id (the folder name under content/plans/)" };
        var year = new Argument<int>("fiscal-year") { Description = "Western year the fiscal year starts in: 2023 for 令和5年度" };
        var outFile = new Option<string?>("--out") { Description = "CSV file to write (default: <plan>-<fiscal-year>.csv in the current folder)" };
        var content = ContentOption();
        var command = new Command("template", "Write the review sheet (CSV, UTF-8 with BOM, opens in Excel) for one plan and fiscal year: a row per measure and per indicator with ids, names and targets; actual, grade and comment to fill in. An existing review for that year is filled in.")
        {
            plan, year, outFile, content,
        };
        command.SetAction(parse =>
        {
            var (loaded, loadErrors) = ContentLoader.LoadPlan(parse.GetValue(content)!, parse.GetValue(plan)!);
            if (loaded is null)
                return Report(loadErrors, errors, "fix the plan first (plansite validate)");
            var fy = new FiscalYear(parse.GetValue(year));
            if (!loaded.Period.Contains(fy))
            {
                errors.WriteLine($"fiscal year {fy} is outside the plan period of '{loaded.Id}': {loaded.Period.From}–{loaded.Period.To} ({loaded.Period.Display})");
                return PlanSiteCommand.ContentErrors;
            }
            var sheet = ReviewTemplate.Create(loaded, fy);
            string path = parse.GetValue(outFile) ?? $"{loaded.Id}-{fy}.csv";
            File.WriteAllBytes(path, ReviewTemplate.ToCsv(sheet));
            bool filled = loaded.Reviews.Any(r => r.FiscalYear == fy);
            output.WriteLine($"wrote {path}: {sheet.Rows.Count(r => r[1] != ReviewSheetLayout.IndicatorKind)} measures and {sheet.Rows.Count(r => r[1] == ReviewSheetLayout.IndicatorKind)} indicators for {fy.Display}" +
                             (filled ? ", filled in from the existing review" : ""));
            output.WriteLine($"fill in {ReviewSheetLayout.Actual}, {ReviewSheetLayout.Evaluation} ({string.Join(", ", loaded.Grades.Grades.Select(g => g.Key))}) and {ReviewSheetLayout.Comment}; then: plansite review import {loaded.Id} {path}");
            return PlanSiteCommand.Ok;
        });
        return command;
    }

    private static Command Import(TextWriter output, TextWriter errors)
    {
        var plan = new Argument<string>("plan") { Description = "Plan id (the folder name under content/plans/)" };
        var file = new Argument<string>("file") { Description = "The filled-in sheet (.csv UTF-8 or .xlsx)" };
        var force = new Option<bool>("--force") { Description = "Replace an existing review for that year (without it, the changes are listed and nothing is written)" };
        var published = new Option<string?>("--published") { Description = "Date the review was published, YYYY-MM-DD (kept from the existing review when omitted)" };
        var content = ContentOption();
        var command = new Command("import", "Check a filled-in review sheet and write content/plans/<plan>/reviews/<fiscal-year>.yaml. Every problem is listed with row, column and value; nothing is written when there is any.")
        {
            plan, file, force, published, content,
        };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
                {
                    errors.WriteLine($"--published: '{text}' is not a date; expected YYYY-MM-DD, e.g. 2024-06-30");
                    return PlanSiteCommand.ContentErrors;
                }
                date = d;
            }
            var outcome = ReviewImport.Run(parse.GetValue(content)!, parse.GetValue(plan)!, parse.GetValue(file)!, parse.GetValue(force), date);
            if (outcome.Note is { } note)
                errors.WriteLine($"note: {note}");
            switch (outcome.Status)
            {
                case ImportStatus.Failed:
                    return Report(outcome.Errors, errors, "nothing was written");
                case ImportStatus.Unchanged:
                    output.WriteLine($"{outcome.ReviewPath} already says exactly this; nothing to change");
                    return PlanSiteCommand.Ok;
                case ImportStatus.WouldOverwrite:
                    errors.WriteLine($"{outcome.ReviewPath} exists; importing would change {outcome.Changes.Count} entr{(outcome.Changes.Count == 1 ? "y" : "ies")}:");
                    foreach (var line in outcome.Changes) errors.WriteLine("  " + line);
                    errors.WriteLine("nothing was written; run again with --force to replace it");
                    return WouldOverwrite;
                default:
                    var review = outcome.Review!;
                    output.WriteLine($"wrote {outcome.ReviewPath}: {review.FiscalYear.Display}, {review.Indicators.Count} indicator result(s), {review.Measures.Count} measure review(s)" +
                                     (outcome.Changes.Count > 0 ? $", replacing the previous file ({outcome.Changes.Count} change(s)):" : ""));
                    foreach (var line in outcome.Changes) output.WriteLine("  " + line);
                    output.WriteLine("check it with: plansite validate; preview with: plansite serve");
                    return PlanSiteCommand.Ok;
            }
        });
        return command;
    }

    private static int Report(IReadOnlyList<PlanSite.Content.ContentError> list, TextWriter errors, string summary)
    {
        foreach (var error in list)
            errors.WriteLine(error);
        errors.WriteLine($"{list.Count} error(s): {summary}");
        return PlanSiteCommand.ContentErrors;
    }
}
