using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>How an indicator row was printed; kept so tests and warnings can say which trap a row came through.</summary>
public enum IndicatorLayout
{
    /// <summary>Page 1: name and three values in one cell, several such cells on the item line.</summary>
    Packed,
    /// <summary>Pages 2–4: the item line's first indicator as four cells.</summary>
    Cells,
    /// <summary>Pages 2–4: a line of its own with four cells, under its item line.</summary>
    Continuation,
}

/// <summary>The 基本方針 label printed in the first column: 「(ア) 市民と行政との協働体制の確立」.</summary>
public sealed record PolicyRow(string Label, string Title, int Line);

/// <summary>One printed 数値目標等 row. Position is 1-based within its item, 再掲 rows included.</summary>
public sealed record IndicatorRow(int Line, int ItemNo, int Position, IndicatorCells Cells, IndicatorLayout Layout)
{
    public string Name => Cells.Name;
}

/// <summary>One 取組項目 with every column as printed. Text columns are verbatim (typos included).</summary>
public sealed record ItemRow
{
    public required int Line { get; init; }
    public required int Page { get; init; }
    public required int No { get; init; }
    public required PolicyRow Policy { get; init; }
    /// <summary>The 基本方針 cell was empty because the merged cell began on an earlier page.</summary>
    public required bool PolicyCarriedAcrossPage { get; init; }
    /// <summary>取組項目 (A)</summary>
    public required string Title { get; init; }
    /// <summary>関係課 (B), as printed: the cell's line breaks became spaces.</summary>
    public required string Departments { get; init; }
    /// <summary>取組の方針と内容 (C)</summary>
    public required string PolicyAndContent { get; init; }
    /// <summary>R1年度取組内容 (D)</summary>
    public required string Results { get; init; }
    /// <summary>進捗状況 (F)</summary>
    public required string Grade { get; init; }
    /// <summary>本部会意見 (G)</summary>
    public required string Opinion { get; init; }
    /// <summary>R2年度目標 (H)</summary>
    public required string NextGoal { get; init; }
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }
}

/// <summary>The title line: 「行政改革後期アクションプラン（平成29年度～令和3年度）進行管理集計表（令和2年3月31日現在）」.</summary>
public sealed record TitleLine(int Line, string Text, string PlanTitle, string PeriodText, FiscalYearRange? Period, string Kind, string AsOf);

/// <summary>The tally line at the end: 「本部会評価 8 10 5 1」, counts in the legend's order.</summary>
public sealed record SummaryLine(int Line, string Label, IReadOnlyList<int> Counts);

/// <summary>Everything read from the seed, before curation and before mapping to the model.</summary>
public sealed record SakadoDocument
{
    public required TitleLine? Title { get; init; }
    public required TableHeader? Header { get; init; }
    /// <summary>The grade legend as printed, key → label, in printed order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Legend { get; init; }
    public required IReadOnlyList<PolicyRow> Policies { get; init; }
    public required IReadOnlyList<ItemRow> Items { get; init; }
    public required SummaryLine? Summary { get; init; }
    /// <summary>Free sentences above the tables, each once, with the line of its first printing.</summary>
    public required IReadOnlyList<Note> Notes { get; init; }
    public required int Pages { get; init; }

    public IEnumerable<IndicatorRow> IndicatorRows => Items.SelectMany(i => i.Indicators);
}
