namespace PlanSite.Rendering.Charts;

/// <summary>
/// Size and density of an indicator chart. Width and Height are the SVG viewBox (user units); the
/// SVG itself is emitted with width="100%" so it scales to its container and keeps the aspect ratio.
/// </summary>
public sealed record ChartOptions
{
    /// <summary>viewBox width. Defaults to 480 (320 when <see cref="Compact"/>): close to a phone's width, so
    /// text stays legible when the chart is scaled down to one.</summary>
    public int? Width { get; init; }

    /// <summary>viewBox height of the numeric chart. Defaults to 300 (150 when <see cref="Compact"/>).
    /// The status-word timeline and the 「データなし」 chart use their natural height instead.</summary>
    public int? Height { get; init; }

    /// <summary>Small chart for lists: fewer tick labels, no value labels above bars, no grade row.</summary>
    public bool Compact { get; init; }

    /// <summary>Prefix of the ids inside the SVG (<c>{IdPrefix}-title</c>, <c>{IdPrefix}-desc</c>); must be
    /// unique on the page. A letter or underscore, then letters, digits, '-', '_' or '.'.</summary>
    public string IdPrefix { get; init; } = "chart";

    internal int ViewWidth => Width ?? (Compact ? 320 : 480);
    internal int ViewHeight => Height ?? (Compact ? 150 : 300);
}
