namespace PlanSite.Importers.SakadoActionPlan;

/// <summary>A non-empty cell and the 1-based tab field it came from (kept only for diagnostics).</summary>
public sealed record SeedCell(int Field, string Text);

/// <summary>
/// One line of the seed with its empty cells dropped. The PDF export shifts columns from page to page
/// (an item's No. sits in field 2 or 3, an indicator name in field 1, 2, 4, 6 or 7), so nothing
/// downstream may depend on a field index: only on the order of the cells that carry text.
/// </summary>
public sealed record SeedLine(int Number, IReadOnlyList<SeedCell> Cells)
{
    public int Count => Cells.Count;

    public bool IsBlank => Cells.Count == 0;

    public string this[int index] => Cells[index].Text;

    public IReadOnlyList<string> Texts => Cells.Select(c => c.Text).ToArray();

    /// <summary>A line without tabs: titles, captions, legends and the summary line.</summary>
    public bool IsSingleCell => Cells.Count == 1;
}

public static class SeedTokeniser
{
    public static IReadOnlyList<SeedLine> Read(string path) =>
        Tokenise(File.ReadAllText(path, System.Text.Encoding.UTF8));

    /// <summary>Line numbers are 1-based so warnings and source_line match what an editor shows.</summary>
    public static IReadOnlyList<SeedLine> Tokenise(string text)
    {
        // Normalise line endings only: the seed is LF, but a checkout with CRLF must read the same.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new SeedLine[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            var cells = new List<SeedCell>();
            var fields = lines[i].Split('\t');
            for (int f = 0; f < fields.Length; f++)
            {
                // Edge spaces are layout (the legend lines are indented by one space); inner single
                // spaces are cell line breaks and carry meaning, so they stay.
                string trimmed = fields[f].Trim();
                if (trimmed.Length > 0)
                    cells.Add(new SeedCell(f + 1, trimmed));
            }
            result[i] = new SeedLine(i + 1, cells);
        }
        return result;
    }
}
