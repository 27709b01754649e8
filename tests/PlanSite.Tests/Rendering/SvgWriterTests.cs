using System.Globalization;
using System.Xml.Linq;
using PlanSite.Model;
using PlanSite.Rendering.Charts;

namespace PlanSite.Tests.Rendering;

/// <summary>
/// The chart writer writes exactly what XElement.ToString(DisableFormatting) wrote for the same elements, escaping
/// included: the charts were built as XElement trees before, and their bytes must not change.
/// </summary>
public class SvgWriterTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private const string TrickyText = "実績 < 目標 & \"達成\" > 'A' ]]> 一行目\r\n二行目\r三行目\n四行目\tタブ\r";
    private const string TrickyAttribute = "a&b<c>\"d\" 'e'\n\r\tf\r\ng";

    [Fact]
    public void Text_and_attributes_are_escaped_as_XmlWriter_escapes_them()
    {
        var w = SvgWriter.Rent();
        w.Start("svg").Attribute("xmlns", Ns.NamespaceName).Attribute("viewBox", "0 0 10 10");
        w.Start("title").Attribute("id", "t").Text(TrickyText).End();
        w.Start("text").Attribute("data-note", TrickyAttribute).Text("x").End();
        w.Start("title").Text("").End();
        w.Start("g").Attribute("class", "empty").End();
        w.Start("text").Text("前").Start("tspan").Text("中").End().Text("後").End();
        using (w.Element("g"))
            w.Attribute("class", "scoped").Start("rect").Attribute("x", 1.5m).End();
        string written = w.Finish();

        var expected = new XElement(Ns + "svg", new XAttribute("xmlns", Ns.NamespaceName), new XAttribute("viewBox", "0 0 10 10"),
            new XElement(Ns + "title", new XAttribute("id", "t"), TrickyText),
            new XElement(Ns + "text", new XAttribute("data-note", TrickyAttribute), "x"),
            new XElement(Ns + "title", ""),
            new XElement(Ns + "g", new XAttribute("class", "empty")),
            new XElement(Ns + "text", "前", new XElement(Ns + "tspan", "中"), "後"),
            new XElement(Ns + "g", new XAttribute("class", "scoped"), new XElement(Ns + "rect", new XAttribute("x", "1.5"))));

        Assert.Equal(expected.ToString(SaveOptions.DisableFormatting), written);
        Assert.Contains("実績 &lt; 目標 &amp; \"達成\" &gt; 'A' ]]&gt;", written);
        Assert.Contains("data-note=\"a&amp;b&lt;c&gt;&quot;d&quot; 'e'&#xA;&#xD;&#x9;f&#xD;&#xA;g\"", written);
        Assert.Contains("<title></title><g class=\"empty\" />", written);
    }

    [Fact]
    public void Characters_XML_cannot_carry_are_dropped_from_text()
    {
        Assert.Equal("ab", SvgWriter.Clean("a\u0001\u0008b"));
        Assert.Equal("a😀b", SvgWriter.Clean("a😀b"));
        Assert.Equal("ab", SvgWriter.Clean("a\uD83Db"));   // lone high surrogate
        Assert.Equal("ab", SvgWriter.Clean("a\uDE00b"));   // lone low surrogate
        Assert.Equal("（全角）\t\r\n\uFFFD", SvgWriter.Clean("（全角）\t\r\n\uFFFD\uFFFE"));
        string clean = "相談件数（件）";
        Assert.Same(clean, SvgWriter.Clean(clean));

        var w = SvgWriter.Rent();
        string written = w.Start("text").Text("名前\u0001\r\u0002\n").Finish();
        // Dropped first, so the \r and \n left side by side are one line break, as XmlWriter saw them.
        Assert.Equal("<text>名前" + Environment.NewLine + "</text>", written);
    }

    // A Fact over a list rather than a Theory: xUnit would fold 0, 0.00 and negative zero into one case.
    private static readonly decimal[] EdgeNumbers =
    {
        0m, 0.00m, new decimal(0, 0, 0, isNegative: true, scale: 2), -0.001m, -0.004m, -0.005m, 0.001m, 0.004m, 0.005m,
        0.0049999m, 0.015m, 0.025m, 0.1m, 0.10m, 1m, 1.5m, 1.50m, 1.05m, 1.005m, 1.995m, 2.999m, 12.345m, 12.355m,
        99.99m, 99.995m, 100m, 320m, 480m, -1m, -1.5m, -12.345m, -99.995m, 123456.789m, 999_999_999.99m,
        999_999_999.995m, 1_000_000_000m, 1_000_000_000.5m, 12_345_678_901_234.567m, -12_345_678_901_234.567m,
        decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 7.9228162514264337593543950335m,
        1m / 3, 2m / 3, 200m / 3,
    };

    [Fact]
    public void Numbers_are_written_as_Svg_N_formatted_them()
    {
        foreach (decimal value in EdgeNumbers)
        {
            string expected = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
            string written = SvgWriter.Rent().Start("rect").Attribute("x", value).Finish();
            Assert.Equal($"<rect x=\"{expected}\" />", written);
            Assert.Equal(expected, SvgWriter.FormatNumber(value));
        }
    }

    [Fact]
    public void Numbers_on_a_fine_grid_are_written_as_Svg_N_formatted_them()
    {
        for (int i = -20000; i <= 20000; i++)
        {
            decimal value = i * 0.0025m + 0.00005m * (i % 3);
            string expected = Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
            Assert.Equal(expected, SvgWriter.FormatNumber(value));
        }
    }

    [Fact]
    public void Misuse_is_an_error_not_bad_markup()
    {
        Assert.Throws<InvalidOperationException>(() => SvgWriter.Rent().Start("svg").Text("x").Attribute("a", "b"));
        Assert.Throws<InvalidOperationException>(() => SvgWriter.Rent().Start("svg").Start("g").Finish());
        Assert.Throws<InvalidOperationException>(() => SvgWriter.Rent().Finish());
        Assert.Throws<InvalidOperationException>(() => SvgWriter.Rent().End());
    }

    [Fact]
    public void A_writer_left_unfinished_does_not_leak_into_the_next_chart()
    {
        SvgWriter.Rent().Start("svg").Start("g").Text("abandoned");
        Assert.Equal("<svg />", SvgWriter.Rent().Start("svg").Finish());
        Assert.Equal("<svg>x</svg>", SvgWriter.Rent().Start("svg").Text("x").Finish());
    }

    [Fact]
    public void ARenderedChartReadsBackAndReserializesIdentically()
    {
        var period = new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2023));
        var indicator = new Indicator
        {
            Id = "ind", Name = "相談件数 <窓口&オンライン>\n(\"再掲\")", MeasureId = "m", Unit = "件", Direction = Direction.Increase,
            Targets = [new(new FiscalYear(2021), Value.FromScalar("100")), new(new FiscalYear(2023), Value.FromScalar("150"))],
        };
        var years = period.Years.Select((fy, i) => new IndicatorYear(fy, indicator.TargetFor(fy), Value.FromScalar((90 + 20 * i).ToString()), null, null)).ToArray();

        string svg = IndicatorChart.Render(new IndicatorSeries(indicator, period, years), new ChartOptions { IdPrefix = "c" });

        Assert.Equal(XElement.Parse(svg).ToString(SaveOptions.DisableFormatting), svg);
        Assert.Contains("&lt;窓口&amp;オンライン&gt;", svg);
    }
}
