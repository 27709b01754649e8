using System.Text.RegularExpressions;

namespace PlanSite.Importers.KazoManagementPlan;

/// <summary>
/// The R3–R7 target cells. A line of targets holds only value tokens: numbers (▲, commas, decimals, ％,
/// full-width digits, 以上), 「－」 (no target that year) and the plan's status words. A cell printed on
/// two lines (「方針」「検討」, 「作成」「活用」, 「主幹 50」「主査 70」) reaches the text as two one-cell lines.
/// </summary>
public static partial class TargetCells
{
    public const int Years = 5;

    public static bool TryCells(string line, out IReadOnlyList<string> cells)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        for (int i = 0; i < tokens.Length; i++)
        {
            // 「主幹 50」 is one cell: the label and its number.
            if (Label().IsMatch(tokens[i]) && i + 1 < tokens.Length && Number().IsMatch(tokens[i + 1]))
            {
                result.Add($"{tokens[i]} {tokens[i + 1]}");
                i++;
            }
            else if (Number().IsMatch(tokens[i]) || Word().IsMatch(tokens[i]))
                result.Add(tokens[i]);
            else
            {
                cells = Array.Empty<string>();
                return false;
            }
        }
        cells = result;
        return result.Count > 0;
    }

    /// <summary>
    /// Five cells, pairing consecutive one-cell lines left to right while there are more cells than
    /// years; null when that does not give exactly five.
    /// </summary>
    public static IReadOnlyList<string>? Columns(IReadOnlyList<IReadOnlyList<string>> lines, string joiner)
    {
        int excess = lines.Sum(l => l.Count) - Years;
        var columns = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (excess > 0 && lines[i].Count == 1 && i + 1 < lines.Count && lines[i + 1].Count == 1)
            {
                columns.Add(lines[i][0] + joiner + lines[i + 1][0]);
                excess--;
                i++;
            }
            else
                columns.AddRange(lines[i]);
        }
        return columns.Count == Years ? columns : null;
    }

    [GeneratedRegex(@"^(▲?[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?[%％]?|[0-9０-９]+以上|－)$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(主幹|主査)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(実施|導入|作成|活用|方針|検討|策定|周知|検証)$")]
    private static partial Regex Word();
}
