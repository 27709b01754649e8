using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.TokorozawaEvaluation;

/// <summary>
/// Turns printed cells into values. Numbers are read from an NFKC copy (full-width digits and commas),
/// while the raw text stays exactly as printed. A leading circled number (①②③) is the item's slot, not
/// part of its value.
/// </summary>
public static partial class ValueText
{
    public static string StripSlot(string text) => SlotPattern().Replace(text.Trim(), "");

    /// <summary>A number with a short unit ("6,262千円", "90.0%", "５回", "2.50 人"), else a word kept as printed.</summary>
    public static Value Parse(string printed)
    {
        string raw = StripSlot(printed);
        string normal = raw.Normalize(NormalizationForm.FormKC);
        var match = NumberWithUnit().Match(normal);
        if (match.Success && decimal.TryParse(match.Groups["n"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
            return Value.OfNumber(number, raw);
        return Value.OfWord(raw);
    }

    public static decimal Number(Value value, string where) =>
        value.Number ?? throw new InvalidDataException($"{where}: 「{value.Raw}」 is not a number");

    [GeneratedRegex(@"^[①②③④⑤]")]
    private static partial Regex SlotPattern();

    [GeneratedRegex(@"^(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(千円|%|人|件|回|個|名|事業|項目|時間|日|校|団体|か所|箇所)?$")]
    private static partial Regex NumberWithUnit();
}
