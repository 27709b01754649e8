using PlanSite.Model;
using PlanSite.Rendering.Data;
using static PlanSite.Reviews.ReviewSheetLayout;

namespace PlanSite.Reviews;

/// <summary>
/// The sheet for one plan and fiscal year: a row per measure and per indicator in plan order, with
/// ids, names and that year's targets. When a review for the year exists its actuals, grades and
/// commentary are filled in, so template → import gives back the same review.
/// </summary>
public static class ReviewTemplate
{
    public sealed record Sheet(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows);

    public static Sheet Create(Plan plan, FiscalYear year)
    {
        if (!plan.Period.Contains(year))
            throw new ArgumentOutOfRangeException(nameof(year), $"fiscal year {year} is outside the plan period of '{plan.Id}': {plan.Period.From}–{plan.Period.To} ({plan.Period.Display})");
        var review = plan.Reviews.FirstOrDefault(r => r.FiscalYear == year);
        // Headings of existing commentary get a column each so none is lost on the way back.
        var labels = review?.Measures.Values.SelectMany(m => m.Commentary).Select(c => c.Label)
            .Where(l => l != DefaultCommentLabel).Distinct().ToArray() ?? [];
        var header = Fixed.Concat(labels.Select(LabelledComment)).ToArray();

        var rows = new List<IReadOnlyList<string?>>();
        string fy = year.ToString();
        foreach (var measure in plan.AllMeasures)
        {
            var result = review?.Measures.GetValueOrDefault(measure.Id);
            var row = new List<string?> { fy, plan.LevelName(measure.Depth), measure.Id, measure.Code, measure.Title, null, null, null, result?.Grade?.Key };
            row.Add(Comment(result, DefaultCommentLabel));
            row.AddRange(labels.Select(label => Comment(result, label)));
            rows.Add(row);
            foreach (var indicator in measure.Indicators)
            {
                var actual = review?.Indicators.GetValueOrDefault(indicator.Id);
                var target = TargetSeries(plan, indicator).TargetFor(year);
                var line = new List<string?> { fy, IndicatorKind, indicator.Id, null, indicator.Name, indicator.Unit, target?.Raw, actual?.Actual?.Raw, actual?.Grade?.Key, actual?.Note };
                line.AddRange(labels.Select(_ => (string?)null));
                rows.Add(line);
            }
        }
        return new Sheet(header, rows);
    }

    public static byte[] ToCsv(Sheet sheet) => Csv.Write(sheet.Header, sheet.Rows);

    /// <summary>A 再掲 row has no targets of its own; staff see the original's.</summary>
    private static Indicator TargetSeries(Plan plan, Indicator indicator) =>
        indicator.RepeatOf is { } original && plan.AllIndicators.FirstOrDefault(i => i.Id == original) is { } found ? found : indicator;

    private static string? Comment(MeasureReview? review, string label) =>
        review?.Commentary.FirstOrDefault(c => c.Label == label)?.Text;
}
