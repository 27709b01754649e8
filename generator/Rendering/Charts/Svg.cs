namespace PlanSite.Rendering.Charts;

/// <summary>
/// The SVG elements the charts draw, written through an <see cref="SvgWriter"/>, so every string from content
/// is escaped by the writer and every coordinate is formatted with the invariant culture and at most two
/// decimals: output is byte-identical across runs and machines. Attribute order is part of that output.
/// </summary>
/// <remarks>
/// An element that can carry a hover tooltip takes it as a parameter: it is always the element's first
/// child, a &lt;title&gt;, which mouse users see (screen readers get the root's title and desc).
/// </remarks>
internal static class Svg
{
    public const string Namespace = "http://www.w3.org/2000/svg";

    /// <summary>
    /// Starts the root element, which <see cref="SvgWriter.Finish"/> ends: xmlns (so the string also works as a
    /// standalone .svg), viewBox, role="img", aria-labelledby, and &lt;title&gt; and &lt;desc&gt; as the first
    /// children, then a white background.
    /// </summary>
    public static void Root(SvgWriter w, decimal width, decimal height, string idPrefix, string cssClass,
        string title, string desc)
    {
        ChartIds.Validate(idPrefix);
        string titleId = ChartIds.Title(idPrefix);
        string descId = ChartIds.Desc(idPrefix);
        w.Start("svg")
            .Attribute("xmlns", Namespace)
            .Attribute("viewBox", $"0 0 {N(width)} {N(height)}")
            .Attribute("width", "100%")
            .Attribute("role", "img")
            .Attribute("aria-labelledby", $"{titleId} {descId}")
            .Attribute("class", "chart " + cssClass)
            .Attribute("font-family", ChartPalette.FontFamily);
        w.Start("title").Attribute("id", titleId).Text(title).End();
        w.Start("desc").Attribute("id", descId).Text(desc).End();
        w.Start("rect").Attribute("class", "background")
            .Attribute("x", 0).Attribute("y", 0)
            .Attribute("width", width).Attribute("height", height)
            .Attribute("fill", ChartPalette.Background)
            .End();
    }

    /// <summary>Starts a &lt;g&gt;, ended when the scope is disposed.</summary>
    public static SvgWriter.Scope Group(SvgWriter w, string cssClass)
    {
        var group = w.Element("g");
        w.Attribute("class", cssClass);
        return group;
    }

    public static void Rect(SvgWriter w, decimal x, decimal y, decimal width, decimal height, string cssClass, string fill,
        string? stroke = null, decimal strokeWidth = 1, string? dash = null, string? tooltip = null)
    {
        w.Start("rect")
            .Attribute("class", cssClass)
            .Attribute("x", x).Attribute("y", y)
            .Attribute("width", width).Attribute("height", height)
            .Attribute("fill", fill);
        Stroke(w, stroke, strokeWidth, dash);
        Tooltip(w, tooltip);
        w.End();
    }

    public static void Line(SvgWriter w, decimal x1, decimal y1, decimal x2, decimal y2, string cssClass, string stroke,
        decimal strokeWidth = 1, string? dash = null, string? tooltip = null)
    {
        w.Start("line")
            .Attribute("class", cssClass)
            .Attribute("x1", x1).Attribute("y1", y1)
            .Attribute("x2", x2).Attribute("y2", y2);
        Stroke(w, stroke, strokeWidth, dash);
        Tooltip(w, tooltip);
        w.End();
    }

    /// <summary>A single line of text. anchor is start, middle or end.</summary>
    public static void Text(SvgWriter w, decimal x, decimal y, string text, string cssClass, decimal fontSize,
        string fill = ChartPalette.Text, string anchor = "start", bool bold = false, bool halo = false,
        string? tooltip = null)
    {
        StartText(w, x, y, cssClass, fontSize, fill, anchor);
        if (bold)
            w.Attribute("font-weight", "bold");
        if (halo)
            Halo(w);
        Tooltip(w, tooltip);
        w.Text(text).End();
    }

    /// <summary>Text set one character per line, top to bottom (縦書き), centred on x; first line's baseline at y.</summary>
    public static void VerticalText(SvgWriter w, decimal x, decimal y, IReadOnlyList<string> characters, string cssClass,
        decimal fontSize, decimal lineHeight, string fill, string? tooltip = null)
    {
        StartText(w, x, y, cssClass, fontSize, fill, "middle");
        Halo(w);
        Tooltip(w, tooltip);
        Lines(w, x, y, characters, lineHeight);
        w.End();
    }

    /// <summary>Several lines of text centred on x; first line's baseline at y.</summary>
    public static void MultilineText(SvgWriter w, decimal x, decimal y, IReadOnlyList<string> lines, string cssClass,
        decimal fontSize, decimal lineHeight, string fill)
    {
        if (lines.Count == 1)
        {
            Text(w, x, y, lines[0], cssClass, fontSize, fill, "middle");
            return;
        }
        StartText(w, x, y, cssClass, fontSize, fill, "middle");
        Lines(w, x, y, lines, lineHeight);
        w.End();
    }

    /// <summary>Invariant number with at most two decimals: 12, 12.5, 12.35.</summary>
    public static string N(decimal value) => SvgWriter.FormatNumber(value);

    private static void StartText(SvgWriter w, decimal x, decimal y, string cssClass, decimal fontSize, string fill,
        string anchor)
    {
        w.Start("text")
            .Attribute("class", cssClass)
            .Attribute("x", x).Attribute("y", y)
            .Attribute("font-size", fontSize)
            .Attribute("fill", fill);
        if (anchor != "start")
            w.Attribute("text-anchor", anchor);
    }

    private static void Lines(SvgWriter w, decimal x, decimal y, IReadOnlyList<string> lines, decimal lineHeight)
    {
        for (int i = 0; i < lines.Count; i++)
            w.Start("tspan").Attribute("x", x).Attribute("y", y + i * lineHeight).Text(lines[i]).End();
    }

    /// <summary>A hover tooltip for mouse users (screen readers get the root title and desc).</summary>
    private static void Tooltip(SvgWriter w, string? text)
    {
        if (text is not null)
            w.Start("title").Text(text).End();
    }

    private static void Stroke(SvgWriter w, string? stroke, decimal strokeWidth, string? dash)
    {
        if (stroke is null)
            return;
        w.Attribute("stroke", stroke).Attribute("stroke-width", strokeWidth);
        if (dash is not null)
            w.Attribute("stroke-dasharray", dash);
    }

    /// <summary>A white outline behind the glyphs, so text stays legible where it crosses lines or bars.</summary>
    private static void Halo(SvgWriter w) =>
        w.Attribute("stroke", ChartPalette.Background).Attribute("stroke-width", "3")
            .Attribute("stroke-linejoin", "round").Attribute("paint-order", "stroke");
}
