using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;

namespace PlanSite.Model;

/// <summary>
/// A baseline, target or actual as the source printed it. Either a number or a status word
/// (実現, 未定, "-" …); the raw source text is always kept so nothing is lost in parsing.
/// </summary>
public sealed partial record Value
{
    public string Raw { get; }
    public decimal? Number { get; }
    public string? Word { get; }
    /// <summary>Unit for this value when it differs from its indicator's unit.</summary>
    public string? Unit { get; init; }
    /// <summary>約: the source calls the number approximate.</summary>
    public bool Approximate { get; init; }
    /// <summary>以上 / 以下 / 未満 attached to the number.</summary>
    public ValueBound? Bound { get; init; }
    /// <summary>What the source adds in parentheses: another as-of date, a target year, 累計 …</summary>
    public string? Note { get; init; }

    // The factories below are how code makes values; the plan cache reads them back through this constructor
    // (internal, not private, so the cache's generated serializer can call it).
    [JsonConstructor]
    internal Value(string raw, decimal? number, string? word, string? unit)
    {
        Raw = raw;
        Number = number;
        Word = word;
        Unit = unit;
        Display = number is { } n && raw == Canonical(n) ? n.ToString("#,0.############", CultureInfo.InvariantCulture) : raw;
    }

    public bool IsNumber => Number.HasValue;

    public static Value OfNumber(decimal number, string raw, string? unit = null) => new(raw, number, null, unit);

    public static Value OfWord(string word, string? raw = null, string? unit = null) => new(raw ?? word, null, word, unit);

    /// <summary>Reads a scalar as written: a plain number (thousands commas allowed) or else a word.</summary>
    public static Value FromScalar(string raw)
    {
        if (TryParseNumber(raw, out var number))
            return OfNumber(number, raw);
        return OfWord(raw);
    }

    public static bool TryParseNumber(string text, out decimal number)
    {
        number = 0;
        string trimmed = text.Trim();
        if (!NumberPattern().IsMatch(trimmed))
            return false;
        return decimal.TryParse(trimmed.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Canonical text of a number: invariant, no thousands separator, no trailing zeros.</summary>
    public static string Canonical(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Number formatted for Japanese readers: thousands separators, decimals as in the source.</summary>
    /// <remarks>Made once with the value: pages, charts, CSV and JSON each ask for it, and .NET's custom
    /// number formats are slow (10,000 indicators: 1.2 % of a build's CPU when it was made on every read).</remarks>
    public string Display { get; }

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex NumberPattern();
}

/// <summary>以上 (at least), 以下 (at most) or 未満 (below, strictly) qualifying a number.</summary>
public enum ValueBound { AtLeast, AtMost, Below }
