using PlanSite.Model;

namespace PlanSite.Tests.Content;

public class FiscalYearTests
{
    [Theory]
    [InlineData(2021, "令和3年度（2021年度）", "R3")]
    [InlineData(2019, "令和元年度（2019年度）", "R1")]
    [InlineData(2018, "平成30年度（2018年度）", "H30")]
    [InlineData(2015, "平成27年度（2015年度）", "H27")]
    [InlineData(1989, "平成元年度（1989年度）", "H1")]
    public void ShownWithTheJapaneseEraAndTheWesternYear(int year, string display, string shortLabel)
    {
        var fiscalYear = new FiscalYear(year);
        Assert.Equal(display, fiscalYear.Display);
        Assert.Equal(shortLabel, fiscalYear.ShortLabel);
    }

    [Fact]
    public void PeriodContainsItsEndsOnly()
    {
        var period = new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2025));
        Assert.True(period.Contains(new FiscalYear(2021)));
        Assert.True(period.Contains(new FiscalYear(2025)));
        Assert.False(period.Contains(new FiscalYear(2020)));
        Assert.False(period.Contains(new FiscalYear(2026)));
        Assert.Equal([2021, 2022, 2023, 2024, 2025], period.Years.Select(y => y.StartYear));
        Assert.Equal("令和3年度～令和7年度（2021～2025年度）", period.Display);
    }
}

public class ValueTests
{
    [Theory]
    [InlineData("3000", 3000)]
    [InlineData("1,650", 1650)]
    [InlineData("265,760", 265760)]
    [InlineData("10.8", 10.8)]
    [InlineData("9.67", 9.67)]
    public void NumbersKeepTheirRawText(string raw, double expected)
    {
        var value = Value.FromScalar(raw);
        Assert.Equal((decimal)expected, value.Number);
        Assert.Equal(raw, value.Raw);
        Assert.Null(value.Word);
    }

    [Theory]
    [InlineData("実現")]
    [InlineData("一部実現")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("未定")]
    [InlineData("1,65")]
    [InlineData("３,２４３")]
    public void AnythingElseIsAWord(string raw)
    {
        var value = Value.FromScalar(raw);
        Assert.Null(value.Number);
        Assert.Equal(raw, value.Word);
    }

    [Fact]
    public void DisplayAddsSeparatorsOnlyToCanonicalNumbers()
    {
        Assert.Equal("3,000", Value.FromScalar("3000").Display);
        Assert.Equal("1,650", Value.FromScalar("1,650").Display);
        Assert.Equal("10.80", Value.FromScalar("10.80").Display);
        Assert.Equal("実現", Value.FromScalar("実現").Display);
    }
}
