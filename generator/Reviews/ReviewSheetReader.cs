using PlanSite.Content;
using PlanSite.Model;
using static PlanSite.Reviews.ReviewSheetLayout;

namespace PlanSite.Reviews;

/// <summary>
/// Turns a filled-in review sheet into a <see cref="Review"/> of a plan, or into every problem found,
/// each with row, column and the value as typed. Reads only 年度, 種別, ID, 実績値, 評価 and the
/// コメント columns; the other columns are there for staff to read.
/// </summary>
public sealed class ReviewSheetReader
{
    public sealed record Result(Review? Review, IReadOnlyList<ContentError> Errors)
    {
        public bool Ok => Errors.Count == 0 && Review is not null;
    }

    private readonly Plan _plan;
    private readonly string _file;
    private readonly List<ContentError> _errors = new();
    private Dictionary<string, int> _columns = new();

    private ReviewSheetReader(Plan plan, string file)
    {
        _plan = plan;
        _file = file;
    }

    /// <param name="published">the review's published date; else the existing review's, if any.</param>
    public static Result Read(IReadOnlyList<SheetRow> rows, Plan plan, string file, DateOnly? published = null) =>
        new ReviewSheetReader(plan, file).ReadRows(rows, published);

    private Result ReadRows(IReadOnlyList<SheetRow> rows, DateOnly? published)
    {
        if (rows.Count == 0)
            return Fail(1, 1, "(file)", "the file is empty; start from `plansite review template`");
        if (!ReadHeader(rows[0]))
            return new Result(null, _errors);

        var body = rows.Skip(1).Where(r => !r.IsBlank).ToArray();
        if (body.Length == 0)
            return Fail(2, 1, "(file)", "the sheet has a header but no rows");
        var year = ReadYear(body);
        var existing = year is null ? null : _plan.Reviews.FirstOrDefault(r => r.FiscalYear == year);

        var measures = _plan.AllMeasures.ToDictionary(m => m.Id);
        var indicators = _plan.AllIndicators.ToDictionary(i => i.Id);
        var measureResults = new Dictionary<string, MeasureReview>();
        var indicatorResults = new Dictionary<string, IndicatorResult>();
        var seen = new Dictionary<(bool Indicator, string Id), int>();

        foreach (var row in body)
        {
            string kind = Text(row, Kind);
            string id = Text(row, Id);
            bool isIndicator = kind == IndicatorKind;
            if (!isIndicator && !_plan.LevelNames.Contains(kind))
            {
                Error(row, Kind, kind, $"unknown kind; expected {IndicatorKind} or a level of the plan: {string.Join(", ", _plan.LevelNames)}");
                continue;
            }
            if (isIndicator ? !indicators.ContainsKey(id) : !measures.ContainsKey(id))
            {
                Error(row, Id, id, id.Length == 0 ? "the id is missing" : $"unknown {(isIndicator ? "indicator" : "measure")} id: the plan '{_plan.Id}' has no such {(isIndicator ? "indicator" : "measure")}");
                continue;
            }
            if (seen.TryGetValue((isIndicator, id), out int first))
            {
                Error(row, Id, id, $"duplicate row: {kind} '{id}' is already on row {first}");
                continue;
            }
            seen[(isIndicator, id)] = row.Row;

            var grade = ReadGrade(row);
            if (isIndicator)
            {
                var old = existing?.Indicators.GetValueOrDefault(id);
                var actual = ReadActual(row, indicators[id], old?.Actual);
                string? note = Optional(row, Comment);
                foreach (var label in LabelledColumns().Where(l => Text(row, l).Length > 0))
                    Error(row, label, Text(row, label), $"an indicator takes one comment, in the {Comment} column");
                if (actual is not null || grade is not null || note is not null)
                    indicatorResults[id] = new IndicatorResult(id, actual, grade, note);
            }
            else
            {
                if (Text(row, Actual).Length > 0)
                    Error(row, Actual, Text(row, Actual), "a measure has no actual; actuals go on its indicator (指標) rows");
                var commentary = new List<Commentary>();
                if (Optional(row, Comment) is { } plain)
                    commentary.Add(new Commentary(DefaultCommentLabel, plain));
                foreach (var label in LabelledColumns())
                    if (Optional(row, label) is { } text)
                        commentary.Add(new Commentary(label[LabelledCommentPrefix.Length..], text));
                if (grade is not null || commentary.Count > 0)
                    measureResults[id] = new MeasureReview(id, grade, commentary);
            }
        }

        if (_errors.Count == 0 && year is not null && measureResults.Count == 0 && indicatorResults.Count == 0)
            // An untouched template would otherwise publish the year as reviewed with nothing in it.
            return Fail(2, 0, "(file)", $"no {Actual}, {Evaluation} or {Comment} is filled in; nothing to import");
        if (_errors.Count > 0 || year is null)
            return new Result(null, _errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToArray());
        var review = new Review
        {
            FiscalYear = year.Value,
            Published = published ?? existing?.Published,
            Source = existing?.Source,
            Measures = measureResults,
            Indicators = indicatorResults,
        };
        return new Result(review, _errors);
    }

    private bool ReadHeader(SheetRow header)
    {
        for (int i = 0; i < header.Cells.Count; i++)
        {
            string name = header.Cells[i].Trim();
            if (name.Length == 0) continue;
            bool known = Fixed.Contains(name) || (name.StartsWith(LabelledCommentPrefix, StringComparison.Ordinal) && name.Length > LabelledCommentPrefix.Length);
            if (!known)
                _errors.Add(new ContentError(_file, header.Row, i + 1, $"header ({ColumnLetter(i + 1)})",
                    $"unknown column '{name}'; the columns are {string.Join(", ", Fixed)} and {LabelledCommentPrefix}<heading>"));
            else if (!_columns.TryAdd(name, i))
                _errors.Add(new ContentError(_file, header.Row, i + 1, $"header ({ColumnLetter(i + 1)})", $"column '{name}' appears twice"));
        }
        foreach (var required in Required.Where(r => !_columns.ContainsKey(r)))
            _errors.Add(new ContentError(_file, header.Row, 0, "header", $"missing column '{required}'; start from `plansite review template`"));
        return _errors.Count == 0;
    }

    /// <summary>Every row names the year, so a sheet copied from last year cannot slip in as this year's.</summary>
    private FiscalYear? ReadYear(IReadOnlyList<SheetRow> body)
    {
        FiscalYear? year = null;
        foreach (var row in body)
        {
            string text = Text(row, Year);
            if (!int.TryParse(SheetText.Fold(text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value))
            {
                Error(row, Year, text, "expected the fiscal year as a Western year, e.g. 2023 for 令和5年度");
                continue;
            }
            var fy = new FiscalYear(value);
            if (!_plan.Period.Contains(fy))
                Error(row, Year, text, $"fiscal year {value} is outside the plan period {_plan.Period.From}–{_plan.Period.To} ({_plan.Period.Display})");
            else if (year is null)
                year = fy;
            else if (year != fy)
                Error(row, Year, text, $"a sheet holds one fiscal year; earlier rows say {year}");
        }
        return year;
    }

    private Grade? ReadGrade(SheetRow row)
    {
        string text = Text(row, Evaluation);
        if (text.Length == 0) return null;
        var grade = _plan.Grades.Find(SheetText.Fold(text));
        if (grade is null)
            Error(row, Evaluation, text, _plan.Grades.Grades.Count == 0
                ? $"the plan '{_plan.Id}' defines no grades; leave {Evaluation} empty"
                : $"not a grade of the plan; its grades are: {string.Join(", ", _plan.Grades.Grades.Select(g => $"{g.Key} ({g.Label})"))}");
        return grade;
    }

    /// <summary>
    /// A number (full-width digits and thousands separators allowed) or a status word such as 実現
    /// or "-". Text with digits that is not a number is an error, unless the indicator is
    /// qualitative or the cell is unchanged from the existing review (whose structured value is kept).
    /// </summary>
    private Value? ReadActual(SheetRow row, Indicator indicator, Value? existing)
    {
        string raw = Text(row, Actual);
        if (raw.Length == 0) return null;
        if (existing is not null && existing.Raw == raw) return existing;
        if (SheetText.TryParseNumber(raw, out decimal number))
            return Value.OfNumber(number, raw);
        // 66件 with the indicator's unit, and a note in parentheses as the source prints it:
        // 72事業(累計215). The number is read; the text as typed stays the raw.
        var (main, note) = SheetText.SplitNote(SheetText.Fold(raw));
        string unit = indicator.Unit is { Length: > 0 } u ? SheetText.Fold(u) : "";
        if (unit.Length > 0 && main.EndsWith(unit, StringComparison.Ordinal))
            main = main[..^unit.Length];
        if ((note is not null || main.Length < SheetText.Fold(raw).Length) && SheetText.TryParseNumber(main, out decimal parsed))
            return Value.OfNumber(parsed, raw) with { Note = note };
        if (SheetText.HasDigit(raw) && indicator.Direction != Direction.Qualitative)
        {
            Error(row, Actual, raw, $"not a number; write the number only (e.g. 3243, 3,243 or ３,２４３){(indicator.Unit is { } shown ? $", optionally followed by the unit {shown}" : "")} and a note in parentheses, e.g. 72(累計215); or a status word such as 実現 or -");
            return null;
        }
        return Value.OfWord(raw);
    }

    private IEnumerable<string> LabelledColumns() =>
        _columns.Where(c => c.Key.StartsWith(LabelledCommentPrefix, StringComparison.Ordinal)).OrderBy(c => c.Value).Select(c => c.Key);

    private string Text(SheetRow row, string column) => _columns.TryGetValue(column, out int i) ? row.Cell(i).Trim() : "";

    /// <summary>Comments keep their line breaks; only surrounding blanks go.</summary>
    private string? Optional(SheetRow row, string column)
    {
        string text = _columns.TryGetValue(column, out int i) ? row.Cell(i).Trim().Replace("\r\n", "\n") : "";
        return text.Length == 0 ? null : text;
    }

    private void Error(SheetRow row, string column, string value, string message)
    {
        int index = _columns.TryGetValue(column, out int i) ? i + 1 : 0;
        _errors.Add(new ContentError(_file, row.Row, index, $"{column} ({ColumnLetter(index)})", $"'{value}': {message}"));
    }

    private Result Fail(int row, int column, string field, string message)
    {
        _errors.Add(new ContentError(_file, row, column, field, message));
        return new Result(null, _errors);
    }
}
