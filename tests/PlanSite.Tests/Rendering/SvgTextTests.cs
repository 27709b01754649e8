using System.Xml.Linq;
using PlanSite.Model;
using PlanSite.Rendering.Charts;

namespace PlanSite.Tests.Rendering;

/// <summary>The chart serializer writes exactly what XElement.ToString(DisableFormatting) would, escaping included.</summary>
public class SvgTextTests
{
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    private static void AssertSameAsXmlWriter(XElement root) =>
        Assert.Equal(root.ToString(SaveOptions.DisableFormatting), SvgText.Write(root));

    [Fact]
    public void TrickyTextAndAttributesAreEscapedAsXmlWriterDoes()
    {
        var root = new XElement(Ns + "svg", new XAttribute("xmlns", Ns.NamespaceName), new XAttribute("viewBox", "0 0 10 10"),
            new XElement(Ns + "title", new XAttribute("id", "t"), "実績 < 目標 & \"達成\" > 'A'"),
            new XElement(Ns + "desc", "一行目\r\n二行目\r三行目\n四行目\tタブ"),
            new XElement(Ns + "text", new XAttribute("data-note", "a&b<c>\"d\" 'e'\n\r\tf"), "x"),
            new XElement(Ns + "title", ""),
            new XElement(Ns + "g", new XAttribute("class", "empty")),
            new XElement(Ns + "text", "前", new XElement(Ns + "tspan", "中"), "後"));

        AssertSameAsXmlWriter(root);
        Assert.Contains("実績 &lt; 目標 &amp; \"達成\" &gt; 'A'", SvgText.Write(root));
        Assert.Contains("<title></title><g class=\"empty\" />", SvgText.Write(root));
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

    [Fact]
    public void ATreeWithAnotherNamespaceOrCommentsFallsBackToXmlWriter()
    {
        XNamespace xlink = "http://www.w3.org/1999/xlink";
        var root = new XElement(Ns + "svg", new XAttribute("xmlns", Ns.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xlink", xlink.NamespaceName),
            new XElement(Ns + "use", new XAttribute(xlink + "href", "#a")),
            new XComment("note"),
            new XElement("plain"));

        AssertSameAsXmlWriter(root);
        Assert.Contains("xlink:href", SvgText.Write(root));
    }
}
