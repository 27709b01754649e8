using System.Text;
using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>A non-blank line of the seed, trimmed, with its 1-based line number.</summary>
public sealed record KazoLine(int Number, string Text);

/// <summary>
/// Reads the pdftotext output: every other line is blank and leading spaces mark page breaks or
/// indentation, so only trimmed, non-blank lines carry meaning. The three surviving page footers
/// (「- 10 -」) are layout, not content.
/// </summary>
public static partial class KazoText
{
    public static IReadOnlyList<KazoLine> Read(string path) => Parse(File.ReadAllText(path, Encoding.UTF8));

    public static IReadOnlyList<KazoLine> Parse(string text)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lines = new List<KazoLine>();
        for (int i = 0; i < raw.Length; i++)
        {
            string trimmed = raw[i].Trim();
            if (trimmed.Length == 0 || PageFooter().IsMatch(trimmed))
                continue;
            lines.Add(new KazoLine(i + 1, trimmed));
        }
        return lines;
    }

    /// <summary>Full-width digits to ASCII, for reading numbers only; displayed text keeps the original.</summary>
    public static string AsciiDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
            builder.Append(c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c);
        return builder.ToString();
    }

    public static int ParseNumber(string digits) => int.Parse(AsciiDigits(digits), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Joins wrapped lines into paragraphs. The PDF wraps every ~35 characters mid-word, so lines join
    /// without a space; a line ending in 「。」 closes its paragraph.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            current.Append(line);
            if (line.EndsWith('。'))
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            paragraphs.Add(current.ToString());
        return paragraphs;
    }

    [GeneratedRegex(@"^-\s*\d+\s*-$")]
    private static partial Regex PageFooter();
}
