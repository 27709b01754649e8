using System.Text.RegularExpressions;

namespace PlanSite.Importers.SaitamaDx;

/// <summary>
/// Turns a rich-text cell of the sheet into list items. The export kept stray markup (an unclosed
/// &lt;ul style=…&gt;, &lt;p&gt;…&lt;/p&gt;) and turned in-cell line breaks into single spaces, so a space
/// is where one item ends and the next begins unless the cell marks its items with ・ or ①②….
/// </summary>
public static partial class ListText
{
    public static IReadOnlyList<string> Items(string cell)
    {
        string text = Markup().Replace(cell, " ").Trim();
        if (text.Length == 0)
            return [];
        var pieces = ItemMarker().IsMatch(text) ? ItemMarker().Split(text) : Whitespace().Split(text);
        return pieces.Select(piece => piece.Trim()).Where(piece => piece.Length != 0).ToArray();
    }

    /// <summary>A text field (目的): the items on their own lines, as the sheet showed them.</summary>
    public static string Paragraphs(string cell) => string.Join("\n", Items(cell));

    [GeneratedRegex(@"<ul\b[^>]*>|</ul>|</?p>")]
    private static partial Regex Markup();

    // Only at the start or after a lost line break: ・ also joins words (教育・注意喚起) and circled
    // numbers also appear inside sentences (下記②～④を想定). The ・ bullet is dropped; the circled
    // number stays, because the text refers to items by it.
    [GeneratedRegex(@"(?:^|\s+)・\s*|(?:^|\s+)(?=[①-⑳])")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
