using PlanSite.Model;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// Colours, fonts and strokes shared by all charts. Contrast against white (WCAG 2.x):
/// text colours ≥ 4.5:1, graphic colours ≥ 3:1. Colour never carries meaning alone: targets are dashed
/// outlines, actuals solid fills, the baseline a dash-dot line, and grades are always written out.
/// </summary>
internal static class ChartPalette
{
    public const string FontFamily = "sans-serif";
    public const string Background = "#ffffff";

    /// <summary>Main text, 17.4:1.</summary>
    public const string Text = "#1a1a1a";
    /// <summary>Secondary text (ticks, notes), 7.5:1.</summary>
    public const string MutedText = "#555555";
    /// <summary>Zero line / axis, 7:1.</summary>
    public const string Axis = "#595959";
    /// <summary>Gridlines: decoration only, deliberately faint.</summary>
    public const string Grid = "#d0d0d0";

    /// <summary>Actual: solid fill, 6.6:1.</summary>
    public const string Actual = "#1d5fa0";
    /// <summary>Light fill of actual cells in the status timeline (text on it stays ≥ 4.5:1).</summary>
    public const string ActualCellFill = "#eaf1f8";
    /// <summary>Target: dashed outline, 8.9:1.</summary>
    public const string Target = "#4a4a4a";
    public const string TargetDash = "4 3";
    /// <summary>Baseline: dash-dot line, 6.4:1.</summary>
    public const string Baseline = "#9a4700";
    public const string BaselineDash = "8 3 2 3";

    /// <summary>Tone colours, all ≥ 5:1 so they also serve as text colours.</summary>
    public static string ToneColour(GradeTone tone) => tone switch
    {
        GradeTone.Good => "#1e7b3a",
        GradeTone.Fair => "#8a6400",
        GradeTone.Poor => "#b02a1e",
        _ => "#646464",
    };

    public static string ToneClass(GradeTone tone) => tone switch
    {
        GradeTone.Good => "grade-good",
        GradeTone.Fair => "grade-fair",
        GradeTone.Poor => "grade-poor",
        _ => "grade-none",
    };
}
