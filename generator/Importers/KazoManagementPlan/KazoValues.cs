using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// A printed cell as a value, raw text always kept: 「▲30」 is −30, 「１以上」 is at least 1, 「50％」 is 50,
/// 「18,000」 is 18000, full-width digits read as numbers. 「－」 (no target this year), 「なし」, 「導入」,
/// 「方針検討」, 「主幹 50・主査 70」 stay words: shown as printed, never drawn as numbers.
/// </summary>
public static class KazoValues
{
    public static Value Read(string raw, string? unit)
    {
        string text = KazoText.AsciiDigits(raw).Replace('，', ',').Replace('．', '.');
        bool negative = text.StartsWith('▲');
        if (negative) text = text[1..];
        ValueBound? bound = null;
        if (text.EndsWith("以上", StringComparison.Ordinal))
        {
            bound = ValueBound.AtLeast;
            text = text[..^2];
        }
        if (text.EndsWith('％') || text.EndsWith('%')) text = text[..^1];
        else if (unit is not null && text.EndsWith(unit, StringComparison.Ordinal) && text.Length > unit.Length) text = text[..^unit.Length];

        if (text.Length > 0 && char.IsAsciiDigit(text[0]) && Value.TryParseNumber(text, out var number))
            return Value.OfNumber(negative ? -number : number, raw) with { Bound = bound };
        return Value.OfWord(raw);
    }

    public static string Format(int n) => n.ToString(CultureInfo.InvariantCulture);
}
