using System.Text.RegularExpressions;

namespace PlanSite.Importers.SakadoActionPlan;

public enum RowKind
{
    Blank,
    /// <summary>The document title (printed once, line 3).</summary>
    Title,
    /// <summary>A caption over the grade legend: 【項目進捗】, アクションプラン計画期間中の取組項目進捗状況.</summary>
    Caption,
    /// <summary>A free sentence above a table, kept as a plan note: 「A・B・C及びE(…)はアクションプランからの転記項目」.</summary>
    Note,
    /// <summary>「A 順調 B ほぼ順調 C やや遅れ D 停滞」, repeated on every page.</summary>
    Legend,
    /// <summary>The column header row that starts each page's table (基本方針, No., 取組項目 (A) …).</summary>
    Header,
    /// <summary>The second header row naming the four 数値目標等 sub-columns.</summary>
    SubHeader,
    /// <summary>A 取組項目's first line: No., text columns, its first indicator(s), grade, opinion, next goal.</summary>
    Item,
    /// <summary>One more indicator of the item above: four cells and nothing else.</summary>
    Continuation,
    /// <summary>「本部会評価 8 10 5 1」: the document's own grade tally.</summary>
    Summary,
    Unknown,
}

/// <summary>
/// Says what a line is from its own cells only, never from which tab field they sit in: field positions
/// drift between pages (see <see cref="SeedLine"/>).
/// </summary>
public sealed partial class RowClassifier
{
    private readonly IndicatorCellParser _cells;

    public RowClassifier(IndicatorCellParser cells) => _cells = cells;

    public RowKind Classify(SeedLine line)
    {
        if (line.IsBlank)
            return RowKind.Blank;
        if (line.IsSingleCell)
            return ClassifySingle(line[0]);
        if (line.Texts.Contains(HeaderNumberLabel))
            return RowKind.Header;
        if (line.Count == 4 && line[0] == SubHeaderNameLabel)
            return RowKind.SubHeader;
        if (ItemNumberIndex(line) is not null)
            return RowKind.Item;
        if (_cells.TryParseCells(line.Texts) is not null)
            return RowKind.Continuation;
        return RowKind.Unknown;
    }

    public const string HeaderNumberLabel = "No.";
    public const string SubHeaderNameLabel = "項目";

    /// <summary>
    /// Index of the No. cell of an item line, or null. It is the first cell, or the second when the
    /// first is the 基本方針 label of a new group. An item line carries at least title, 関係課, C, D, one
    /// indicator, grade, G and H after its No., which tells it apart from a stray number.
    /// </summary>
    public static int? ItemNumberIndex(SeedLine line)
    {
        int index = line.Count > 0 && PolicyLabel().IsMatch(line[0]) ? 1 : 0;
        if (line.Count < index + 9 || !ItemNumber().IsMatch(line[index]))
            return null;
        return index;
    }

    public static Match MatchPolicy(string cell) => PolicyLabel().Match(cell);

    public static Match MatchSummary(string cell) => SummaryLine().Match(cell);

    public static Match MatchTitle(string cell) => TitleLine().Match(cell);

    public static MatchCollection MatchLegend(string cell) => LegendPair().Matches(cell);

    private static RowKind ClassifySingle(string text)
    {
        if (TitleLine().IsMatch(text))
            return RowKind.Title;
        if (SummaryLine().IsMatch(text))
            return RowKind.Summary;
        if (LegendLine().IsMatch(text))
            return RowKind.Legend;
        if (text.StartsWith('【') || text.EndsWith("進捗状況", StringComparison.Ordinal))
            return RowKind.Caption;
        return RowKind.Note;
    }

    // (ア) 市民と行政との協働体制の確立: half-width parentheses in this seed; full-width accepted too.
    [GeneratedRegex(@"^[(（](?<label>[ア-ン])[)）]\s*(?<title>\S.*)$")]
    private static partial Regex PolicyLabel();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?<label>\S*評価)(?: (?<count>\d+))+$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^(?<plan>.+（(?<period>[^（）]+～[^（）]+)）)(?<kind>[^（）]+)（(?<asof>[^（）]+現在)）$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?:[A-Z] \S+)(?: [A-Z] \S+)+$")]
    private static partial Regex LegendLine();

    [GeneratedRegex(@"(?<key>[A-Z]) (?<label>\S+)")]
    private static partial Regex LegendPair();
}
