using System.Globalization;
using System.Text;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// The document writes one-digit numbers in full width (３件, 令和７年度) and longer ones in ASCII;
/// matching and number parsing use a half-width shadow, while raw strings stay as printed.
/// </summary>
public static class Digits
{
    public static string Half(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
            sb.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c switch { '，' => ',', '．' => '.', _ => c });
        return sb.ToString();
    }

    private static readonly JapaneseCalendar Calendar = new();

    /// <summary>令和N年度 / 平成N年度 (N in either width, or 元) as the Western start year.</summary>
    public static FiscalYear? EraYear(string era, string year)
    {
        int n = year == "元" ? 1 : int.Parse(Half(year), CultureInfo.InvariantCulture);
        var start = era switch
        {
            "令和" => new DateTime(2019, 5, 1),
            "平成" => new DateTime(1989, 1, 8),
            _ => (DateTime?)null,
        };
        if (start is null) return null;
        // 31 December lies inside every era year, including a first year that began mid-year.
        return new FiscalYear(Calendar.ToDateTime(n, 12, 31, 0, 0, 0, 0, Calendar.GetEra(start.Value)).Year);
    }
}
