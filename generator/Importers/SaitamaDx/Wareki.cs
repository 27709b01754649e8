using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>The sheet writes years as 令和N or RN; the model wants the Western start year.</summary>
public static class Wareki
{
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly int ReiwaEra = Calendar.GetEra(new DateTime(2019, 5, 1));

    // 31 December is inside every Reiwa year, including the first one (which began on 1 May).
    public static FiscalYear Reiwa(int year) => new(Calendar.ToDateTime(year, 12, 31, 0, 0, 0, 0, ReiwaEra).Year);
}
