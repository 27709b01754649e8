namespace PlanSite.Reviews;

/// <summary>Reads a review sheet by its extension.</summary>
public static class SheetFile
{
    public static SheetReadResult Read(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => CsvReader.Read(File.ReadAllBytes(path)),
            ".xlsx" => XlsxReader.Read(path),
            var other => new SheetReadResult([], $"cannot read '{other}' files; save the sheet as .xlsx or CSV UTF-8 (.csv)"),
        };
}
