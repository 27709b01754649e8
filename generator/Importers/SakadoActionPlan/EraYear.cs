using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>
/// Japanese era years as this document writes them: 平成29年度, 令和3年度, H27末, R1年度, R2年度目標.
/// Only 平成 and 令和 occur; a fiscal year is named by the era year in which it starts, so the Western
/// start year is a fixed offset (平成31年度 and 令和元年度 are both 2019).
/// </summary>
public static partial class EraYear
{
    public static bool TryEra(string era, out int offset)
    {
        offset = era switch
        {
            "平成" or "H" => 1988,
            "令和" or "R" => 2018,
            _ => 0,
        };
        return offset != 0;
    }

    public static int YearNumber(string digitsOrGan) => digitsOrGan == "元" ? 1 : int.Parse(digitsOrGan, System.Globalization.CultureInfo.InvariantCulture);

    public static FiscalYear? ToFiscalYear(string era, string year) =>
        TryEra(era, out int offset) ? new FiscalYear(offset + YearNumber(year)) : null;

    /// <summary>
    /// H27末, R3末: the end of that fiscal year. The report is dated 令和2年3月31日 and calls its
    /// current column R1末, so 末 without a month is the fiscal year's end (31 March), not 31 December.
    /// </summary>
    public static FiscalYear? FromYearEnd(string label)
    {
        var m = YearEndPattern().Match(label);
        return m.Success ? ToFiscalYear(m.Groups["era"].Value, m.Groups["year"].Value) : null;
    }

    /// <summary>H29.2末: the end of a calendar month; January to March belong to the previous fiscal year.</summary>
    public static FiscalYear FromMonth(int offset, int eraYear, int month) =>
        new(offset + eraYear - (month <= 3 ? 1 : 0));

    /// <summary>All 平成N年度 / 令和N年度 / RN年度 mentions in a text, in order.</summary>
    public static IReadOnlyList<FiscalYear> FiscalYearsIn(string text) =>
        FiscalYearPattern().Matches(text)
            .Select(m => ToFiscalYear(m.Groups["era"].Value, m.Groups["year"].Value))
            .Where(y => y is not null)
            .Select(y => y!.Value)
            .ToArray();

    [GeneratedRegex(@"^(?<era>[HR]|平成|令和)(?<year>\d{1,2}|元)末$")]
    private static partial Regex YearEndPattern();

    [GeneratedRegex(@"(?<era>平成|令和|H|R)(?<year>\d{1,2}|元)年度")]
    private static partial Regex FiscalYearPattern();
}
