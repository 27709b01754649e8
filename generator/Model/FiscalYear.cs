using System.Globalization;

namespace PlanSite.Model;

/// <summary>
/// A Japanese fiscal year (April to March), identified by the Western year in which it starts.
/// </summary>
public readonly record struct FiscalYear(int StartYear) : IComparable<FiscalYear>
{
    private static readonly JapaneseCalendar Calendar = new();
    private static readonly DateTimeFormatInfo JapaneseFormat = CreateJapaneseFormat();

    private static DateTimeFormatInfo CreateJapaneseFormat()
    {
        var format = (DateTimeFormatInfo)new CultureInfo("ja-JP").DateTimeFormat.Clone();
        format.Calendar = Calendar;
        return format;
    }

    /// <summary>令和3年度 for 2021. The era is the one in force at the end of the start year,
    /// which is how fiscal years that straddle an era change are named (2019 is 令和元年度).</summary>
    public string EraName
    {
        get
        {
            var date = new DateTime(StartYear, 12, 31);
            int era = Calendar.GetEra(date);
            int year = Calendar.GetYear(date);
            string yearText = year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture);
            return $"{JapaneseFormat.GetEraName(era)}{yearText}年度";
        }
    }

    /// <summary>令和3年度（2021年度）</summary>
    public string Display => $"{EraName}（{StartYear}年度）";

    /// <summary>R3 style short label for chart axes.</summary>
    public string ShortLabel
    {
        get
        {
            var date = new DateTime(StartYear, 12, 31);
            string abbreviation = JapaneseFormat.GetAbbreviatedEraName(Calendar.GetEra(date));
            return $"{EraLetter(abbreviation)}{Calendar.GetYear(date)}";
        }
    }

    private static string EraLetter(string abbreviatedEra) => abbreviatedEra switch
    {
        "令" => "R",
        "平" => "H",
        "昭" => "S",
        "大" => "T",
        "明" => "M",
        _ => abbreviatedEra,
    };

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);

    public override string ToString() => StartYear.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An inclusive range of fiscal years, such as a plan period.</summary>
public readonly record struct FiscalYearRange(FiscalYear From, FiscalYear To)
{
    public bool Contains(FiscalYear year) => year.CompareTo(From) >= 0 && year.CompareTo(To) <= 0;

    public IEnumerable<FiscalYear> Years =>
        Enumerable.Range(From.StartYear, To.StartYear - From.StartYear + 1).Select(y => new FiscalYear(y));

    public string Display => $"{From.EraName}～{To.EraName}（{From.StartYear}～{To.StartYear}年度）";
}
