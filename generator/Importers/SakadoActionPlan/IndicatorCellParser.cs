namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>The printed cells of one 数値目標等 row: 項目, 当初, 目標, 現状値.</summary>
public sealed record IndicatorCells(string Name, string Baseline, string Target, string Current);

/// <summary>
/// Page 1 packs a whole indicator into one cell: 「産・学・官連携協定(※)件数 52件 62件 66件」.
/// The cell's line breaks became single spaces, so the three values are taken from the right with the
/// value grammar (a value may itself hold a space before its remark, 「2,938人 (H26.6~29.2)」), and the
/// rest, spaces included, is the name.
/// </summary>
public sealed class IndicatorCellParser
{
    private readonly ValueParser _values;

    public IndicatorCellParser(ValueParser values) => _values = values;

    public IndicatorCells? TryParsePacked(string cell)
    {
        var tokens = cell.Split(' ');
        int end = tokens.Length;
        var values = new string[3];
        for (int slot = 2; slot >= 0; slot--)
        {
            if (end <= 1)
                return null;
            // Prefer the two-token reading only when the last token is a bare remark: 「2,938人 (H26.6~29.2)」.
            if (end >= 3 && IsRemark(tokens[end - 1]) && _values.IsValue(tokens[end - 2] + " " + tokens[end - 1]))
            {
                values[slot] = tokens[end - 2] + " " + tokens[end - 1];
                end -= 2;
            }
            else if (_values.IsValue(tokens[end - 1]))
            {
                values[slot] = tokens[end - 1];
                end -= 1;
            }
            else
            {
                return null;
            }
        }
        string name = string.Join(' ', tokens, 0, end);
        if (name.Length == 0 || _values.IsValue(name))
            return null;
        return new IndicatorCells(name, values[0], values[1], values[2]);
    }

    /// <summary>Four separate cells (pages 2–4): the name must not read as a value, the rest must.</summary>
    public IndicatorCells? TryParseCells(IReadOnlyList<string> cells)
    {
        if (cells.Count != 4 || _values.IsValue(cells[0]) || !cells.Skip(1).All(_values.IsValue))
            return null;
        return new IndicatorCells(cells[0], cells[1], cells[2], cells[3]);
    }

    private static bool IsRemark(string token) =>
        token.Length > 2 && token[0] is '(' or '（' && token[^1] is ')' or '）';
}
