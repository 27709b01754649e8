using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// Builds SVG elements with System.Xml.Linq, so every string from content is escaped by the XML
/// writer, and formats every coordinate with the invariant culture and at most two decimals, so output
/// is byte-identical across runs and machines.
/// </summary>
internal static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>
    /// The root element: xmlns (so the string also works as a standalone .svg), viewBox, role="img",
    /// aria-labelledby, and &lt;title&gt; and &lt;desc&gt; as the first children.
    /// </summary>
    public static XElement Root(decimal width, decimal height, string idPrefix, string cssClass, string title, string desc)
    {
        ChartIds.Validate(idPrefix);
        return new XElement(Ns + "svg",
            new XAttribute("xmlns", Ns.NamespaceName),
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("width", "100%"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{ChartIds.Title(idPrefix)} {ChartIds.Desc(idPrefix)}"),
            new XAttribute("class", "chart " + cssClass),
            new XAttribute("font-family", ChartPalette.FontFamily),
            new XElement(Ns + "title", new XAttribute("id", ChartIds.Title(idPrefix)), Clean(title)),
            new XElement(Ns + "desc", new XAttribute("id", ChartIds.Desc(idPrefix)), Clean(desc)),
            new XElement(Ns + "rect", new XAttribute("class", "background"),
                new XAttribute("x", "0"), new XAttribute("y", "0"),
                new XAttribute("width", N(width)), new XAttribute("height", N(height)),
                new XAttribute("fill", ChartPalette.Background)));
    }

    public static string Serialize(XElement root) => SvgText.Write(root);

    public static XElement Group(string cssClass, params object?[] content) =>
        new(Ns + "g", new XAttribute("class", cssClass), content);

    public static XElement Rect(decimal x, decimal y, decimal width, decimal height, string cssClass, string fill,
        string? stroke = null, decimal strokeWidth = 1, string? dash = null)
    {
        var rect = new XElement(Ns + "rect",
            new XAttribute("class", cssClass),
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("width", N(width)), new XAttribute("height", N(height)),
            new XAttribute("fill", fill));
        AddStroke(rect, stroke, strokeWidth, dash);
        return rect;
    }

    public static XElement Line(decimal x1, decimal y1, decimal x2, decimal y2, string cssClass, string stroke,
        decimal strokeWidth = 1, string? dash = null)
    {
        var line = new XElement(Ns + "line",
            new XAttribute("class", cssClass),
            new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)),
            new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)));
        AddStroke(line, stroke, strokeWidth, dash);
        return line;
    }

    /// <summary>A single line of text. anchor is start, middle or end.</summary>
    public static XElement Text(decimal x, decimal y, string text, string cssClass, decimal fontSize,
        string fill = ChartPalette.Text, string anchor = "start", bool bold = false, bool halo = false)
    {
        var element = new XElement(Ns + "text",
            new XAttribute("class", cssClass),
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(fontSize)),
            new XAttribute("fill", fill));
        if (anchor != "start")
            element.Add(new XAttribute("text-anchor", anchor));
        if (bold)
            element.Add(new XAttribute("font-weight", "bold"));
        if (halo)
            AddHalo(element);
        element.Add(Clean(text));
        return element;
    }

    /// <summary>Text set one character per line, top to bottom (縦書き), centred on x; first line's baseline at y.</summary>
    public static XElement VerticalText(decimal x, decimal y, IReadOnlyList<string> characters, string cssClass,
        decimal fontSize, decimal lineHeight, string fill)
    {
        var element = new XElement(Ns + "text",
            new XAttribute("class", cssClass),
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(fontSize)),
            new XAttribute("fill", fill),
            new XAttribute("text-anchor", "middle"));
        AddHalo(element);
        for (int i = 0; i < characters.Count; i++)
        {
            element.Add(new XElement(Ns + "tspan",
                new XAttribute("x", N(x)),
                new XAttribute("y", N(y + i * lineHeight)),
                Clean(characters[i])));
        }
        return element;
    }

    /// <summary>Several lines of text centred on x; first line's baseline at y.</summary>
    public static XElement MultilineText(decimal x, decimal y, IReadOnlyList<string> lines, string cssClass,
        decimal fontSize, decimal lineHeight, string fill)
    {
        if (lines.Count == 1)
            return Text(x, y, lines[0], cssClass, fontSize, fill, "middle");
        var element = new XElement(Ns + "text",
            new XAttribute("class", cssClass),
            new XAttribute("x", N(x)), new XAttribute("y", N(y)),
            new XAttribute("font-size", N(fontSize)),
            new XAttribute("fill", fill),
            new XAttribute("text-anchor", "middle"));
        for (int i = 0; i < lines.Count; i++)
        {
            element.Add(new XElement(Ns + "tspan",
                new XAttribute("x", N(x)),
                new XAttribute("y", N(y + i * lineHeight)),
                Clean(lines[i])));
        }
        return element;
    }

    /// <summary>A hover tooltip for mouse users (screen readers get the root title and desc).</summary>
    public static XElement Tooltip(string text) => new(Ns + "title", Clean(text));

    /// <summary>Invariant number with at most two decimals: 12, 12.5, 12.35.</summary>
    public static string N(decimal value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    public static string Clean(string text)
    {
        bool clean = true;
        for (int i = 0; i < text.Length && clean; i++)
            clean = XmlConvert.IsXmlChar(text[i]);
        if (clean)
            return text;

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
                builder.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text[i]).Append(text[i + 1]);
                i++;
            }
        }
        return builder.ToString();
    }

    private static void AddStroke(XElement element, string? stroke, decimal strokeWidth, string? dash)
    {
        if (stroke is null)
            return;
        element.Add(new XAttribute("stroke", stroke), new XAttribute("stroke-width", N(strokeWidth)));
        if (dash is not null)
            element.Add(new XAttribute("stroke-dasharray", dash));
    }

    /// <summary>A white outline behind the glyphs, so text stays legible where it crosses lines or bars.</summary>
    private static void AddHalo(XElement element) =>
        element.Add(new XAttribute("stroke", ChartPalette.Background), new XAttribute("stroke-width", "3"),
            new XAttribute("stroke-linejoin", "round"), new XAttribute("paint-order", "stroke"));
}
