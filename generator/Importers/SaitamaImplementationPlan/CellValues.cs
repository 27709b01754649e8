using System.Globalization;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>A baseline cell split into its value and the fiscal year printed under it.</summary>
public sealed record BaselineCell(Value Value, FiscalYear? Year, string? Label);

/// <summary>
/// Turns printed cells into values, keeping the raw text: 「３件」 → 3 件, 「700,000千円」 → 700000 千円,
/// 「110％以上」 → at least 110, 「18％未満」 → below 18, 「146億円（令和４年度収支不足額）」 → 146 億円 with the
/// parenthesis as a note. Relative targets (前年度比20％増), status words (アンケート実施, 決定) and 「―」
/// (no target that year) stay words: a word is never drawn as a number.
/// </summary>
public static partial class CellValues
{
    public const string NoTarget = "―";

    public static Value Parse(string raw, string? indicatorUnit)
    {
        if (NumberMatch(raw) is not { } m)
            return Value.OfWord(raw);
        decimal number = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        // The half-width shadow maps character for character, so texts are cut from the raw string as printed.
        string Printed(string group) => raw.Substring(m.Groups[group].Index, m.Groups[group].Length);
        string unit = Printed("unit");
        string? note = Join(Printed("pre"), Printed("note"));
        return Value.OfNumber(number, raw, unit.Length == 0 || unit == indicatorUnit ? null : unit) with
        {
            Bound = m.Groups["q"].Value switch
            {
                "以上" => ValueBound.AtLeast,
                "以下" => ValueBound.AtMost,
                "未満" => ValueBound.Below,
                _ => null,
            },
            Note = note,
        };
    }

    /// <summary>The unit a number cell carries (件 in 「533件」), or null for words.</summary>
    public static string? UnitOf(string raw)
    {
        var text = YearPattern().Match(raw) is { Success: true } y ? y.Groups["value"].Value : raw;
        return NumberMatch(text) is { } m && m.Groups["unit"].Length > 0 ? text.Substring(m.Groups["unit"].Index, m.Groups["unit"].Length) : null;
    }

    /// <summary>
    /// A number with its unit, or null: a relative target (前年度比10％増) or a list item (･200手続を拡充) is
    /// not a level and stays a word.
    /// </summary>
    private static Match? NumberMatch(string raw)
    {
        var m = NumberPattern().Match(Digits.Half(raw));
        if (!m.Success) return null;
        string pre = m.Groups["pre"].Value;
        return pre.EndsWith('比') || pre.Contains('･') ? null : m;
    }

    public static BaselineCell Baseline(string raw, string? indicatorUnit)
    {
        if (raw == NoTarget) return new BaselineCell(Value.OfWord(raw), null, null);
        var m = YearPattern().Match(raw);
        if (!m.Success) return new BaselineCell(Parse(raw, indicatorUnit), null, null);
        var year = Digits.EraYear(m.Groups["era"].Value, m.Groups["year"].Value);
        string qualifier = m.Groups["rest"].Value;
        string label = qualifier.Length == 0 ? null! : $"{m.Groups["era"].Value}{m.Groups["year"].Value}年度{qualifier}";
        var value = Parse(m.Groups["value"].Value, indicatorUnit);
        string after = m.Groups["after"].Value;
        if (after.Length > 0) value = value with { Note = Join(value.Note ?? "", after) };
        return new BaselineCell(value, year, qualifier.Length == 0 ? null : label);
    }

    private static string? Join(string a, string b) =>
        a.Length == 0 && b.Length == 0 ? null : a.Length == 0 ? b : b.Length == 0 ? a : $"{a} {b}";

    [GeneratedRegex(@"^(?<pre>[^\d（(]*?)(?<num>(\d{1,3}(,\d{3})+|\d+)(\.\d+)?)(?<unit>[^\d（(以未]*?)(?<q>以上|未満|以下)?([（(](?<note>[^）)]*)[）)])?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<value>.*?)[（(](?<era>令和|平成)(?<year>[0-9０-９]+|元)年度(?<rest>[^）)]*)[）)](?<after>.*)$")]
    private static partial Regex YearPattern();
}
