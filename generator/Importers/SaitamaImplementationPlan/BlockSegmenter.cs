namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>
/// Cuts the text where a printed page or a project box begins: a line opening with the single space the
/// extraction puts at each page start, or the ⑴ ⑵ ⑶ marker column (or its three blank stand-ins) that
/// heads each box. Within a box the extraction scrambles the order; across boxes it does not.
/// </summary>
public static partial class BlockSegmenter
{
    // Marker lines and a page start a few lines apart belong to one start.
    private const int CollapseDistance = 6;

    public static IReadOnlyList<SeedBlock> Split(IReadOnlyList<SeedLine> lines)
    {
        var starts = new List<int>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (!IsStart(lines, i)) continue;
            if (starts.Count > 0 && i - starts[^1] <= CollapseDistance) continue;
            starts.Add(i);
        }
        if (starts.Count == 0 || starts[0] != 0) starts.Insert(0, 0);
        var blocks = new List<SeedBlock>();
        for (int s = 0; s < starts.Count; s++)
        {
            int end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            blocks.Add(new SeedBlock(lines.Skip(starts[s]).Take(end - starts[s]).ToArray()));
        }
        return blocks;
    }

    private static bool IsStart(IReadOnlyList<SeedLine> lines, int i)
    {
        string text = lines[i].Text;
        // A page footer (-355-) ends a page; the next page starts right after it.
        if (i > 0 && FooterPattern().IsMatch(lines[i - 1].Trimmed)) return true;
        if (text.Length > 1 && text[0] == ' ' && text[1] != ' ') return true;
        if (lines[i].Trimmed == "⑴") return true;
        // Three whitespace-only lines in a row stand for a marker column the extraction lost.
        return text.Length > 0 && lines[i].IsBlank && Next(lines, i, 2) && Next(lines, i, 4)
               && (i < 2 || !(lines[i - 2].Text.Length > 0 && lines[i - 2].IsBlank));
    }

    private static bool Next(IReadOnlyList<SeedLine> lines, int i, int offset) =>
        i + offset < lines.Count && lines[i + offset].Text.Length > 0 && lines[i + offset].IsBlank;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-\d{3}-$")]
    private static partial System.Text.RegularExpressions.Regex FooterPattern();
}
