namespace PlanSite.Importers.SaitamaDx;

public enum RowKind { Blank, Separator, Note, RecordStart, Field, YearHeader, MonthHeader, Data }

/// <summary>Says what one row is, from its own cells only; where it sits is the segmenter's and sheet reader's job.</summary>
public static class RowClassifier
{
    public const string RecordLabel = "事業番号";
    public const string NameLabel = "事業名";
    public const string PurposeLabel = "目的";
    public const string ContentLabel = "実施内容";
    public const string ActionsLabel = "今年度の実施事項";

    private static readonly HashSet<string> FieldLabels = [NameLabel, PurposeLabel, ContentLabel, ActionsLabel];

    public static RowKind Classify(SeedRow row)
    {
        if (row.IsBlank)
            return RowKind.Blank;
        // Exact labels only: schedule tasks such as 「実施」 or 「事業の拡大、継続」 start like field names.
        if (row.Label == RecordLabel)
            return RowKind.RecordStart;
        if (row[0].StartsWith('※'))
            return RowKind.Note;
        if (IsSeparator(row))
            return RowKind.Separator;
        if (FieldLabels.Contains(row.Label))
            return RowKind.Field;
        if (HeaderColumns.Years(row) is not null)
            return RowKind.YearHeader;
        if (HeaderColumns.Months(row) is not null)
            return RowKind.MonthHeader;
        return RowKind.Data;
    }

    // Markdown-like "---------- ⇥ ---" rows after some 今年度の実施事項 cells. Cell 0 must be the dashes,
    // because "-" alone is a value ("no target") in indicator rows.
    private static bool IsSeparator(SeedRow row) =>
        row[0].Length >= 3 && row.Cells.All(cell => cell.Length == 0 || cell.All(c => c == '-'));
}
