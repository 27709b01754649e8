using System.Text.RegularExpressions;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// An independent count: every baseline with a year prints that year in parentheses, so the number of
/// such year marks in the whole text must equal the number of rows read with a dated baseline. A row
/// lost or read twice shows up here even when the per-box reading looked complete.
/// </summary>
public static partial class BaselineAnchors
{
    public static void Check(IReadOnlyList<SeedLine> lines, IEnumerable<IndicatorDraft> rows, IEnumerable<Curation.OutcomeEntry> outcomes)
    {
        // A baseline's year closes its line; years inside prose (導入します（令和３年度）。) do not.
        int printed = lines.Count(l => LineYearMark().IsMatch(l.Trimmed)) + SplitYearMark(lines);
        int read = rows.Count(r => YearMark().IsMatch(r.Baseline.Text) || SplitMarkJoined().IsMatch(r.Baseline.Text))
                   + outcomes.Count();
        if (printed != read)
            throw new InvalidDataException($"the text prints {printed} baseline years （令和…年度） but {read} rows were read with a dated baseline");
    }

    // 「（令和３年度予 / 算編成時）」 wraps inside the parenthesis.
    private static int SplitYearMark(IReadOnlyList<SeedLine> lines) => lines.Count(l => SplitStart().IsMatch(l.Trimmed));

    [GeneratedRegex(@"[（(](令和|平成)([0-9０-９]+|元)年度[）)]$")]
    private static partial Regex LineYearMark();

    [GeneratedRegex(@"[（(](令和|平成)([0-9０-９]+|元)年度[）)]")]
    private static partial Regex YearMark();

    [GeneratedRegex(@"^[（(]令和[0-9０-９]+年度予$")]
    private static partial Regex SplitStart();

    [GeneratedRegex(@"[（(]令和[0-9０-９]+年度予算編成時[）)]")]
    private static partial Regex SplitMarkJoined();
}
