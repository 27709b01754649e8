using System.Text;
using PlanSite.Model;

namespace PlanSite.Reviews;

/// <summary>
/// What staff type in Excel with a Japanese IME: full-width digits (３,２４３), full-width commas
/// and periods, ideographic spaces, full-width letters for grades (Ａ). These read as their ASCII
/// forms; the value keeps the text as typed as its raw.
/// </summary>
public static class SheetText
{
    /// <summary>NFKC folds full-width forms to ASCII; the minus sign (U+2212) is not folded by NFKC.</summary>
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Replace('\u2212', '-').Trim();

    public static bool TryParseNumber(string cell, out decimal number) => Value.TryParseNumber(Fold(cell), out number);

    /// <summary>"74事務 (1事務対象外)" → ("74事務", "1事務対象外"); text without a closing parenthesis has no note.</summary>
    public static (string Main, string? Note) SplitNote(string folded)
    {
        var match = System.Text.RegularExpressions.Regex.Match(folded, @"^(.*?)\s*\(([^()]+)\)$");
        return match.Success ? (match.Groups[1].Value, match.Groups[2].Value.Trim()) : (folded, null);
    }

    public static bool HasDigit(string cell) => Fold(cell).Any(char.IsAsciiDigit);
}
