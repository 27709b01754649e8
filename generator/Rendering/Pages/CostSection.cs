using PlanSite.Model;
using PlanSite.Rendering.Charts;
using PlanSite.Rendering.Templates;

namespace PlanSite.Rendering.Pages;

/// <summary>A measure's budget, settlement and staffing over the reviewed years (evaluation sheets).</summary>
public sealed record CostView(string Unit, IReadOnlyList<CostRowView> Rows, HtmlMarkup Chart, IReadOnlyList<string> Notes,
    bool HasOtherStaff = false);

/// <summary>OtherStaff lists the year's その他職員 categories, each as 「臨時職員 0.15 人」 (empty when the sheet has none).</summary>
public sealed record CostRowView(string Year, string Budget, string Settlement, string SettlementLabel, string Staff, string PersonnelCost,
    IReadOnlyList<string>? OtherStaff = null);

/// <summary>A review's SDG goals: each as 「目標11 住み続けられるまちづくりを（事業自体が貢献する項目）」, and why goals could not be attributed.</summary>
public sealed record SdgView(IReadOnlyList<string> Goals, string? Undetermined);

/// <summary>An activity result (活動実績) as shown on a review.</summary>
public sealed record ActivityView(string Name, string Result);

public static class CostSection
{
    /// <summary>What a page says for a figure the source does not pin down (see the curation file).</summary>
    public const string Undetermined = "原資料から特定できません";

    public static CostView? Build(Plan plan, Measure measure)
    {
        var years = plan.Reviews
            .Select(r => (r.FiscalYear, Cost: r.Measures.GetValueOrDefault(measure.Id)?.Cost))
            .Where(x => x.Cost is not null)
            .Select(x => (x.FiscalYear, Cost: x.Cost!))
            .ToArray();
        if (years.Length == 0) return null;

        string unit = years.Select(y => y.Cost.Unit).FirstOrDefault(u => u is not null) ?? "";
        string Amount(YearCost cost, string key, Value? value) =>
            cost.IsUndetermined(key) ? Undetermined : value is null ? "記載なし" : Display.Value(value)!;
        var rows = years.Select(y => new CostRowView(
            y.FiscalYear.Display,
            Amount(y.Cost, "budget", y.Cost.Budget),
            Amount(y.Cost, "settlement", y.Cost.Settlement),
            y.Cost.SettlementLabel ?? "決算額",
            Amount(y.Cost, "staff_fte", y.Cost.StaffFte),
            Amount(y.Cost, "personnel_cost", y.Cost.PersonnelCost),
            y.Cost.OtherStaff.Select(OtherStaff).ToArray())).ToArray();
        var bars = years.Select((y, i) => new BudgetBar(y.FiscalYear.ShortLabel,
            y.Cost.Budget?.Number, y.Cost.Settlement?.Number, rows[i].Budget, rows[i].Settlement)).ToArray();
        var chart = BudgetChart.Render(bars, $"{measure.Title}の予算現額と決算額", $"budget-{measure.Id}");
        var notes = years.Where(y => y.Cost.Note is not null).Select(y => $"{y.FiscalYear.EraName}：{y.Cost.Note}")
            // One page's other-staff reasons are usually one sentence shared by several cells: say it once.
            .Concat(years.SelectMany(y => y.Cost.OtherStaff).Select(o => o.Undetermined).OfType<string>().Distinct().Select(r => $"その他職員：{r}"))
            .ToArray();
        return new CostView(unit, rows, new HtmlMarkup(chart), notes, years.Any(y => y.Cost.OtherStaff.Count > 0));
    }

    private static string OtherStaff(OtherStaff staff) =>
        $"{staff.Kind} {(staff.Undetermined is not null ? Undetermined : Display.Value(staff.Fte) ?? "記載なし")}";

    public static SdgView? Sdgs(SdgContribution? sdgs) => sdgs is null ? null : new SdgView(
        sdgs.Goals.Select(g => $"目標{g.Goal} {g.Label}（{(g.Kind == SdgKind.Project ? "事業自体が貢献する項目" : "実施手法等の工夫により貢献できた項目")}）").ToArray(),
        sdgs.Undetermined);

    public static IReadOnlyList<ActivityView> Activities(MeasureReview review) =>
        review.Activities.Select(a => new ActivityView(a.Name, Display.Value(a.Result) ?? "記載なし")).ToArray();

    public static string? TargetStatus(TargetStatus? status) => status?.State switch
    {
        TargetState.Met => "目標を達成（資料の記載：目標達成済）",
        TargetState.NotMet => "目標に届かず（未達成の理由を下に記載）",
        TargetState.NoTarget => "この年度の目標値は設定されていない（理由を下に記載）",
        _ => null,
    };
}

/// <summary>Budgets across a plan's measures, for the plan page: one row per measure that reports costs.</summary>
public sealed record CostSummaryView(IReadOnlyList<string> Years, string Unit, IReadOnlyList<CostSummaryRow> Rows);

public sealed record CostSummaryRow(string Code, string Title, string Href, IReadOnlyList<string> Cells);

public static class CostSummary
{
    public static CostSummaryView? Build(Plan plan, string root)
    {
        var years = plan.Reviews.Where(r => r.Measures.Values.Any(m => m.Cost is not null)).ToArray();
        if (years.Length == 0) return null;
        var measures = plan.AllMeasures.Where(m => years.Any(r => r.Measures.GetValueOrDefault(m.Id)?.Cost is not null)).ToArray();
        string unit = years.SelectMany(r => r.Measures.Values).Select(m => m.Cost?.Unit).FirstOrDefault(u => u is not null) ?? "";
        string Cell(YearCost? cost, string key, Value? value) =>
            cost is null ? "記載なし" : cost.IsUndetermined(key) ? CostSection.Undetermined : Display.Value(value) ?? "記載なし";
        var rows = measures.Select(m => new CostSummaryRow(m.Code, m.Title, root + SiteUrls.Measure(plan, m),
            years.SelectMany(r =>
            {
                var cost = r.Measures.GetValueOrDefault(m.Id)?.Cost;
                return new[] { Cell(cost, "budget", cost?.Budget), Cell(cost, "settlement", cost?.Settlement) };
            }).ToArray())).ToArray();
        var headers = years.SelectMany(r =>
        {
            string settlement = r.Measures.Values.Select(m => m.Cost?.SettlementLabel).FirstOrDefault(l => l is not null) ?? "決算額";
            return new[] { $"{r.FiscalYear.EraName} 予算現額", $"{r.FiscalYear.EraName} {settlement}" };
        }).ToArray();
        return new CostSummaryView(headers, unit, rows);
    }
}
