namespace PlanSite.Importers.SaitamaDx;

/// <summary>
/// One line of the seed as tab-separated cells. Line is 1-based so warnings and source_line point at
/// what a reader sees in an editor.
/// </summary>
public sealed record SeedRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>Rows are right-trimmed, so a missing cell and an empty one read the same.</summary>
    public string this[int index] => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.Count == 0;

    /// <summary>Cell 0 without spaces: some labels lost an in-cell line break to a space (「今年度の 実施事項」).</summary>
    public string Label => this[0].Replace(" ", "", StringComparison.Ordinal);
}

/// <summary>Splits the seed text into rows of cells.</summary>
public static class SeedReader
{
    public static IReadOnlyList<SeedRow> Read(string path) => Parse(File.ReadAllText(path, System.Text.Encoding.UTF8));

    public static IReadOnlyList<SeedRow> Parse(string text) =>
        text.Split('\n').Select((line, index) => new SeedRow(index + 1, Tokenise(line))).ToArray();

    private static IReadOnlyList<string> Tokenise(string line)
    {
        // The spreadsheet export pads rows to the width of the widest merged table, and cells often end
        // with a space before the tab; neither carries meaning, and trimming them makes widths comparable.
        var cells = line.TrimEnd('\r').Split('\t').Select(cell => cell.Trim()).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return cells;
    }
}
