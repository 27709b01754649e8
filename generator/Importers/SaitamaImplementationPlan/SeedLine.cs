namespace PlanSite.Importers.SaitamaImplementationPlan;

/// <summary>One line of the seed as printed, with its 1-based line number.</summary>
public sealed record SeedLine(int Number, string Text)
{
    /// <summary>The text without the page-start space and trailing blanks; ideographic spaces count as blanks.</summary>
    public string Trimmed => Text.Trim(' ', '\u3000', '\t');

    public bool IsBlank => Trimmed.Length == 0;

    public static IReadOnlyList<SeedLine> Read(string path)
    {
        var text = File.ReadAllText(path, System.Text.Encoding.UTF8);
        return text.Split('\n').Select((t, i) => new SeedLine(i + 1, t.TrimEnd('\r'))).ToArray();
    }
}

/// <summary>Lines of one printed page region, in source order.</summary>
public sealed record SeedBlock(IReadOnlyList<SeedLine> Lines)
{
    public int FirstLine => Lines[0].Number;
    public int LastLine => Lines[^1].Number;
}
