using PlanSite.Reviews;

namespace PlanSite.Tests.Reviews;

public class SheetParsingTests
{
    [Theory]
    [InlineData("３,２４３", 3243)]
    [InlineData("３，２４３", 3243)]
    [InlineData("3,243", 3243)]
    [InlineData("１８．９", 18.9)]
    [InlineData("－５", -5)]
    [InlineData("\u22125", -5)]
    [InlineData("　１２　", 12)]
    [InlineData("1,310,189", 1310189)]
    public void FullWidthDigitsAndThousandsSeparatorsParse(string cell, double expected)
    {
        Assert.True(SheetText.TryParseNumber(cell, out decimal number));
        Assert.Equal((decimal)expected, number);
    }

    [Theory]
    [InlineData("3,24")]
    [InlineData("約650")]
    [InlineData("1.2.3")]
    [InlineData("実現")]
    public void TextThatIsNotANumberDoesNotParse(string cell) => Assert.False(SheetText.TryParseNumber(cell, out _));

    [Fact]
    public void CsvFollowsRfc4180()
    {
        var result = CsvReader.Read([.. "\uFEFF"u8.ToArray(), .. "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\n last,\"\",".Select(c => (byte)c)]);
        // ASCII only above except the BOM, so byte-per-char is exact.
        Assert.Null(result.Error);
        Assert.Equal([1, 2, 4, 5], result.Rows.Select(r => r.Row));
        Assert.Equal(["x, y", "say \"hi\"", "two\r\nlines"], result.Rows[1].Cells);
        Assert.Equal(["", "", ""], result.Rows[2].Cells);
        Assert.Equal([" last", "", ""], result.Rows[3].Cells);
    }

    [Theory]
    [InlineData("a,b\r\nx,\"open", 2, 2, "never closed")]
    [InlineData("a,b\r\nx,y\"z", 2, 2, "quote (\") inside an unquoted field")]
    [InlineData("a,b\r\n\"x\"y,z", 2, 1, "text after the closing quote")]
    public void MalformedCsvNamesRowAndColumn(string text, int row, int column, string message)
    {
        var result = CsvReader.Parse(text);
        Assert.Contains(message, result.Error);
        Assert.Equal((row, column), (result.ErrorRow, result.ErrorColumn));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void ColumnLettersAreExcels(int column, string letters) => Assert.Equal(letters, ReviewSheetLayout.ColumnLetter(column));
}
