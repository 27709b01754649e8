using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// Walks the classified lines in order and assembles the document: title, header, items with their
/// indicator rows, policies, legend and summary. It reports what it cannot place instead of guessing.
/// </summary>
public sealed class DocumentReader
{
    private readonly RowClassifier _classifier;
    private readonly ItemRowReader _items;

    public DocumentReader(IndicatorCellParser cells, IReadOnlySet<string> gradeKeys)
    {
        _classifier = new RowClassifier(cells);
        _items = new ItemRowReader(cells, gradeKeys);
    }

    public SakadoDocument Read(IReadOnlyList<SeedLine> lines, ICollection<ImportWarning> warnings)
    {
        var tracker = new PolicyTracker();
        TitleLine? title = null;
        TableHeader? header = null;
        TableHeader? pageHeader = null;
        IReadOnlyList<KeyValuePair<string, string>>? legend = null;
        SummaryLine? summary = null;
        var notes = new List<Note>();
        var items = new List<ItemRow>();
        ItemDraft? open = null;

        void Close()
        {
            if (open is not null)
                items.Add(open.Build());
            open = null;
        }

        foreach (var line in lines)
        {
            switch (_classifier.Classify(line))
            {
                case RowKind.Blank:
                case RowKind.Caption:
                    break;

                case RowKind.Title:
                    if (title is null)
                        title = ReadTitle(line);
                    else
                        warnings.Add(new ImportWarning(line.Number, "a second title line; only the first is used"));
                    break;

                case RowKind.Note:
                    // Every page repeats the same sentence; it is one note of the plan.
                    if (!notes.Any(n => n.Text == line[0]))
                        notes.Add(new Note(line[0], line.Number));
                    break;

                case RowKind.Legend:
                    var pairs = RowClassifier.MatchLegend(line[0])
                        .Select(m => KeyValuePair.Create(m.Groups["key"].Value, m.Groups["label"].Value)).ToArray();
                    if (legend is null)
                        legend = pairs;
                    else if (!legend.SequenceEqual(pairs))
                        warnings.Add(new ImportWarning(line.Number, $"grade legend 「{line[0]}」 differs from the first one"));
                    break;

                case RowKind.Header:
                    Close();
                    tracker.StartPage();
                    pageHeader = TableHeaderReader.Read(line);
                    break;

                case RowKind.SubHeader:
                    if (pageHeader is null)
                    {
                        warnings.Add(new ImportWarning(line.Number, "indicator sub-header without a header row above it"));
                        break;
                    }
                    var sub = TableHeaderReader.ReadSubColumns(line);
                    if (sub is null)
                        warnings.Add(new ImportWarning(line.Number, $"indicator sub-header 「{string.Join(" | ", line.Texts)}」 does not name 当初/目標/現状値 with dates"));
                    pageHeader = pageHeader with { Values = sub };
                    if (header is null)
                        header = pageHeader;
                    else if (!header.SameLayoutAs(pageHeader))
                        warnings.Add(new ImportWarning(line.Number, $"page {tracker.Page}'s header differs from page 1's (line {header.Line}); its columns may mean something else"));
                    break;

                case RowKind.Item:
                    Close();
                    open = StartItem(line, tracker, items.LastOrDefault()?.No, warnings);
                    break;

                case RowKind.Continuation:
                    if (open is null)
                    {
                        warnings.Add(new ImportWarning(line.Number, $"indicator row 「{line[0]}」 has no item line above it on its page"));
                        break;
                    }
                    var cells = new IndicatorCells(line[0], line[1], line[2], line[3]);
                    open.Indicators.Add(new IndicatorRow(line.Number, open.No, open.Indicators.Count + 1, cells, IndicatorLayout.Continuation));
                    break;

                case RowKind.Summary:
                    Close();
                    var m = RowClassifier.MatchSummary(line[0]);
                    summary = new SummaryLine(line.Number, m.Groups["label"].Value,
                        m.Groups["count"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToArray());
                    break;

                default:
                    warnings.Add(new ImportWarning(line.Number, $"line not understood ({line.Count} cells, first 「{Excerpt(line[0])}」)"));
                    break;
            }
        }
        Close();

        if (title is null)
            warnings.Add(new ImportWarning(0, "no title line 「…（…～…）進行管理集計表（…現在）」 found"));
        if (header?.Values is null)
            warnings.Add(new ImportWarning(0, "no table header with 当初/目標/現状値 dates found"));

        return new SakadoDocument
        {
            Title = title,
            Header = header,
            Legend = legend ?? Array.Empty<KeyValuePair<string, string>>(),
            Policies = tracker.Policies,
            Items = items,
            Summary = summary,
            Notes = notes,
            Pages = tracker.Page,
        };
    }

    private ItemDraft? StartItem(SeedLine line, PolicyTracker tracker, int? previousNo, ICollection<ImportWarning> warnings)
    {
        int noIndex = RowClassifier.ItemNumberIndex(line)!.Value;
        if (noIndex == 1)
        {
            var label = RowClassifier.MatchPolicy(line[0]);
            tracker.StartPolicy(new PolicyRow(label.Groups["label"].Value, label.Groups["title"].Value, line.Number));
        }
        var cells = _items.Read(line, noIndex, warnings);
        if (cells is null)
            return null;
        if (cells.No != (previousNo ?? 0) + 1)
            warnings.Add(new ImportWarning(line.Number, $"item No. {cells.No} follows No. {previousNo?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}: numbering is not contiguous"));
        var (policy, carried) = tracker.Current;
        if (policy is null)
        {
            warnings.Add(new ImportWarning(line.Number, $"item No. {cells.No} comes before any 基本方針 label"));
            return null;
        }
        var draft = new ItemDraft(line.Number, tracker.Page, policy, carried, cells);
        foreach (var indicator in cells.Indicators)
            draft.Indicators.Add(new IndicatorRow(line.Number, cells.No, draft.Indicators.Count + 1, indicator, cells.Layout));
        return draft;
    }

    private static TitleLine ReadTitle(SeedLine line)
    {
        var m = RowClassifier.MatchTitle(line[0]);
        string period = m.Groups["period"].Value;
        var years = EraYear.FiscalYearsIn(period);
        FiscalYearRange? range = years.Count == 2 ? new FiscalYearRange(years[0], years[1]) : null;
        return new TitleLine(line.Number, line[0], m.Groups["plan"].Value, period, range, m.Groups["kind"].Value, m.Groups["asof"].Value);
    }

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";

    /// <summary>An item while its continuation lines are still being read.</summary>
    private sealed class ItemDraft(int line, int page, PolicyRow policy, bool carried, ItemCells cells)
    {
        public int No => cells.No;
        public List<IndicatorRow> Indicators { get; } = new();

        public ItemRow Build() => new()
        {
            Line = line,
            Page = page,
            No = cells.No,
            Policy = policy,
            PolicyCarriedAcrossPage = carried,
            Title = cells.Title,
            Departments = cells.Departments,
            PolicyAndContent = cells.PolicyAndContent,
            Results = cells.Results,
            Grade = cells.Grade,
            Opinion = cells.Opinion,
            NextGoal = cells.NextGoal,
            Indicators = Indicators.ToArray(),
        };
    }
}
