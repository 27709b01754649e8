namespace PlanSite.Model;

public sealed record Municipality(string Name, string? Prefecture)
{
    public string Display => Prefecture is null ? Name : $"{Prefecture}{Name}";
}

public sealed record SourceDocument(string Title, string? File, string? Publisher, string? Url, string? Note);

public sealed record Note(string Text, int? SourceLine);

/// <summary>A chapter of the plan's own text (Markdown), published as its own page under the plan.</summary>
public sealed record PlanChapter(string Id, string Title, string Markdown);

/// <summary>A plan as loaded from plan.yaml and its reviews; lookups are built once, here.</summary>
public sealed record Plan
{
    public required string Id { get; init; }
    public required Municipality Municipality { get; init; }
    public required string Title { get; init; }
    public string? TitleNote { get; init; }
    public required FiscalYearRange Period { get; init; }
    public string? AsOf { get; init; }
    public required SourceDocument Source { get; init; }
    public required IReadOnlyList<string> LevelNames { get; init; }
    public required GradeScale Grades { get; init; }
    /// <summary>Status words in the plan's order of progress (検討 &lt; 準備 &lt; 実施 …), when the plan defines one.</summary>
    public IReadOnlyList<string> StatusWords { get; init; } = Array.Empty<string>();
    public string? Summary { get; init; }
    public string? Narrative { get; init; }
    /// <summary>The plan's own chapters (background, philosophy, glossary …), each a page of its own.</summary>
    public IReadOnlyList<PlanChapter> Chapters { get; init; } = Array.Empty<PlanChapter>();
    public IReadOnlyList<Note> Notes { get; init; } = Array.Empty<Note>();
    public required IReadOnlyList<Measure> Measures { get; init; }
    /// <summary>Reviews ordered by fiscal year.</summary>
    public IReadOnlyList<Review> Reviews { get; init; } = Array.Empty<Review>();

    /// <summary>Every measure, depth first, in document order.</summary>
    public IEnumerable<Measure> AllMeasures => Measures.SelectMany(m => m.SelfAndDescendants);

    public IEnumerable<Indicator> AllIndicators => AllMeasures.SelectMany(m => m.Indicators);

    public string LevelName(int depth) => depth < LevelNames.Count ? LevelNames[depth] : LevelNames[^1];
}
