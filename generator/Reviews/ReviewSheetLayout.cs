namespace PlanSite.Reviews;

/// <summary>
/// The columns of the review sheet staff fill in Excel. Headers are Japanese because staff read
/// them; the importer finds columns by header, so staff may reorder columns but not rename them.
/// </summary>
public static class ReviewSheetLayout
{
    public const string Year = "年度";
    public const string Kind = "種別";
    public const string Id = "ID";
    public const string Code = "コード";
    public const string Name = "名称";
    public const string Unit = "単位";
    public const string Target = "目標値";
    public const string Actual = "実績値";
    public const string Evaluation = "評価";
    public const string Comment = "コメント";

    /// <summary>A measure's commentary under its own heading: コメント：本部会意見.</summary>
    public const string LabelledCommentPrefix = "コメント：";

    /// <summary>The 種別 of an indicator row; a measure row carries its level name (施策, 事業 …).</summary>
    public const string IndicatorKind = "指標";

    /// <summary>Label of commentary written in the plain コメント column of a measure row.</summary>
    public const string DefaultCommentLabel = "コメント";

    /// <summary>Columns the importer reads; the others are there to help staff and are ignored.</summary>
    public static readonly IReadOnlyList<string> Fixed = [Year, Kind, Id, Code, Name, Unit, Target, Actual, Evaluation, Comment];

    public static readonly IReadOnlyList<string> Required = [Year, Kind, Id, Actual, Evaluation, Comment];

    public static string LabelledComment(string label) => LabelledCommentPrefix + label;

    /// <summary>Excel's column letter (1 → A, 27 → AA), so errors point where staff look.</summary>
    public static string ColumnLetter(int column)
    {
        string letters = "";
        for (int n = column; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
