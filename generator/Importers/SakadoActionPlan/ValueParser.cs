using System.Globalization;
using System.Text.RegularExpressions;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>What a parenthesised remark after a value says, as far as a rule can tell.</summary>
public enum NoteKind
{
    /// <summary>(R2年度), (29年度): the year a target is due or a state was reached.</summary>
    FiscalYear,
    /// <summary>(H29.2末): the value was measured at another date than the column's.</summary>
    MonthEnd,
    /// <summary>(H26.6~29.2): the value is a total over a period, not a point in time.</summary>
    Period,
    /// <summary>(累計), (累計215): cumulative over the plan period, optionally with the cumulative figure.</summary>
    Cumulative,
    /// <summary>Anything else, shown as written: (1事務対象外), (素案), (90.6%H26.3末).</summary>
    Remark,
}

/// <summary>The text inside the parentheses, verbatim, with what a rule could read from it.</summary>
public sealed record ValueNote(string Text, NoteKind Kind, FiscalYear? FiscalYear = null, decimal? Figure = null);

/// <summary>
/// One value cell (当初, 目標 or 現状値) split into its parts. Raw is the cell exactly as printed;
/// every other property is derived from it and nothing else.
/// </summary>
public sealed record ParsedValue(string Raw, string? Word, decimal? Number, string? Unit, bool Approximate, ValueBound? Bound, ValueNote? Note)
{
    public bool IsNumber => Number.HasValue;
}

/// <summary>
/// The value grammar of the 数値目標等 cells:
/// <code>
/// VALUE := HEAD ( ' '? '(' NOTE ')' )?
/// HEAD  := '-' | WORD | '約'? NUMBER UNIT? ('以上' | '以下')?
/// </code>
/// WORD is one of the curated status words (検討, 実施, 拡大, 現状以下 …). The list is closed on purpose:
/// indicator names such as 「ICTの推進」 are digit-free words too, and only the vocabulary tells a name
/// cell from a value cell when a row is classified by content.
/// </summary>
public sealed partial class ValueParser
{
    public const string Dash = "-";

    private readonly HashSet<string> _words;
    private readonly int? _bareYearEraOffset;

    /// <param name="bareYearEraOffset">
    /// Offset of the era that years printed without one belong to ((29年度) is 平成29年度 in this document),
    /// or null when no one has said, in which case such years stay unresolved remarks.
    /// </param>
    public ValueParser(IEnumerable<string> words, int? bareYearEraOffset)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _bareYearEraOffset = bareYearEraOffset;
    }

    public bool TryParse(string raw, out ParsedValue value)
    {
        value = null!;
        string head = raw;
        ValueNote? note = null;
        var withNote = NotePattern().Match(raw);
        if (withNote.Success)
        {
            head = withNote.Groups["head"].Value;
            note = ReadNote(withNote.Groups["note"].Value);
        }

        if (head == Dash || _words.Contains(head))
        {
            value = new ParsedValue(raw, head, null, null, false, null, note);
            return true;
        }
        var number = NumberPattern().Match(head);
        if (!number.Success)
            return false;
        decimal parsed = decimal.Parse(number.Groups["number"].Value.Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        string unit = number.Groups["unit"].Value;
        ValueBound? bound = number.Groups["bound"].Value switch
        {
            "以上" => ValueBound.AtLeast,
            "以下" => ValueBound.AtMost,
            _ => null,
        };
        value = new ParsedValue(raw, null, parsed, unit.Length == 0 ? null : unit, number.Groups["approx"].Success, bound, note);
        return true;
    }

    public bool IsValue(string raw) => TryParse(raw, out _);

    private ValueNote ReadNote(string text)
    {
        var year = YearPattern().Match(text);
        if (year.Success)
        {
            string era = year.Groups["era"].Value;
            int offset = era.Length > 0 ? (EraYear.TryEra(era, out int o) ? o : 0) : _bareYearEraOffset ?? 0;
            return offset == 0
                ? new ValueNote(text, NoteKind.Remark)
                : new ValueNote(text, NoteKind.FiscalYear, new FiscalYear(offset + EraYear.YearNumber(year.Groups["year"].Value)));
        }
        var monthEnd = MonthEndPattern().Match(text);
        if (monthEnd.Success && EraYear.TryEra(monthEnd.Groups["era"].Value, out int eraOffset))
            return new ValueNote(text, NoteKind.MonthEnd, EraYear.FromMonth(eraOffset, int.Parse(monthEnd.Groups["year"].Value, CultureInfo.InvariantCulture),
                int.Parse(monthEnd.Groups["month"].Value, CultureInfo.InvariantCulture)));
        if (PeriodPattern().IsMatch(text))
            return new ValueNote(text, NoteKind.Period);
        var cumulative = CumulativePattern().Match(text);
        if (cumulative.Success)
        {
            decimal? figure = cumulative.Groups["figure"].Success
                ? decimal.Parse(cumulative.Groups["figure"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
                : null;
            return new ValueNote(text, NoteKind.Cumulative, null, figure);
        }
        return new ValueNote(text, NoteKind.Remark);
    }

    // Half- and full-width parentheses both occur in this seed; the space before them comes and goes
    // (「80% (R2年度)」 but 「1億円(R2年度)」).
    [GeneratedRegex(@"^(?<head>[^ ()（）]+) ?[(（](?<note>[^()（）]+)[)）]$")]
    private static partial Regex NotePattern();

    // The unit is whatever follows the number up to an optional 以上/以下 (件, %, 千円, 回/年, 団地 …):
    // units are not a closed list in this document, and a wrong guess here would only hide a value.
    [GeneratedRegex(@"^(?<approx>約)?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>[^\d\s()（）,.]*?)(?<bound>以上|以下)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<era>[HR]|平成|令和)?(?<year>\d{1,2}|元)年度$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<era>[HR])(?<year>\d{1,2})\.(?<month>\d{1,2})末$")]
    private static partial Regex MonthEndPattern();

    [GeneratedRegex(@"^[HR]\d{1,2}\.\d{1,2}[~〜～][HR]?\d{1,2}\.\d{1,2}$")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^累計(?<figure>\d{1,3}(?:,\d{3})+|\d+)?$")]
    private static partial Regex CumulativePattern();
}
