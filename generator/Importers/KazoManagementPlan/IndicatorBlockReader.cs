using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// The 目標値等 block of a card: per indicator, name lines (the unit in trailing parentheses), an
/// optional ※ note, the baseline 【令和元年度：…】 (possibly wrapped), the year header
/// 「3 年度 … 7 年度」 (printed once per card, after the first baseline) and the target lines.
/// </summary>
public static partial class IndicatorBlockReader
{
    public static IReadOnlyList<IndicatorRow> Read(IReadOnlyList<KazoLine> lines, int item, KazoCuration curation)
    {
        var rows = new List<IndicatorRow>();
        int i = 0;
        while (i < lines.Count)
        {
            int first = i;
            var name = new List<string>();
            var note = new List<string>();
            int? noteLine = null;
            while (i < lines.Count && !lines[i].Text.StartsWith("【令和元年度：", StringComparison.Ordinal))
            {
                if (lines[i].Text.StartsWith('※')) noteLine ??= lines[i].Number;
                (noteLine is null ? name : note).Add(lines[i].Text);
                i++;
            }
            if (i == lines.Count)
                throw Error(lines[first], item, $"indicator 「{string.Concat(name)}」 has no baseline 【令和元年度：…】");
            if (name.Count == 0)
                throw Error(lines[i], item, "a baseline without an indicator name before it");

            // The baseline may wrap: 「【令和元年度：方針の協」「議】」.
            var baseline = new List<string>();
            while (true)
            {
                baseline.Add(lines[i].Text);
                if (lines[i].Text.EndsWith('】')) break;
                if (++i == lines.Count) throw Error(lines[first], item, "the baseline 【令和元年度：… never closes with 】");
            }
            i++;
            if (i < lines.Count && YearHeader().IsMatch(lines[i].Text)) i++;

            var cells = new List<IReadOnlyList<string>>();
            int targetsLine = i < lines.Count ? lines[i].Number : lines[^1].Number;
            while (i < lines.Count && TargetCells.TryCells(lines[i].Text, out var lineCells))
            {
                cells.Add(lineCells);
                i++;
            }
            var targets = TargetCells.Columns(cells, curation.CellJoiner(item))
                ?? throw new InvalidDataException($"line {targetsLine}: 取組項目-{item}: the targets read as {cells.Sum(c => c.Count)} cells " +
                                                  $"({string.Join(" | ", cells.Select(c => string.Join(" ", c)))}), not the five years R3–R7");

            string fullName = string.Concat(name);
            string baselineText = string.Concat(baseline);
            rows.Add(new IndicatorRow(
                lines[first].Number, fullName, Unit(fullName),
                note.Count == 0 ? null : string.Concat(note), noteLine,
                baselineText["【令和元年度：".Length..^1].Trim(), targets));
        }
        return rows;
    }

    /// <summary>The trailing （…） or (…) of the name, when the name ends with one.</summary>
    private static string? Unit(string name)
    {
        var m = TrailingParentheses().Match(name);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static InvalidDataException Error(KazoLine line, int item, string message) => new($"line {line.Number}: 取組項目-{item}: {message}");

    [GeneratedRegex(@"^3\s*年度\s*4\s*年度\s*5\s*年度\s*6\s*年度\s*7\s*年度$")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"[（(]([^（）()]{1,12})[）)]$")]
    private static partial Regex TrailingParentheses();
}
