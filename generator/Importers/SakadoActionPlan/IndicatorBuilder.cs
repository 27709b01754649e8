using System.Globalization;
using PlanSite.Model;

namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>An indicator of the plan with its 現状値 for the review year.</summary>
public sealed record BuiltIndicator(Indicator Indicator, Value Actual);

/// <summary>
/// Turns one printed indicator row into the model. The three values keep their raw text; what the text
/// adds in parentheses decides where a value sits: 「80% (R2年度)」 is a target for FY2020 rather than
/// the column's R3末, 「8,983枚 (H29.2末)」 a baseline as of February 2017 rather than H27末. Every such
/// move, and every curated choice, is written into Indicator.Curation so a reader can follow it.
/// </summary>
public sealed class IndicatorBuilder
{
    private readonly ValueParser _values;
    private readonly SakadoCuration _curation;
    private readonly SubColumns _columns;
    private readonly FiscalYearRange _period;
    private readonly HashSet<string> _decreaseWords;

    public IndicatorBuilder(ValueParser values, SakadoCuration curation, SubColumns columns, FiscalYearRange period)
    {
        _values = values;
        _curation = curation;
        _columns = columns;
        _period = period;
        _decreaseWords = new HashSet<string>(curation.DecreaseWords, StringComparer.Ordinal);
    }

    public BuiltIndicator Build(IndicatorRow row, string id, string measureId, ICollection<ImportWarning> warnings)
    {
        var baseline = Parse(row.Cells.Baseline);
        var target = Parse(row.Cells.Target);
        var current = Parse(row.Cells.Current);
        var curationNotes = new List<string>();

        var entry = _curation.Indicator(id);
        if (entry is not null && entry.Name != row.Name)
        {
            warnings.Add(new ImportWarning(row.Line, $"curation entry for indicator {id} names 「{entry.Name}」 but the seed prints 「{row.Name}」; entry ignored"));
            entry = null;
        }

        string? unit = entry?.Unit ?? new[] { baseline, target, current }.FirstOrDefault(v => v.IsNumber)?.Unit;
        if (entry?.Unit is not null)
            curationNotes.Add($"単位を「{entry.Unit}」とした：{entry.Reason}");

        var baselineValue = ToValue(baseline, unit, row, "当初", entry, curationNotes, warnings);
        var targetValue = ToValue(target, unit, row, "目標", entry, curationNotes, warnings);
        var actual = ToActual(current, unit, row, id, entry, curationNotes, warnings);

        var indicator = new Indicator
        {
            Id = id,
            Name = row.Name,
            MeasureId = measureId,
            Unit = unit,
            Direction = DirectionOf(baseline, target, entry, curationNotes),
            Baseline = Baseline(baseline, baselineValue, curationNotes),
            Targets = [KeyValuePair.Create(TargetYear(target, row, curationNotes, warnings), targetValue)],
            Notes = entry?.Note is { } note ? [new Note(note, row.Line)] : [],
            Curation = curationNotes,
            SourceLine = row.Line,
        };
        return new BuiltIndicator(indicator, actual);
    }

    private ParsedValue Parse(string raw) =>
        // The row classifier only accepts rows whose values parse, so this cannot fail for seed rows.
        _values.TryParse(raw, out var parsed) ? parsed : throw new InvalidOperationException($"value 「{raw}」 does not parse");

    private Baseline Baseline(ParsedValue parsed, Value value, List<string> curationNotes)
    {
        switch (parsed.Note?.Kind)
        {
            case NoteKind.MonthEnd:
                curationNotes.Add($"当初値は列見出しの{_columns.BaselineLabel}ではなく、値に添えられた{parsed.Note.Text}時点のものとして扱った。");
                return new Baseline(parsed.Note.FiscalYear, parsed.Note.Text, value);
            case NoteKind.Period:
                // A total over 33 months has no single fiscal year; the label says what it covers.
                curationNotes.Add($"当初値は{_columns.BaselineLabel}時点ではなく、値に添えられた期間（{parsed.Note.Text}）の数値のため、年度に置いていない。");
                return new Baseline(null, parsed.Note.Text, value);
            default:
                return new Baseline(_columns.BaselineYear, _columns.BaselineLabel, value);
        }
    }

    private FiscalYear TargetYear(ParsedValue parsed, IndicatorRow row, List<string> curationNotes, ICollection<ImportWarning> warnings)
    {
        var column = _columns.TargetYear!.Value;
        if (parsed.Note is not { Kind: NoteKind.FiscalYear, FiscalYear: { } year } || year == column)
            return column;
        if (!_period.Contains(year))
        {
            warnings.Add(new ImportWarning(row.Line, $"target 「{parsed.Raw}」 names {year.EraName}, outside the plan period; kept at {_columns.TargetLabel}"));
            return column;
        }
        curationNotes.Add($"目標は列見出しの{_columns.TargetLabel}ではなく、値に添えられた年度「{parsed.Note.Text}」＝{year.Display}の目標として置いた。");
        return year;
    }

    private Direction DirectionOf(ParsedValue baseline, ParsedValue target, IndicatorEntry? entry, List<string> curationNotes)
    {
        if (entry?.Direction is { } curated)
        {
            curationNotes.Add($"目標の向きを {curated} とした：{entry.Reason}");
            return Enum.Parse<Direction>(curated, ignoreCase: true);
        }
        // 縮小 / 現状以下 are the plan's own words for lower-is-better; a word target on a row with no
        // numeric baseline is a status to reach (実施, 拡大 of a service), not a quantity.
        if (target.Word is { } word && _decreaseWords.Contains(word))
            return Direction.Decrease;
        if (!target.IsNumber && !baseline.IsNumber)
            return Direction.Qualitative;
        return Direction.Increase;
    }

    private Value ToValue(ParsedValue parsed, string? unit, IndicatorRow row, string column, IndicatorEntry? entry,
        List<string> curationNotes, ICollection<ImportWarning> warnings)
    {
        if (!parsed.IsNumber)
        {
            if (parsed.Note is null)
                return Value.FromScalar(parsed.Raw);
            return Value.OfWord(parsed.Word!, parsed.Raw) with { Note = parsed.Note.Text };
        }

        decimal number = parsed.Number!.Value;
        string? valueUnit = parsed.Unit;
        if (valueUnit != unit && valueUnit is not null && unit is not null && _curation.Conversion(valueUnit, unit) is { } conversion)
        {
            number *= conversion.Factor;
            curationNotes.Add($"{column}「{parsed.Raw}」は {Format(number)}{unit} として扱った（1{conversion.From} = {Format(conversion.Factor)}{conversion.To}）。");
            valueUnit = unit;
        }
        else if (valueUnit != unit && entry?.Unit is null)
        {
            warnings.Add(new ImportWarning(row.Line,
                $"「{row.Name}」: {column} 「{parsed.Raw}」 is in {valueUnit ?? "no unit"} but the indicator's unit is {unit ?? "none"}; add a unit or unit_conversions entry to the curation"));
        }

        return Value.OfNumber(number, parsed.Raw, valueUnit == unit ? null : valueUnit) with
        {
            Approximate = parsed.Approximate,
            Bound = parsed.Bound,
            Note = parsed.Note?.Text,
        };
    }

    private Value ToActual(ParsedValue parsed, string? unit, IndicatorRow row, string id, IndicatorEntry? entry,
        List<string> curationNotes, ICollection<ImportWarning> warnings)
    {
        var value = ToValue(parsed, unit, row, "現状値", entry, curationNotes, warnings);
        if (parsed.Note is not { Kind: NoteKind.Cumulative, Figure: { } cumulative })
            return value;
        // 「72事業(累計215)」 prints a year's figure and a running total; which one is compared with the
        // target is a reading decision, so it is the curation's to make.
        if (entry?.ActualFigure == IndicatorEntry.Cumulative)
        {
            curationNotes.Add($"現状値「{parsed.Raw}」は括弧内の累計 {Format(cumulative)} を実績とした：{entry.Reason}");
            return Value.OfNumber(cumulative, parsed.Raw, value.Unit) with { Note = parsed.Note.Text };
        }
        warnings.Add(new ImportWarning(row.Line,
            $"indicator {id} 「{row.Name}」: 現状値 「{parsed.Raw}」 carries a cumulative figure; say in the curation (actual_figure) which one is the actual"));
        return value;
    }

    private static string Format(decimal number) => number.ToString("#,0.############", CultureInfo.InvariantCulture);
}
