namespace PlanSite.Bench.Generation;

/// <summary>The shape of one generated plan, decided before any YAML is written.</summary>
public sealed record SyntheticPlan(
    string Id, string Municipality, string Prefecture, string Kind, int From, int To,
    IReadOnlyList<string> Levels, GradeScale Grades, IReadOnlyList<SyntheticMeasure> Measures, IReadOnlyList<int> ReviewYears)
{
    public IEnumerable<SyntheticMeasure> AllMeasures => Measures.SelectMany(m => m.SelfAndDescendants);

    public IEnumerable<SyntheticIndicator> AllIndicators => AllMeasures.SelectMany(m => m.Indicators);
}

public sealed record SyntheticMeasure(string Code, string Title, IReadOnlyList<SyntheticMeasure> Children, IReadOnlyList<SyntheticIndicator> Indicators)
{
    public IEnumerable<SyntheticMeasure> SelfAndDescendants => Children.SelectMany(c => c.SelfAndDescendants).Prepend(this);

    public bool IsLeaf => Children.Count == 0;
}

public enum IndicatorKind { Increase, Decrease, Percent, Word }

public sealed record SyntheticIndicator(string Id, string Name, IndicatorKind Kind, string? Unit, int Baseline, int Step);

public sealed record GradeScale(IReadOnlyList<(string Key, string Label, string Tone)> Grades)
{
    public static readonly GradeScale FourStep = new([("A", "順調", "good"), ("B", "概ね順調", "fair"), ("C", "やや遅れ", "poor"), ("D", "遅れ", "poor")]);

    public static readonly GradeScale Achievement = new([("S", "目標を大きく上回る", "good"), ("A", "目標を達成", "good"), ("B", "目標未達", "poor"), ("-", "評価対象外", "none")]);
}
