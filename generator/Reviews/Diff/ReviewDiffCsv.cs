using PlanSite.Rendering.Data;

namespace PlanSite.Reviews.Diff;

/// <summary>The change report as a sheet (UTF-8 with BOM, like every CSV the site writes): one row per change.</summary>
public static class ReviewDiffCsv
{
    public static byte[] Write(ReviewComparison diff)
    {
        string a = diff.From.ToString(), b = diff.To.ToString();
        string[] header = ["区分", "ID", "名称", "変化", $"{a}年度", $"{b}年度", "差", "増減率"];
        var rows = new List<IReadOnlyList<string?>>();
        rows.AddRange(diff.IndicatorGrades.Select(g => Grade(DiffWords.IndicatorGrades, g)));
        rows.AddRange(diff.WorseActuals.Select(d => new[]
        {
            DiffWords.WorseActuals, d.Id, d.Name, "悪化（" + DiffWords.Direction(d.Direction) + "）",
            DiffWords.Value(d.From, d.Unit), DiffWords.Value(d.To, d.Unit), DiffWords.Difference(d.Difference, d.Unit), DiffWords.Percent(d.Percent),
        }));
        rows.AddRange(diff.Actuals.Select(x => new[]
        {
            DiffWords.Actuals, x.Id, x.Name, DiffWords.Change(x.Change), Optional(x.From, x.Unit), Optional(x.To, x.Unit), null, null,
        }));
        rows.AddRange(diff.MeasureGrades.Select(g => Grade(DiffWords.MeasureGrades, g)));
        rows.AddRange(diff.Measures.Select(m => new[]
        {
            DiffWords.Measures, m.Id, m.Title, DiffWords.Entry(m.Added), m.Added ? null : "あり", m.Added ? "あり" : null, null, null,
        }));
        return Csv.Write(header, rows);
    }

    private static string?[] Grade(string section, GradeChange g) =>
        [section, g.Id, g.Name, DiffWords.Move(g.Move), g.From?.Key, g.To?.Key, null, null];

    private static string? Optional(PlanSite.Model.Value? value, string? unit) => value is null ? null : DiffWords.Value(value, unit);
}
