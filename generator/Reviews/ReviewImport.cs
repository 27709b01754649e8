using PlanSite.Content;
using PlanSite.Content.Loading;
using PlanSite.Content.Writing;
using PlanSite.Model;

namespace PlanSite.Reviews;

public enum ImportStatus { Written, Unchanged, WouldOverwrite, Failed }

public sealed record ImportOutcome(ImportStatus Status, string ReviewPath, IReadOnlyList<ContentError> Errors, IReadOnlyList<string> Changes, Review? Review, string? Note);

/// <summary>
/// Sheet → content/plans/&lt;plan&gt;/reviews/&lt;year&gt;.yaml. Nothing is written unless the whole
/// sheet is valid and the written file loads back through the same validation the build uses; an
/// existing review is replaced only when asked (<c>force</c>), after listing what changes.
/// </summary>
public static class ReviewImport
{
    public static ImportOutcome Run(string contentDir, string planId, string sheetPath, bool force, DateOnly? published = null)
    {
        var (plan, planErrors) = ContentLoader.LoadPlan(contentDir, planId);
        if (plan is null)
            return Failed("", planErrors);
        if (!File.Exists(sheetPath))
            return Failed("", [new ContentError(sheetPath, 0, 0, "(file)", "file not found")]);

        var read = SheetFile.Read(sheetPath);
        if (read.Error is not null)
            return Failed("", [new ContentError(sheetPath, read.ErrorRow, read.ErrorColumn, "(file)", read.Error)], read.Note);
        var sheet = ReviewSheetReader.Read(read.Rows, plan, sheetPath, published);
        if (!sheet.Ok)
            return Failed("", sheet.Errors, read.Note);

        var review = sheet.Review!;
        string path = Path.Combine(contentDir, "plans", plan.Id, "reviews", $"{review.FiscalYear}.yaml");
        string yaml = ContentWriter.ReviewYaml(review);
        var check = LoadsBack(yaml, path, plan, review.FiscalYear.StartYear);
        if (check.Count > 0)
            return Failed(path, check, read.Note);

        var existing = plan.Reviews.FirstOrDefault(r => r.FiscalYear == review.FiscalYear);
        var changes = existing is null ? [] : ReviewChanges.Between(existing, review);
        if (existing is not null && ContentWriter.ReviewYaml(existing) == yaml)
            return new ImportOutcome(ImportStatus.Unchanged, path, [], changes, review, read.Note);
        if (existing is not null && !force)
            return new ImportOutcome(ImportStatus.WouldOverwrite, path, [], changes, review, read.Note);

        string header = $"# Imported by `plansite review import {plan.Id} {Path.GetFileName(sheetPath)}`.\n" +
                        $"# Regenerate the sheet with `plansite review template {plan.Id} {review.FiscalYear}`, or edit this file by hand.\n";
        WriteAtomically(path, header + yaml);
        return new ImportOutcome(ImportStatus.Written, path, [], changes, review, read.Note);
    }

    /// <summary>The file is checked by the loader itself, so an import can never write what the build would reject.</summary>
    private static IReadOnlyList<ContentError> LoadsBack(string yaml, string displayPath, Plan plan, int year)
    {
        string temp = Path.GetTempFileName();
        try
        {
            File.WriteAllText(temp, yaml);
            var errors = new ErrorSink();
            var root = YamlFile.Load(temp, displayPath, errors);
            if (root is not null) ReviewReader.Read(root, plan, year, errors);
            return errors.Errors;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Write beside, then rename: the review file is never half written.</summary>
    private static void WriteAtomically(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.tmp");
        File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }

    private static ImportOutcome Failed(string path, IReadOnlyList<ContentError> errors, string? note = null) =>
        new(ImportStatus.Failed, path, errors, [], null, note);
}
