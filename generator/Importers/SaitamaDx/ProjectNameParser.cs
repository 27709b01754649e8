using System.Globalization;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>A 事業名 cell split into the title and its budget group.</summary>
/// <param name="BudgetYear">The year the budget label states, or null when the group has no label ("1,040千円").</param>
public sealed record ProjectName(string Title, string? BudgetRaw, decimal? BudgetAmount, FiscalYear? BudgetYear);

/// <summary>
/// The budget is always the last full-width group (「…（令和5年度予算：3,146千円）」); titles may have
/// groups of their own before it (「学校事務効率化事業（小・中・特別支援学校）」), so only the last counts.
/// </summary>
public static partial class ProjectNameParser
{
    public const string BudgetUnit = "千円";

    public static ProjectName Parse(string cell)
    {
        var match = BudgetGroup().Match(cell);
        if (!match.Success)
            return new ProjectName(cell, null, null, null);
        string title = cell[..match.Index].Trim();
        string raw = match.Groups["raw"].Value;
        decimal? amount = match.Groups["amount"].Success
            ? decimal.Parse(match.Groups["amount"].Value.Replace(",", ""), CultureInfo.InvariantCulture)
            : null;
        FiscalYear? year = match.Groups["year"].Success
            ? Wareki.Reiwa(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture))
            : null;
        return new ProjectName(title, raw, amount, year);
    }

    [GeneratedRegex(@"（(?<raw>(?:(?:令和|R)(?<year>\d{1,2})年度予算：)?(?:なし|(?<amount>\d{1,3}(?:,\d{3})+|\d+)千円))）$")]
    private static partial Regex BudgetGroup();
}
