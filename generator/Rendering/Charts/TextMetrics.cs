using System.Globalization;
using System.Text;

namespace PlanSite.Rendering.Charts;

/// <summary>
/// Rough text widths for layout without a font engine: full-width (CJK) characters are one em,
/// ASCII and half-width characters about 0.6 em. Deliberately generous so labels do not collide.
/// </summary>
internal static class TextMetrics
{
    public static decimal Width(string text, decimal fontSize)
    {
        decimal ems = 0;
        foreach (var rune in text.EnumerateRunes())
            ems += EmWidth(rune);
        return ems * fontSize;
    }

    /// <summary>User-perceived characters (so surrogate pairs and combining marks stay together).</summary>
    public static IReadOnlyList<string> Characters(string text)
    {
        var result = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            result.Add((string)enumerator.Current);
        return result;
    }

    /// <summary>
    /// Breaks text into at most maxLines lines no wider than maxWidth, character by character (Japanese has
    /// no spaces to break at). Text that still does not fit ends with "…".
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, decimal fontSize, decimal maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        decimal width = 0;
        foreach (var character in Characters(text))
        {
            decimal w = Width(character, fontSize);
            if (line.Length > 0 && width + w > maxWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
                width = 0;
            }
            line.Append(character);
            width += w;
        }
        if (line.Length > 0)
            lines.Add(line.ToString());

        if (lines.Count <= maxLines)
            return lines;
        var kept = lines.Take(maxLines).ToList();
        var last = Characters(kept[^1]);
        kept[^1] = string.Concat(last.Take(Math.Max(0, last.Count - 1))) + "…";
        return kept;
    }

    private static decimal EmWidth(Rune rune)
    {
        int v = rune.Value;
        if (v < 0x20)
            return 0;
        if (v < 0x7F)
            return 0.6m;
        if (v is >= 0xFF61 and <= 0xFF9F) // half-width katakana
            return 0.6m;
        if (v is >= 0xA0 and <= 0x24F) // Latin-1 and Latin Extended
            return 0.6m;
        return 1m;
    }
}
